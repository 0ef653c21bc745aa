import { AiResilienceError, type AiResilienceErrorCode } from '@airesilience/core';

/** The exit statuses of the `airesilience` command. */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** An unexpected failure (a bug): please report it. */
  internal: 1,
  /** Bad input or arguments: an unknown code, a malformed methodology file, a wrong option. */
  badInput: 2,
  /** Data or I/O failure: a missing or altered mirror file, an unreadable snapshot, an unwritable path. */
  dataOrIo: 3,
} as const;

// Exhaustive: a new error code fails the type check until it is given a status here.
const STATUS_OF_CODE: Readonly<Record<AiResilienceErrorCode, number>> = {
  INVALID_OCCUPATION_CODE: EXIT.badInput,
  UNKNOWN_OCCUPATION: EXIT.badInput,
  INVALID_METHODOLOGY: EXIT.badInput,
  INVALID_ARGUMENT: EXIT.badInput,
  // The occupation asked for has no data under the methodology asked for: the request cannot be met.
  NO_DATA: EXIT.badInput,
  INVALID_DATASET: EXIT.dataOrIo,
  SOURCE_PARSE: EXIT.dataOrIo,
  DATA_INTEGRITY: EXIT.dataOrIo,
  SNAPSHOT_VERSION: EXIT.dataOrIo,
  IO: EXIT.dataOrIo,
};

/**
 * Decides the exit status for the outcome of a command: 0 for success, 2 for bad input or arguments,
 * 3 for data or I/O failures (an airesilience error of a data kind, or a Node system error such as
 * `EACCES`), 1 for anything unexpected. Pure: it looks only at the error.
 *
 * @param error - the error the command threw, or `undefined` when it succeeded.
 * @returns the exit status.
 * @example
 * ```ts
 * exitCodeFor(undefined); // 0
 * exitCodeFor(new OccupationCodeError('29-207')); // 2
 * exitCodeFor(new MirrorIntegrityError(files)); // 3
 * ```
 */
export function exitCodeFor(error: unknown): number {
  if (error === undefined) return EXIT.ok;
  if (AiResilienceError.isInstance(error)) return STATUS_OF_CODE[error.code] ?? EXIT.dataOrIo;
  const systemCode = (error as { code?: unknown } | null)?.code;
  if (typeof systemCode === 'string' && /^E[A-Z]+$/.test(systemCode)) return EXIT.dataOrIo;
  return EXIT.internal;
}
