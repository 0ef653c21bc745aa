import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AiResilienceError } from '@airesilience/core';
import { openAtomicFile } from '../atomic-write/atomic-file.js';
import { writeFileAtomic } from '../atomic-write/write-file-atomic.js';
import { createDataOrigin, type DataOrigin, TransferFailure } from './data-origin.js';
import { DataPullError } from './data-pull-error.js';
import type { MirrorFileReport } from './mirror-file-report.js';
import { MirrorIntegrityError } from './mirror-integrity-error.js';
import { MANIFEST_FILE_NAME, type ManifestEntry, parseManifest } from './parse-manifest.js';
import { runConcurrently } from './run-concurrently.js';
import { checkFile } from './verify-mirror.js';

/** What {@link pullData} did with a file. */
export type PullAction = 'downloaded' | 'copied' | 'skipped';

/** One step of a pull, reported after each file is in place. */
export interface PullProgress {
  /** How many files are done so far, this one included. */
  done: number;
  /** How many files the manifest lists. */
  total: number;
  /** The file just done, relative to the mirror root. */
  path: string;
  /** The file's size in bytes. */
  bytes: number;
  /** `downloaded` (HTTP), `copied` (local directory) or `skipped` (already present and valid). */
  action: PullAction;
}

/** A failed attempt that {@link pullData} is about to retry. */
export interface PullRetry {
  /** The file, relative to the mirror root (`MANIFEST.tsv` for the manifest). */
  path: string;
  /** The URL or local path it is read from. */
  origin: string;
  /** The attempt that failed (1 for the first). */
  attempt: number;
  /** How long the pull waits before the next attempt, in milliseconds. */
  delayMs: number;
  /** What went wrong. */
  reason: string;
}

/** Options of {@link pullData}. */
export interface PullDataOptions {
  /** Where to read the mirror from: an `http(s)` base URL (holding `MANIFEST.tsv`) or a local directory. */
  from: string | URL;
  /** The directory to fill (created if needed), e.g. a cache directory. */
  to: string;
  /** Called after each file is in place (downloaded, copied or found valid). */
  onProgress?: (progress: PullProgress) => void;
  /** Called before each retry. */
  onRetry?: (retry: PullRetry) => void;
  /** How many times to retry a transient failure (network error, 5xx, 408, 429, time-out, corrupt bytes); default 3. */
  retries?: number;
  /** The first retry's delay in milliseconds, doubled on each further retry (capped at 30 s); default 500. */
  retryDelayMs?: number;
  /** Abandon an attempt after this many milliseconds without any data; default 30 000. */
  timeoutMs?: number;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** How many files to transfer at once; default 4. */
  concurrency?: number;
  /** Stops the pull; it then rejects with the signal's reason, leaving no partial file behind. */
  signal?: AbortSignal;
}

/** One file of a pull. */
export interface PulledFile {
  /** The path relative to the mirror root. */
  path: string;
  /** What was done with it. */
  action: PullAction;
  /** Its size in bytes. */
  bytes: number;
  /** How many attempts the transfer took (0 when skipped). */
  attempts: number;
}

/** The result of {@link pullData}. */
export interface PullDataResult {
  /** The base URL or absolute directory the mirror was read from. */
  from: string;
  /** The absolute directory filled. */
  to: string;
  /** One entry per manifest file, in manifest order. */
  files: PulledFile[];
  /** The bytes downloaded or copied (skipped files not counted, retries not counted twice). */
  transferredBytes: number;
  /** The path of the `MANIFEST.tsv` written to `to`. */
  manifestPath: string;
}

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Copies or downloads every file of the data mirror (and `MANIFEST.tsv`) into a directory, from a
 * local directory or an HTTP(S) base URL (`<from>/MANIFEST.tsv`, `<from>/bls/occupation.xlsx`, …).
 *
 * Each file's sha256 and size are checked against the manifest as it streams in. Files already present
 * and valid are skipped. Transient failures (network errors, dropped connections, 5xx, 408, 429,
 * time-outs, corrupt bytes) are retried with exponential backoff; a 404 fails at once. Every file is
 * written to a temporary name beside its target, fsynced and renamed, so a failed or interrupted pull
 * never leaves a half-written or corrupt file at a final path. The manifest is written last.
 *
 * @param options - `from`, `to`, callbacks, retries, backoff, time-out, `fetch`, concurrency, signal.
 * @returns what was done with each file, and the bytes transferred.
 * @throws {@link DataPullError} (code `IO`) naming the file and URL or path when a file is not found
 *   (404, 410, or absent locally), refused (another 4xx), or unreachable after every retry;
 *   {@link MirrorIntegrityError} (code `DATA_INTEGRITY`) when a file's bytes still differ from the
 *   manifest after every retry; `SourceParseError` when the manifest is malformed;
 *   `AiResilienceError` with code `IO` when `to` cannot be written, and `INVALID_ARGUMENT` for
 *   an unsupported `from`.
 * @example
 * ```ts
 * const result = await pullData({
 *   from: 'https://example.org/airesilience-data/',
 *   to: '.cache/airesilience/data',
 *   onProgress: ({ done, total, path, action }) => console.log(`${done}/${total} ${action} ${path}`),
 * });
 * result.files.filter((file) => file.action === 'skipped').length; // 0 on the first pull, 61 on the next
 * ```
 */
export async function pullData(options: PullDataOptions): Promise<PullDataResult> {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const origin = createDataOrigin(options.from, fetchImplementation);
  const root = resolve(options.to);
  const signal = options.signal ?? new AbortController().signal;
  const settings: TransferSettings = {
    origin,
    signal,
    retries: nonNegative(options.retries ?? 3, 'retries'),
    retryDelayMs: nonNegative(options.retryDelayMs ?? 500, 'retryDelayMs'),
    timeoutMs: positive(options.timeoutMs ?? 30_000, 'timeoutMs'),
    ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
  };
  try {
    await mkdir(root, { recursive: true });
  } catch (cause) {
    throw new AiResilienceError('IO', `[data/pull] cannot create ${root}: ${(cause as Error).message}`, {
      cause,
    });
  }

  const manifestBytes = await withRetries(MANIFEST_FILE_NAME, settings, (attemptSignal) =>
    receive(MANIFEST_FILE_NAME, settings, attemptSignal, collect()),
  );
  const entries = parseManifest(manifestBytes.value, { file: origin.locate(MANIFEST_FILE_NAME) });

  let done = 0;
  const files = await runConcurrently(
    entries,
    options.concurrency ?? 4,
    async (entry, _index, laneSignal): Promise<PulledFile> => {
      const existing = await checkFile(root, entry, laneSignal);
      let pulled: PulledFile;
      if (existing.status === 'ok') {
        pulled = { path: entry.path, action: 'skipped', bytes: entry.bytes, attempts: 0 };
      } else {
        const attempts = await transferFile(entry, root, { ...settings, signal: laneSignal });
        const action = origin.kind === 'http' ? 'downloaded' : 'copied';
        pulled = { path: entry.path, action, bytes: entry.bytes, attempts };
      }
      done += 1;
      options.onProgress?.({
        done,
        total: entries.length,
        path: entry.path,
        bytes: entry.bytes,
        action: pulled.action,
      });
      return pulled;
    },
    signal,
  );

  const manifestPath = join(root, MANIFEST_FILE_NAME);
  const current = await readFile(manifestPath).catch(() => undefined);
  if (current === undefined || !Buffer.from(manifestBytes.value).equals(current)) {
    await writeFileAtomic(manifestPath, manifestBytes.value);
  }
  const transferredBytes = files.reduce((sum, file) => sum + (file.action === 'skipped' ? 0 : file.bytes), 0);
  return { from: origin.base, to: root, files, transferredBytes, manifestPath };
}

interface TransferSettings {
  origin: DataOrigin;
  signal: AbortSignal;
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  onRetry?: (retry: PullRetry) => void;
}

/** Receives a file's chunks; `finish` returns the value, or throws a {@link TransferFailure}. */
interface ChunkSink<T> {
  write(chunk: Uint8Array): Promise<void>;
  finish(): Promise<T>;
  abort(): Promise<void>;
}

/** A marker reason for an attempt abandoned by the idle time-out. */
class IdleTimeout extends Error {}

async function transferFile(entry: ManifestEntry, root: string, settings: TransferSettings): Promise<number> {
  const target = join(root, ...entry.path.split('/'));
  const { attempts } = await withRetries(entry.path, settings, async (attemptSignal) => {
    const file = await openAtomicFile(target, { createParentDirectories: true });
    return receive(entry.path, settings, attemptSignal, verifiedWrite(entry, file, settings.origin));
  });
  return attempts;
}

function collect(): ChunkSink<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return {
    write: async (chunk) => {
      chunks.push(chunk);
    },
    finish: async () => new Uint8Array(Buffer.concat(chunks)),
    abort: async () => undefined,
  };
}

function verifiedWrite(
  entry: ManifestEntry,
  file: Awaited<ReturnType<typeof openAtomicFile>>,
  origin: DataOrigin,
): ChunkSink<void> {
  const hash = createHash('sha256');
  let bytes = 0;
  const corrupt = (status: MirrorFileReport['status'], sha256: string) => {
    const report: MirrorFileReport = {
      path: entry.path,
      status,
      expected: { sha256: entry.sha256, bytes: entry.bytes },
      actual: { sha256, bytes },
    };
    return new CorruptTransfer(report, origin.locate(entry.path));
  };
  return {
    write: async (chunk) => {
      bytes += chunk.byteLength;
      // Stop at the first byte too many rather than store an oversized (or endless) body.
      if (bytes > entry.bytes) throw corrupt('size-mismatch', hash.copy().update(chunk).digest('hex'));
      hash.update(chunk);
      await file.write(chunk);
    },
    finish: async () => {
      const sha256 = hash.digest('hex');
      if (bytes !== entry.bytes) throw corrupt('size-mismatch', sha256);
      if (sha256 !== entry.sha256) throw corrupt('checksum-mismatch', sha256);
      await file.commit();
    },
    abort: () => file.abort(),
  };
}

/** Corrupt bytes: retried like a network failure, reported as a {@link MirrorIntegrityError} at the end. */
class CorruptTransfer extends TransferFailure {
  readonly report: MirrorFileReport;
  readonly location: string;

  constructor(report: MirrorFileReport, location: string) {
    super('unreachable', `sent bytes that do not match the manifest (${report.status})`, true);
    this.report = report;
    this.location = location;
  }
}

/** One attempt: open the file at the origin and stream it into `sink`, under the idle time-out. */
async function receive<T>(
  path: string,
  settings: TransferSettings,
  signal: AbortSignal,
  sink: ChunkSink<T>,
): Promise<T> {
  const idle = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(new IdleTimeout()), settings.timeoutMs);
  };
  const attemptSignal = AbortSignal.any([signal, idle.signal]);
  try {
    arm();
    const chunks = await settings.origin.open(path, attemptSignal);
    for await (const chunk of chunks) {
      arm();
      await sink.write(chunk);
    }
    clearTimeout(timer);
    return await sink.finish();
  } catch (error) {
    await sink.abort();
    if (idle.signal.aborted && !signal.aborted) {
      throw new TransferFailure('unreachable', `sent no data for ${settings.timeoutMs} ms`, true, {
        cause: error,
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function withRetries<T>(
  path: string,
  settings: TransferSettings,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<{ value: T; attempts: number }> {
  const location = settings.origin.locate(path);
  for (let attempts = 1; ; attempts++) {
    try {
      return { value: await attempt(settings.signal), attempts };
    } catch (error) {
      settings.signal.throwIfAborted();
      if (!(error instanceof TransferFailure)) throw error;
      if (!error.retryable || attempts > settings.retries) throw finalError(path, location, error, attempts);
      const delayMs = Math.min(settings.retryDelayMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
      settings.onRetry?.({ path, origin: location, attempt: attempts, delayMs, reason: error.message });
      await sleep(delayMs, undefined, { signal: settings.signal }).catch((sleepError: unknown) => {
        settings.signal.throwIfAborted();
        throw sleepError;
      });
    }
  }
}

function finalError(path: string, location: string, failure: TransferFailure, attempts: number): Error {
  if (failure instanceof CorruptTransfer) {
    return new MirrorIntegrityError([failure.report], {
      location: `downloaded from ${failure.location}, ${attempts} attempt${attempts === 1 ? '' : 's'}`,
      cause: failure,
    });
  }
  return new DataPullError({
    path,
    origin: location,
    failure: failure.failure,
    ...(failure.status === undefined ? {} : { status: failure.status }),
    attempts,
    reason: failure.message,
    cause: failure,
  });
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0)
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `[data/pull] \`${name}\` must be a number ≥ 0, got ${value}`,
    );
  return value;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `[data/pull] \`${name}\` must be a number > 0, got ${value}`,
    );
  return value;
}
