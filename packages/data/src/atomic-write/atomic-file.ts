import { type FileHandle, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AiResilienceError } from '@airesilience/core';

/** Options of {@link openAtomicFile} and {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /**
   * Create the target's parent directories when they do not exist (default `false`: a missing
   * directory is an error, so a typo in an output path is not silently turned into a new folder).
   */
  createParentDirectories?: boolean;
  /**
   * The file mode of the new file, e.g. `0o644`. By default an existing file keeps its mode and a new
   * file gets the usual `0o666` less the process umask.
   */
  mode?: number;
}

/**
 * A file being written atomically: bytes go to a temporary file beside the target, and only
 * {@link AtomicFile.commit} puts them in place, in one rename. Until then, and if anything fails, the
 * target keeps its old content (or stays absent).
 */
export interface AtomicFile {
  /** The absolute path of the target file. */
  readonly path: string;
  /** The absolute path of the temporary file, in the same directory as the target. */
  readonly temporaryPath: string;
  /**
   * Appends bytes (or UTF-8 text) to the temporary file. Calls must not overlap: await each one.
   *
   * @param chunk - the bytes or text to append.
   * @returns a promise that settles when every byte is written.
   */
  write(chunk: Uint8Array | string): Promise<void>;
  /**
   * Flushes the temporary file to disk (fsync), closes it and renames it over the target.
   *
   * @returns a promise that settles once the target holds the new content.
   */
  commit(): Promise<void>;
  /**
   * Closes and deletes the temporary file, leaving the target untouched. Safe to call more than once,
   * and after a failed {@link AtomicFile.commit}; a no-op after a successful one.
   *
   * @returns a promise that settles once the temporary file is gone.
   */
  abort(): Promise<void>;
}

/**
 * Opens a temporary file beside `path` for an atomic write: write chunks, then
 * {@link AtomicFile.commit} (fsync, close, rename) or {@link AtomicFile.abort}. The temporary file is
 * named `.<name>.<random>.tmp` and created exclusively, so two writers never share one. Use
 * {@link writeFileAtomic} when the whole content is at hand.
 *
 * @param path - the target file.
 * @param options - whether to create missing parent directories, and the file mode.
 * @returns the open {@link AtomicFile}.
 * @throws `AiResilienceError` with code `IO` when the directory does not exist (and
 *   `createParentDirectories` is not set) or the temporary file cannot be created.
 * @example
 * ```ts
 * const file = await openAtomicFile('out/scores.csv', { createParentDirectories: true });
 * try {
 *   await file.write('code,score\n');
 *   await file.write('29-2072,0.41\n');
 *   await file.commit(); // out/scores.csv now holds both lines, never just one
 * } catch (error) {
 *   await file.abort();
 *   throw error;
 * }
 * ```
 */
export async function openAtomicFile(path: string, options: AtomicWriteOptions = {}): Promise<AtomicFile> {
  const target = resolve(path);
  const directory = dirname(target);
  if (options.createParentDirectories) {
    try {
      await mkdir(directory, { recursive: true });
    } catch (cause) {
      throw ioError(`cannot create the directory ${directory} for ${path}`, cause);
    }
  }
  const mode = options.mode ?? (await existingMode(target));
  const temporaryPath = join(directory, `.${basename(target)}.${randomSuffix()}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temporaryPath, 'wx', mode);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw ioError(
        `cannot write ${path}: the directory ${directory} does not exist (pass createParentDirectories: true to create it)`,
        cause,
      );
    }
    throw ioError(`cannot create a temporary file beside ${path}`, cause);
  }
  if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
  return new OpenAtomicFile(target, temporaryPath, handle);
}

class OpenAtomicFile implements AtomicFile {
  readonly path: string;
  readonly temporaryPath: string;
  #handle: FileHandle | undefined;
  #state: 'open' | 'committed' | 'aborted' = 'open';

  constructor(path: string, temporaryPath: string, handle: FileHandle) {
    this.path = path;
    this.temporaryPath = temporaryPath;
    this.#handle = handle;
  }

  async write(chunk: Uint8Array | string): Promise<void> {
    const handle = this.#openHandle('write to');
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let offset = 0;
    try {
      // A write to a regular file is normally complete, but the API allows a short write: loop.
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
    } catch (cause) {
      throw ioError(`cannot write ${this.path} (temporary file ${this.temporaryPath})`, cause);
    }
  }

  async commit(): Promise<void> {
    const handle = this.#openHandle('commit');
    try {
      await handle.sync();
      await handle.close();
      this.#handle = undefined;
      await rename(this.temporaryPath, this.path);
    } catch (cause) {
      await this.abort();
      throw ioError(`cannot replace ${this.path} with its new content`, cause);
    }
    this.#state = 'committed';
    await syncDirectory(dirname(this.path));
  }

  async abort(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'aborted';
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close().catch(() => undefined);
    await unlink(this.temporaryPath).catch(() => undefined);
  }

  #openHandle(action: string): FileHandle {
    if (this.#state !== 'open' || this.#handle === undefined) {
      throw new AiResilienceError(
        'IO',
        `cannot ${action} ${this.path}: the atomic write is already ${this.#state}`,
      );
    }
    return this.#handle;
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

// Makes the rename itself durable. Some platforms (Windows) cannot open a directory: best effort.
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // The new content is in place either way; only its survival of a power cut is less certain.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

// Web Crypto (a global since Node 19) rather than node:crypto, whose loading costs a command-line start
// about 10 ms.
function randomSuffix(): string {
  let hex = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(6))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function ioError(message: string, cause: unknown): AiResilienceError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new AiResilienceError('IO', `[data] ${message}${detail}`, { cause });
}
