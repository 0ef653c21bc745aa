import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AiResilienceError } from '@airesilience/core';
import { hashFile } from './hash-file.js';
import { describeMirrorFile, type MirrorFileReport, type MirrorFileStatus } from './mirror-file-report.js';
import { MirrorIntegrityError } from './mirror-integrity-error.js';
import type { ManifestEntry } from './parse-manifest.js';
import { readManifest } from './read-manifest.js';
import { runConcurrently } from './run-concurrently.js';

/** One step of a mirror check, reported after each file. */
export interface MirrorProgress {
  /** How many files have been checked so far, this one included. */
  done: number;
  /** How many files the check covers. */
  total: number;
  /** The file just checked, relative to the mirror root. */
  path: string;
  /** The number of bytes of this file that were read (0 when it is missing). */
  bytes: number;
  /** What was found. */
  status: MirrorFileStatus;
}

/** Options of {@link verifyMirror} and {@link assertMirror}. */
export interface VerifyMirrorOptions {
  /** The entries to check (default: those of `MANIFEST.tsv` in the mirror directory). */
  manifest?: readonly ManifestEntry[];
  /** Called after each file is checked, in completion order. */
  onProgress?: (progress: MirrorProgress) => void;
  /** How many files to hash at once (default 4). */
  concurrency?: number;
  /** Stops the check; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The result of {@link verifyMirror}. */
export interface MirrorReport {
  /** `true` when every file is present with the recorded size and sha256. */
  ok: boolean;
  /** The absolute path of the mirror directory checked. */
  dataDir: string;
  /** One report per manifest entry, in manifest order. */
  files: MirrorFileReport[];
  /** One line per failing file saying what is wrong (empty when `ok`). */
  problems: string[];
  /** The total number of bytes read. */
  bytesRead: number;
}

/**
 * Checks every file of a data mirror against `MANIFEST.tsv`: that it is present, has the recorded size,
 * and has the recorded sha256 (hashed by streaming, a few files at once). Nothing is thrown for a bad
 * file: the report says which files are missing or altered and how; use {@link assertMirror} to throw.
 *
 * @param dataDir - the mirror's root directory (the one holding `MANIFEST.tsv`).
 * @param options - the entries to check, a progress callback, the concurrency and an abort signal.
 * @returns the report: `ok`, one {@link MirrorFileReport} per entry, and the problems in words.
 * @throws `AiResilienceError` with code `IO` when the manifest is missing or a file exists but
 *   cannot be read, and `SourceParseError` when the manifest is malformed.
 * @example
 * ```ts
 * const report = await verifyMirror('../shared/data', {
 *   onProgress: ({ done, total, path }) => console.log(`${done}/${total} ${path}`),
 * });
 * report.ok; // true
 * report.problems; // []
 * ```
 */
export async function verifyMirror(
  dataDir: string,
  options: VerifyMirrorOptions = {},
): Promise<MirrorReport> {
  const root = resolve(dataDir);
  const entries = options.manifest ?? (await readManifest(root)).entries;
  let done = 0;
  const files = await runConcurrently(
    entries,
    options.concurrency ?? 4,
    async (entry, _index, signal) => {
      const report = await checkFile(root, entry, signal);
      done += 1;
      options.onProgress?.({
        done,
        total: entries.length,
        path: entry.path,
        bytes: report.actual?.bytes ?? 0,
        status: report.status,
      });
      return report;
    },
    options.signal,
  );
  const problems = files.filter((file) => file.status !== 'ok').map(describeMirrorFile);
  const bytesRead = files.reduce((sum, file) => sum + (file.actual?.bytes ?? 0), 0);
  return { ok: problems.length === 0, dataDir: root, files, problems, bytesRead };
}

/**
 * Checks a data mirror like {@link verifyMirror} and throws when any file is missing or altered.
 *
 * @param dataDir - the mirror's root directory.
 * @param options - as for {@link verifyMirror}.
 * @returns the report, whose `ok` is then `true`.
 * @throws {@link MirrorIntegrityError} (code `DATA_INTEGRITY`) naming every failing file and what is
 *   wrong with it; `AiResilienceError` with code `IO` when the manifest or a file cannot be read.
 * @example
 * ```ts
 * await assertMirror('../shared/data');
 * // throws: [data/mirror] bls/occupation.xlsx was altered: its sha256 is …, expected … (/…/data)
 * ```
 */
export async function assertMirror(
  dataDir: string,
  options: VerifyMirrorOptions = {},
): Promise<MirrorReport> {
  const report = await verifyMirror(dataDir, options);
  if (!report.ok) throw new MirrorIntegrityError(report.files, { location: report.dataDir });
  return report;
}

/**
 * Checks one file against its manifest entry.
 *
 * @param root - the mirror root.
 * @param entry - the manifest entry.
 * @param signal - aborts the hashing.
 * @returns the file's report.
 * @internal
 */
export async function checkFile(
  root: string,
  entry: ManifestEntry,
  signal?: AbortSignal,
): Promise<MirrorFileReport> {
  const expected = { sha256: entry.sha256, bytes: entry.bytes };
  const path = join(root, ...entry.path.split('/'));
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return { path: entry.path, status: 'missing', expected, actual: null };
  } catch (cause) {
    if (
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ||
      (cause as NodeJS.ErrnoException).code === 'ENOTDIR'
    )
      return { path: entry.path, status: 'missing', expected, actual: null };
    throw new AiResilienceError('IO', `[data/mirror] cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  let actual: MirrorFileReport['actual'];
  try {
    actual = await hashFile(path, signal);
  } catch (cause) {
    signal?.throwIfAborted();
    throw new AiResilienceError('IO', `[data/mirror] cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const status: MirrorFileStatus =
    actual.bytes !== expected.bytes
      ? 'size-mismatch'
      : actual.sha256 !== expected.sha256
        ? 'checksum-mismatch'
        : 'ok';
  return { path: entry.path, status, expected, actual };
}
