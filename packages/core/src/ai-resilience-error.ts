const marker = Symbol.for('airesilience.error');

/** Machine-readable error codes used by every airesilience package. */
export type AiResilienceErrorCode =
  | 'INVALID_OCCUPATION_CODE'
  | 'UNKNOWN_OCCUPATION'
  | 'INVALID_METHODOLOGY'
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATASET'
  | 'NO_DATA'
  | 'SOURCE_PARSE'
  | 'DATA_INTEGRITY'
  | 'SNAPSHOT_VERSION'
  | 'IO';

/** Options accepted by `AiResilienceError` and its subclasses. */
export interface AiResilienceErrorOptions {
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The base class of every error thrown by airesilience packages.
 *
 * Each error carries a stable `code`, an optional `cause`, and serialises to
 * plain JSON with `toJSON`. Use `isInstance` rather than
 * `instanceof` when two copies of the package may be installed side by side.
 *
 * @example
 * ```ts
 * try {
 *   parseOccupationCode('29-207');
 * } catch (error) {
 *   if (AiResilienceError.isInstance(error)) console.log(error.code); // 'INVALID_OCCUPATION_CODE'
 * }
 * ```
 */
export class AiResilienceError extends Error {
  /** A stable, machine-readable code for the kind of failure. */
  readonly code: AiResilienceErrorCode;

  /**
   * @param code - the machine-readable error code.
   * @param message - a one-line, human-readable message saying which rule was broken.
   * @param options - the optional `cause`.
   */
  constructor(code: AiResilienceErrorCode, message: string, options: AiResilienceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // A non-enumerable brand that survives duplicate installs (see isInstance).
    Object.defineProperty(this, marker, { value: true });
    this.name = 'AiResilienceError';
    this.code = code;
  }

  /**
   * Tells whether a value is an airesilience error, even one created by another copy of the package.
   *
   * @param value - any value, typically a caught error.
   * @returns `true` when `value` was created by `AiResilienceError` or a subclass.
   */
  static isInstance(value: unknown): value is AiResilienceError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /**
   * A plain-object form of the error for logs and JSON output.
   *
   * @returns the name, code, message and (when it is an error too) the cause's message.
   */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? this.cause.message : this.cause;
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...(cause === undefined ? {} : { cause }),
    };
  }
}
