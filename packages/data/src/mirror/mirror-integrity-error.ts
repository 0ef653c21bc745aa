import { AiResilienceError, type AiResilienceErrorOptions } from '@airesilience/core';
import type { FileFingerprint } from './hash-file.js';
import { describeMirrorFile, type MirrorFileReport, type MirrorFileStatus } from './mirror-file-report.js';

/** Options of {@link MirrorIntegrityError}. */
export interface MirrorIntegrityErrorOptions extends AiResilienceErrorOptions {
  /** Where the files were checked or fetched from (a directory or URL), for the message. */
  location?: string;
}

/** How many failing files the message lists before saying "and N more". */
const LISTED = 5;

/**
 * Thrown when files of the data mirror are missing or differ from `MANIFEST.tsv` (size or sha256): by
 * {@link assertMirror}, and by {@link pullData} when a download stays corrupt after its retries. The
 * message names each file and what is wrong with it; {@link MirrorIntegrityError.files} has them all.
 *
 * @example
 * ```ts
 * try {
 *   await assertMirror('data');
 * } catch (error) {
 *   if (error instanceof MirrorIntegrityError) console.error(error.path, error.status);
 *   // 'bls/occupation.xlsx' 'checksum-mismatch'
 * }
 * ```
 */
export class MirrorIntegrityError extends AiResilienceError {
  /** The first failing file's path, relative to the mirror root. */
  readonly path: string;
  /** What is wrong with the first failing file. */
  readonly status: Exclude<MirrorFileStatus, 'ok'>;
  /** The size and sha256 the manifest records for the first failing file. */
  readonly expected: FileFingerprint;
  /** The size and sha256 found for the first failing file, or `null` when it is missing. */
  readonly actual: FileFingerprint | null;
  /** Every failing file, in manifest order. */
  readonly files: readonly MirrorFileReport[];
  /** Where the files were checked or fetched from, when given. */
  readonly location: string | undefined;

  /**
   * @param files - the failing files (at least one; `ok` entries are ignored).
   * @param options - the location for the message, and the optional `cause`.
   * @throws `AiResilienceError` with code `INVALID_ARGUMENT` when no file is failing.
   */
  constructor(files: readonly MirrorFileReport[], options: MirrorIntegrityErrorOptions = {}) {
    const failing = files.filter((file) => file.status !== 'ok');
    const first = failing[0];
    if (first === undefined) {
      throw new AiResilienceError('INVALID_ARGUMENT', 'MirrorIntegrityError needs at least one failing file');
    }
    const listed = failing.slice(0, LISTED).map(describeMirrorFile).join('; ');
    const more = failing.length > LISTED ? `; and ${failing.length - LISTED} more` : '';
    const where = options.location === undefined ? '' : ` (${options.location})`;
    super('DATA_INTEGRITY', `[data/mirror] ${listed}${more}${where}`, options);
    this.name = 'MirrorIntegrityError';
    this.path = first.path;
    this.status = first.status as Exclude<MirrorFileStatus, 'ok'>;
    this.expected = first.expected;
    this.actual = first.actual;
    this.files = failing;
    this.location = options.location;
  }

  /**
   * @returns the plain-object form, with the failing files.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), location: this.location, files: this.files };
  }
}
