import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../core/src/occupation-code-error.ts
var OccupationCodeError = class extends AiResilienceError {
  /** The rejected input. */
  input;
  /**
   * @param input - the string that was rejected.
   */
  constructor(input) {
    super(
      "INVALID_OCCUPATION_CODE",
      `Invalid occupation code ${JSON.stringify(input)}: expected a SOC 2018 detailed code like 29-2072 or an O*NET-SOC code like 29-2072.00`
    );
    this.name = "OccupationCodeError";
    this.input = input;
  }
};

// ../core/src/occupation-code.ts
var SOC_PATTERN = /^\d{2}-\d{4}$/;
var ONET_SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;
function parseOccupationCode(input) {
  const code = typeof input === "string" ? input.trim() : String(input);
  if (SOC_PATTERN.test(code)) return { code, kind: "soc", soc: code };
  if (ONET_SOC_PATTERN.test(code)) return { code, kind: "onet-soc", soc: code.slice(0, 7) };
  throw new OccupationCodeError(String(input));
}
function isOccupationCode(input) {
  return SOC_PATTERN.test(input) || ONET_SOC_PATTERN.test(input);
}

export {
  parseOccupationCode,
  isOccupationCode
};
//# sourceMappingURL=chunk-4N4XA4QS.js.map