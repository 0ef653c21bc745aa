import { AiResilienceError } from './ai-resilience-error.js';

/** One rule a methodology breaks, with where. */
export interface MethodologyIssue {
  /** Where in the methodology, e.g. `dimensions[1].sources[0].weight` (empty for the whole document). */
  path: string;
  /** Which rule was broken, e.g. `weights must sum to 1 (got 0.9)`. */
  message: string;
}

/**
 * Thrown when a methodology is not valid: a weight that is negative, not finite or not summing to 1, a
 * duplicate or unknown id, tiers that overlap or are not sorted, a forbidden key such as `__proto__`.
 * The message lists every issue with its path; {@link MethodologyError.issues} has them one by one.
 *
 * @example
 * ```ts
 * try {
 *   parseMethodology(JSON.parse(text));
 * } catch (error) {
 *   if (error instanceof MethodologyError) console.log(error.issues[0]);
 *   // { path: 'dimensions', message: 'dimension weights must sum to 1 (got 0.9)' }
 * }
 * ```
 */
export class MethodologyError extends AiResilienceError {
  /** Every issue found, in document order. */
  readonly issues: MethodologyIssue[];

  /**
   * @param issues - the issues found (at least one).
   * @param subject - what was validated, for the message (default `methodology`).
   */
  constructor(issues: MethodologyIssue[], subject = 'methodology') {
    const shown = issues
      .slice(0, 8)
      .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const more = issues.length > 8 ? `; and ${issues.length - 8} more` : '';
    super('INVALID_METHODOLOGY', `Invalid ${subject}: ${shown.join('; ')}${more}`);
    this.name = 'MethodologyError';
    this.issues = issues;
  }

  /**
   * @returns the plain-object form, including the issues.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}
