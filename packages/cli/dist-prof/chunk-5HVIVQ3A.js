import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/cli-usage-error.ts
var CliUsageError = class extends AiResilienceError {
  /** The command whose usage was broken, for the help hint. */
  command;
  /**
   * @param message - which rule the command line broke.
   * @param command - the command, so the error can point at its `--help`.
   */
  constructor(message, command) {
    super("INVALID_ARGUMENT", message);
    this.name = "CliUsageError";
    this.command = command;
  }
};

export {
  CliUsageError
};
//# sourceMappingURL=chunk-5HVIVQ3A.js.map