import { type AtomicWriteOptions, openAtomicFile } from './atomic-file.js';

/** What {@link writeFileAtomic} can write: text (as UTF-8), bytes, or a (possibly async) stream of chunks. */
export type AtomicWriteData =
  | string
  | Uint8Array
  | Iterable<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>;

/**
 * Writes a file atomically: the content goes to a temporary file in the same directory, which is
 * flushed to disk (fsync) and renamed over the target. Readers see the old content or the new, never a
 * mix or a truncated file; if anything fails (a write error, a chunk stream that throws, a failed
 * rename) the temporary file is removed and the old file is left exactly as it was.
 *
 * @param path - the target file.
 * @param data - the content: text (UTF-8), bytes, or an iterable or async iterable of chunks.
 * @param options - `createParentDirectories` (default `false`) and `mode`.
 * @returns a promise that settles once the target holds the new content.
 * @throws `AiResilienceError` with code `IO` when the directory is missing (and not to be
 *   created) or the file cannot be written or renamed; an error thrown by a chunk stream is rethrown
 *   as is, after the clean-up.
 * @example
 * ```ts
 * await writeFileAtomic('snapshot/scores.json', JSON.stringify(scores), { createParentDirectories: true });
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: AtomicWriteData,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const file = await openAtomicFile(path, options);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await file.write(data);
    } else {
      for await (const chunk of data) await file.write(chunk);
    }
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
