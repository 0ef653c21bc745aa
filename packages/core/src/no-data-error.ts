import { AiResilienceError } from './ai-resilience-error.js';

/**
 * Thrown by `scoreOccupation` when an occupation is in the dataset but no source of the methodology has a
 * value for it, so no score can be computed (a score is never NaN). `scoreAll` does not throw it: it lists
 * such occupations in `excluded` with the reason `no-data`.
 *
 * @example
 * ```ts
 * new NoDataError('11-9199', 'ai-resilience-report-1.5').message;
 * // 'No data for occupation "11-9199": none of the 8 sources of methodology ai-resilience-report-1.5 has a value'
 * ```
 */
export class NoDataError extends AiResilienceError {
  /** The occupation code. */
  readonly occupation: string;
  /** The id of the methodology it was scored with. */
  readonly methodologyId: string;

  /**
   * @param occupation - the occupation code.
   * @param methodologyId - the methodology id.
   * @param sourceCount - how many sources the methodology has, for the message.
   */
  constructor(occupation: string, methodologyId: string, sourceCount = 8) {
    super('NO_DATA', noDataMessage(occupation, methodologyId, sourceCount));
    this.name = 'NoDataError';
    this.occupation = occupation;
    this.methodologyId = methodologyId;
  }

  /**
   * @returns the plain-object form, including the occupation and the methodology id.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), occupation: this.occupation, methodologyId: this.methodologyId };
  }
}

/**
 * The message of a {@link NoDataError} (`scoreAll` lists it for each excluded occupation without making an
 * error object, whose stack trace is costly).
 *
 * @internal
 */
export function noDataMessage(occupation: string, methodologyId: string, sourceCount: number): string {
  return `No data for occupation ${JSON.stringify(occupation)}: none of the ${sourceCount} sources of methodology ${methodologyId} has a value`;
}
