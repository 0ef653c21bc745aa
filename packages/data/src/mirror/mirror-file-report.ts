import type { FileFingerprint } from './hash-file.js';

/**
 * The state of one mirror file against its manifest entry: `ok`, `missing` (absent or not a regular
 * file), `size-mismatch` (truncated, padded or replaced) or `checksum-mismatch` (same size, other
 * bytes).
 */
export type MirrorFileStatus = 'ok' | 'missing' | 'size-mismatch' | 'checksum-mismatch';

/** One file of a mirror check. */
export interface MirrorFileReport {
  /** The path relative to the mirror root, as in `MANIFEST.tsv`. */
  path: string;
  /** What was found. */
  status: MirrorFileStatus;
  /** The size and sha256 the manifest records. */
  expected: FileFingerprint;
  /** The size and sha256 of the bytes found, or `null` when the file is missing. */
  actual: FileFingerprint | null;
}

/**
 * Says in one line what is wrong with a file of the mirror (or that it is fine).
 *
 * @param file - the file's report.
 * @returns e.g. `bls/occupation.xlsx is missing (expected 409620 bytes, sha256 3f…)`.
 * @example
 * ```ts
 * describeMirrorFile({
 *   path: 'bls/occupation.xlsx',
 *   status: 'size-mismatch',
 *   expected: { sha256: 'aa…', bytes: 409620 },
 *   actual: { sha256: 'bb…', bytes: 1024 },
 * });
 * // 'bls/occupation.xlsx has 1024 bytes, expected 409620: the file is truncated or was replaced'
 * ```
 */
export function describeMirrorFile(file: MirrorFileReport): string {
  const { path, expected, actual } = file;
  switch (file.status) {
    case 'ok':
      return `${path} is intact (${expected.bytes} bytes, sha256 ${expected.sha256})`;
    case 'missing':
      return `${path} is missing (expected ${expected.bytes} bytes, sha256 ${expected.sha256})`;
    case 'size-mismatch':
      return `${path} has ${actual?.bytes} bytes, expected ${expected.bytes}: the file is truncated or was replaced`;
    case 'checksum-mismatch':
      return `${path} was altered: its sha256 is ${actual?.sha256}, expected ${expected.sha256} (same size, ${expected.bytes} bytes)`;
  }
}
