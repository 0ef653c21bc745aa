import { AiResilienceError, type AiResilienceErrorOptions } from '@airesilience/core';

/** Why a pull failed: the file is not at the origin, the origin refused it, or it kept failing. */
export type DataPullFailure = 'not-found' | 'refused' | 'unreachable';

/** What {@link DataPullError} reports. */
export interface DataPullErrorDetails extends AiResilienceErrorOptions {
  /** The file's path relative to the mirror root (`MANIFEST.tsv` for the manifest). */
  path: string;
  /** The URL, or the local path, the file was fetched from. */
  origin: string;
  /** The kind of failure. */
  failure: DataPullFailure;
  /** The HTTP status of the last response, when there was one. */
  status?: number;
  /** How many attempts were made. */
  attempts: number;
  /** What went wrong, in words (e.g. `returned 404 Not Found`). */
  reason: string;
}

/**
 * Thrown by {@link pullData} when a file cannot be fetched: `not-found` (HTTP 404 or 410, or no such
 * local file: not retried), `refused` (another 4xx: not retried) or `unreachable` (network errors,
 * dropped connections, time-outs and 5xx responses that persisted through every retry). The message names
 * the file and the URL or path. A download that arrives but stays corrupt is a
 * {@link MirrorIntegrityError} instead.
 *
 * @example
 * ```ts
 * try {
 *   await pullData({ from: 'https://example.org/airesilience-data/', to: '.cache/data' });
 * } catch (error) {
 *   if (error instanceof DataPullError) console.error(error.failure, error.origin);
 *   // 'not-found' 'https://example.org/airesilience-data/bls/occupation.xlsx'
 * }
 * ```
 */
export class DataPullError extends AiResilienceError {
  /** The file's path relative to the mirror root. */
  readonly path: string;
  /** The URL or local path the file was fetched from. */
  readonly origin: string;
  /** The kind of failure. */
  readonly failure: DataPullFailure;
  /** The HTTP status of the last response, when there was one. */
  readonly status: number | undefined;
  /** How many attempts were made. */
  readonly attempts: number;
  /** What went wrong, without the file and origin prefix. */
  readonly reason: string;

  /**
   * @param details - the file, origin, failure kind, HTTP status, attempts, reason and `cause`.
   */
  constructor(details: DataPullErrorDetails) {
    const tries = details.attempts > 1 ? ` after ${details.attempts} attempts` : '';
    super('IO', `[data/pull] ${details.path}: ${details.origin} ${details.reason}${tries}`, details);
    this.name = 'DataPullError';
    this.path = details.path;
    this.origin = details.origin;
    this.failure = details.failure;
    this.status = details.status;
    this.attempts = details.attempts;
    this.reason = details.reason;
  }

  /**
   * @returns the plain-object form, with the file, origin, failure kind, status and attempts.
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      path: this.path,
      origin: this.origin,
      failure: this.failure,
      status: this.status,
      attempts: this.attempts,
    };
  }
}
