var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// ../core/src/ai-resilience-error.ts
var marker = /* @__PURE__ */ Symbol.for("airesilience.error");
var AiResilienceError = class extends Error {
  /** A stable, machine-readable code for the kind of failure. */
  code;
  /**
   * @param code - the machine-readable error code.
   * @param message - a one-line, human-readable message saying which rule was broken.
   * @param options - the optional `cause`.
   */
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    Object.defineProperty(this, marker, { value: true });
    this.name = "AiResilienceError";
    this.code = code;
  }
  /**
   * Tells whether a value is an airesilience error, even one created by another copy of the package.
   *
   * @param value - any value, typically a caught error.
   * @returns `true` when `value` was created by `AiResilienceError` or a subclass.
   */
  static isInstance(value) {
    return typeof value === "object" && value !== null && value[marker] === true;
  }
  /**
   * A plain-object form of the error for logs and JSON output.
   *
   * @returns the name, code, message and (when it is an error too) the cause's message.
   */
  toJSON() {
    const cause = this.cause instanceof Error ? this.cause.message : this.cause;
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...cause === void 0 ? {} : { cause }
    };
  }
};

export {
  __export,
  AiResilienceError
};
//# sourceMappingURL=chunk-SEOI6WVD.js.map