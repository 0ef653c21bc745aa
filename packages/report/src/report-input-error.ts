import { AiResilienceError } from '@airesilience/core';

/**
 * Thrown when a formatter is given an input that is not a valid report (for example a score outside
 * [0, 1] or a missing field), naming the path of the first invalid field.
 *
 * @example
 * ```ts
 * new ReportInputError('formatJson', 'result.score', 'Too big: expected number to be <=1').message;
 * // '[report] formatJson: result.score: Too big: expected number to be <=1'
 * ```
 */
export class ReportInputError extends AiResilienceError {
  /** The dotted path of the invalid field, e.g. `result.dimensions.0.score`. */
  readonly path: string;

  /**
   * @param formatter - the formatter that rejected the input, e.g. `formatJson`.
   * @param path - the dotted path of the invalid field (empty for the input itself).
   * @param reason - which rule the field broke.
   */
  constructor(formatter: string, path: string, reason: string) {
    super('INVALID_ARGUMENT', `[report] ${formatter}: ${path === '' ? 'input' : path}: ${reason}`);
    this.name = 'ReportInputError';
    this.path = path;
  }
}
