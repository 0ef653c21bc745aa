import { AiResilienceError } from './ai-resilience-error.js';

/** An occupation suggested in place of an unknown code. */
export interface OccupationSuggestion {
  /** The suggested code. */
  code: string;
  /** Its title. */
  title: string;
}

/**
 * Thrown when a well-formed occupation code is not in the dataset. It suggests the closest codes that are
 * (same 6-digit parent, same broad group, nearest number).
 *
 * @example
 * ```ts
 * try {
 *   scoreOccupation(dataset, '29-2079');
 * } catch (error) {
 *   if (error instanceof UnknownOccupationError) console.log(error.suggestions[0]?.code); // '29-2072'
 * }
 * ```
 */
export class UnknownOccupationError extends AiResilienceError {
  /** The code that was not found. */
  readonly input: string;
  /** Close codes that are in the dataset, best first (at most five). */
  readonly suggestions: OccupationSuggestion[];

  /**
   * @param input - the code that was not found.
   * @param suggestions - close codes that are in the dataset, best first.
   */
  constructor(input: string, suggestions: OccupationSuggestion[]) {
    const hint =
      suggestions.length === 0
        ? ''
        : `. Did you mean ${suggestions.map((entry) => `${entry.code} (${entry.title})`).join(', ')}?`;
    super('UNKNOWN_OCCUPATION', `Unknown occupation ${JSON.stringify(input)}: not in the dataset${hint}`);
    this.name = 'UnknownOccupationError';
    this.input = input;
    this.suggestions = suggestions;
  }

  /**
   * @returns the plain-object form, including the input and the suggestions.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), input: this.input, suggestions: this.suggestions };
  }
}
