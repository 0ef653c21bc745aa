import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AiResilienceError } from '@airesilience/core';
import { MANIFEST_FILE_NAME, type ManifestEntry, parseManifest } from './parse-manifest.js';

/** The manifest of a data mirror, read from disk. */
export interface LoadedManifest {
  /** The absolute or given path of `MANIFEST.tsv`. */
  path: string;
  /** The manifest's bytes, exactly as on disk. */
  bytes: Uint8Array;
  /** The parsed entries, one per file of the mirror. */
  entries: ManifestEntry[];
}

/**
 * Reads and parses `MANIFEST.tsv` at the root of a data mirror.
 *
 * @param dataDir - the mirror's root directory.
 * @returns the manifest's path, bytes and entries.
 * @throws `AiResilienceError` with code `IO` when the manifest is missing or unreadable, and
 *   `SourceParseError` when it is malformed (see {@link parseManifest}).
 * @example
 * ```ts
 * const { entries } = await readManifest('../shared/data');
 * entries.length; // 61
 * ```
 */
export async function readManifest(dataDir: string): Promise<LoadedManifest> {
  const path = join(dataDir, MANIFEST_FILE_NAME);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AiResilienceError(
      'IO',
      missing
        ? `[data/mirror] no ${MANIFEST_FILE_NAME} in ${dataDir}: is it the data mirror's root directory?`
        : `[data/mirror] cannot read ${path}: ${(cause as Error).message}`,
      { cause },
    );
  }
  return { path, bytes, entries: parseManifest(bytes, { file: path }) };
}
