import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../core/src/methodology-error.ts
var MethodologyError = class extends AiResilienceError {
  /** Every issue found, in document order. */
  issues;
  /**
   * @param issues - the issues found (at least one).
   * @param subject - what was validated, for the message (default `methodology`).
   */
  constructor(issues, subject = "methodology") {
    const shown = issues.slice(0, 8).map((issue) => issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    const more = issues.length > 8 ? `; and ${issues.length - 8} more` : "";
    super("INVALID_METHODOLOGY", `Invalid ${subject}: ${shown.join("; ")}${more}`);
    this.name = "MethodologyError";
    this.issues = issues;
  }
  /**
   * @returns the plain-object form, including the issues.
   */
  toJSON() {
    return { ...super.toJSON(), issues: this.issues };
  }
};

// ../core/src/validated-methodology.ts
var validated = /* @__PURE__ */ new WeakSet();
var validator;
function markValidated(methodology) {
  validated.add(methodology);
  return methodology;
}
function registerMethodologyValidator(validate) {
  validator = validate;
}
function toValidatedMethodology(methodology) {
  if (validated.has(methodology)) return methodology;
  if (validator === void 0) {
    throw new MethodologyError([
      {
        path: "",
        message: "has not been validated: pass it through parseMethodology or defineMethodology from @airesilience/core first"
      }
    ]);
  }
  return validator(methodology);
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

export {
  MethodologyError,
  markValidated,
  registerMethodologyValidator,
  toValidatedMethodology,
  deepFreeze
};
//# sourceMappingURL=chunk-VABRXRSJ.js.map