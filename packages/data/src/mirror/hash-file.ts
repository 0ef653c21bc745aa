import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The size and sha256 of a file's bytes. */
export interface FileFingerprint {
  /** The lowercase hex sha256 of the bytes. */
  sha256: string;
  /** The number of bytes. */
  bytes: number;
}

/**
 * Computes a file's sha256 and size by streaming it (constant memory, whatever the file's size).
 *
 * @param path - the file to hash.
 * @param signal - aborts the read.
 * @returns the sha256 and the number of bytes read.
 * @throws the file system's error (e.g. `ENOENT`) when the file cannot be read.
 * @example
 * ```ts
 * const { sha256, bytes } = await hashFile('data/anthropic/job_exposure.csv');
 * ```
 */
export async function hashFile(path: string, signal?: AbortSignal): Promise<FileFingerprint> {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = createReadStream(path, {
    highWaterMark: 1024 * 1024,
    ...(signal === undefined ? {} : { signal }),
  });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest('hex'), bytes };
}
