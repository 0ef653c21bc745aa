import { AiResilienceError } from './ai-resilience-error.js';

/**
 * Thrown when a string is not a SOC 2018 detailed code (`29-2072`) or an O*NET-SOC code (`29-2072.00`).
 *
 * @example
 * ```ts
 * new OccupationCodeError('29-207').message;
 * // 'Invalid occupation code "29-207": expected a SOC 2018 detailed code like 29-2072 or an O*NET-SOC code like 29-2072.00'
 * ```
 */
export class OccupationCodeError extends AiResilienceError {
  /** The rejected input. */
  readonly input: string;

  /**
   * @param input - the string that was rejected.
   */
  constructor(input: string) {
    super(
      'INVALID_OCCUPATION_CODE',
      `Invalid occupation code ${JSON.stringify(input)}: expected a SOC 2018 detailed code like 29-2072 or an O*NET-SOC code like 29-2072.00`,
    );
    this.name = 'OccupationCodeError';
    this.input = input;
  }
}
