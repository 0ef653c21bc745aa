import { AiResilienceError } from '@airesilience/core';

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

const BAD_INPUT = new Set([
  'INVALID_OCCUPATION_CODE',
  'UNKNOWN_OCCUPATION',
  'INVALID_METHODOLOGY',
  'INVALID_ARGUMENT',
]);

/**
 * Decides the exit status for the outcome of a command: 0 for success, 2 for bad input or arguments,
 * 3 for data or I/O failures, 1 for anything unexpected. Pure: it looks only at the error.
 *
 * @param error - the error the command threw, or `undefined` when it succeeded.
 * @returns the exit status.
 * @example
 * ```ts
 * exitCodeFor(undefined); // 0
 * exitCodeFor(new OccupationCodeError('29-207')); // 2
 * ```
 */
export function exitCodeFor(error: unknown): number {
  if (error === undefined) return EXIT.ok;
  if (AiResilienceError.isInstance(error)) return BAD_INPUT.has(error.code) ? EXIT.badInput : EXIT.dataOrIo;
  const systemCode = (error as { code?: unknown } | null)?.code;
  if (typeof systemCode === 'string' && /^E[A-Z]+$/.test(systemCode)) return EXIT.dataOrIo;
  return EXIT.internal;
}
