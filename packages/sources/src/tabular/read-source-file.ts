import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { AiResilienceError, type SourceFile } from '@airesilience/core';

/** The largest file an adapter will read into memory (the largest mirror file is under 4 MB). */
export const MAX_SOURCE_FILE_BYTES = 64 * 1024 * 1024;

/** A file read from disk with its checksum. */
export interface LoadedSourceFile {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The file's provenance entry (path as given, sha256, size). */
  file: SourceFile;
}

/**
 * Reads a source file from disk and computes its sha256. Refuses files larger than
 * {@link MAX_SOURCE_FILE_BYTES} with a clear message instead of exhausting memory.
 *
 * @param path - the file's path.
 * @param displayPath - the path to record in provenance (default: `path`), e.g. relative to the mirror.
 * @returns the bytes and the provenance entry.
 * @throws {@link @airesilience/core!AiResilienceError} with code `IO` when the file is missing, unreadable or too large.
 */
export async function readSourceFile(path: string, displayPath: string = path): Promise<LoadedSourceFile> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'cannot be read';
    throw new AiResilienceError('IO', `${displayPath} ${reason} (${path})`, { cause });
  }
  if (size > MAX_SOURCE_FILE_BYTES) {
    throw new AiResilienceError(
      'IO',
      `${displayPath} is ${(size / 1048576).toFixed(0)} MB, larger than the ${MAX_SOURCE_FILE_BYTES / 1048576} MB a source file may be: is it the right file?`,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, file: { path: displayPath, sha256, bytes: bytes.byteLength } };
}
