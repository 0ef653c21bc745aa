import { AiResilienceError } from './ai-resilience-error.js';

/**
 * Thrown when a {@link Dataset} cannot be scored as given: a source the methodology needs is absent, a
 * universe has duplicate codes, a value that is not a finite number, a link to a native code the source
 * does not publish, employment weighting without weights. The message names the source and the code.
 *
 * @example
 * ```ts
 * new DatasetError('wage-bill', 'links["15-1252"] names "15-99", which is not in the universe').message;
 * // '[dataset] source wage-bill: links["15-1252"] names "15-99", which is not in the universe'
 * ```
 */
export class DatasetError extends AiResilienceError {
  /** The source at fault, or null when the problem is not a source's. */
  readonly source: string | null;

  /**
   * @param source - the source id at fault, or null.
   * @param reason - which rule was broken.
   */
  constructor(source: string | null, reason: string) {
    super('INVALID_DATASET', `[dataset] ${source === null ? '' : `source ${source}: `}${reason}`);
    this.name = 'DatasetError';
    this.source = source;
  }

  /**
   * @returns the plain-object form, including the source.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), source: this.source };
  }
}
