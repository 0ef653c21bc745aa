import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError } from '@airesilience/core';
import type { DataPullFailure } from './data-pull-error.js';

/**
 * A failed attempt to read a file from an origin, classified for the retry loop.
 *
 * @internal
 */
export class TransferFailure extends Error {
  /** The kind of failure, as {@link DataPullError} reports it. */
  readonly failure: DataPullFailure;
  /** Whether another attempt may succeed. */
  readonly retryable: boolean;
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined;

  /**
   * @param failure - the kind of failure.
   * @param reason - what went wrong, e.g. `returned 503 Service Unavailable`.
   * @param retryable - whether another attempt may succeed.
   * @param details - the HTTP status and the cause.
   */
  constructor(
    failure: DataPullFailure,
    reason: string,
    retryable: boolean,
    details: { status?: number; cause?: unknown } = {},
  ) {
    super(reason, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TransferFailure';
    this.failure = failure;
    this.retryable = retryable;
    this.status = details.status;
  }
}

/**
 * Where {@link pullData} reads the mirror from: a local directory or an HTTP(S) base URL.
 *
 * @internal
 */
export interface DataOrigin {
  /** `http` for an HTTP(S) base URL, `local` for a directory. */
  readonly kind: 'http' | 'local';
  /** The base URL (with a trailing slash) or the absolute directory. */
  readonly base: string;
  /**
   * @param path - a mirror path, e.g. `onet/29.3/Job Zones.xlsx`.
   * @returns the URL (segments percent-encoded) or the local path of that file.
   */
  locate(path: string): string;
  /**
   * Opens a file for reading.
   *
   * @param path - a mirror path.
   * @param signal - aborts the request and the body.
   * @returns the file's bytes as a stream of chunks; its errors are {@link TransferFailure}s.
   * @throws {@link TransferFailure} when the file is absent, refused or unreachable.
   */
  open(path: string, signal: AbortSignal): Promise<AsyncIterable<Uint8Array>>;
}

/**
 * Makes the origin for `from`: `http:`/`https:` URLs are fetched, a `file:` URL or any other string is
 * a local directory.
 *
 * @param from - the base URL or directory.
 * @param fetchImplementation - the `fetch` to use for HTTP(S).
 * @returns the origin.
 * @throws `AiResilienceError` with code `INVALID_ARGUMENT` for another URL scheme.
 * @internal
 */
export function createDataOrigin(from: string | URL, fetchImplementation: typeof fetch): DataOrigin {
  const text = String(from);
  if (/^https?:\/\//i.test(text))
    return new HttpOrigin(new URL(text.endsWith('/') ? text : `${text}/`), fetchImplementation);
  if (/^file:/i.test(text)) return new LocalOrigin(fileURLToPath(text));
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `[data/pull] \`from\` must be a directory or an http(s) URL, got ${JSON.stringify(text)}`,
    );
  }
  return new LocalOrigin(text);
}

class HttpOrigin implements DataOrigin {
  readonly kind = 'http';
  readonly base: string;
  readonly #baseUrl: URL;
  readonly #fetch: typeof fetch;

  constructor(baseUrl: URL, fetchImplementation: typeof fetch) {
    this.#baseUrl = baseUrl;
    this.base = baseUrl.href;
    this.#fetch = fetchImplementation;
  }

  locate(path: string): string {
    return new URL(path.split('/').map(encodeURIComponent).join('/'), this.#baseUrl).href;
  }

  async open(path: string, signal: AbortSignal): Promise<AsyncIterable<Uint8Array>> {
    let response: Response;
    try {
      response = await this.#fetch(this.locate(path), { signal, redirect: 'follow' });
    } catch (cause) {
      throw new TransferFailure('unreachable', `could not be fetched: ${networkReason(cause)}`, true, {
        cause,
      });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const { status } = response;
      const said = `returned ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (status === 404 || status === 410) {
        throw new TransferFailure(
          'not-found',
          `${said}: the file is not at that URL (is \`from\` the mirror's base URL?)`,
          false,
          {
            status,
          },
        );
      }
      const transient = status >= 500 || status === 408 || status === 429;
      throw new TransferFailure(transient ? 'unreachable' : 'refused', said, transient, { status });
    }
    return readBody(response.body);
  }
}

async function* readBody(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (body === null) return;
  const reader = body.getReader();
  let finished = false;
  try {
    while (true) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (cause) {
        throw new TransferFailure(
          'unreachable',
          `dropped the connection mid-file: ${networkReason(cause)}`,
          true,
          {
            cause,
          },
        );
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (a size or checksum failure, an abort): release the connection.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

class LocalOrigin implements DataOrigin {
  readonly kind = 'local';
  readonly base: string;

  constructor(directory: string) {
    this.base = resolve(directory);
  }

  locate(path: string): string {
    return join(this.base, ...path.split('/'));
  }

  async open(path: string, signal: AbortSignal): Promise<AsyncIterable<Uint8Array>> {
    const location = this.locate(path);
    try {
      const stats = await stat(location);
      if (!stats.isFile()) throw new TransferFailure('not-found', 'is not a regular file', false);
    } catch (cause) {
      if (cause instanceof TransferFailure) throw cause;
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        throw new TransferFailure('not-found', 'does not exist', false, { cause });
      throw new TransferFailure('unreachable', `cannot be read: ${(cause as Error).message}`, false, {
        cause,
      });
    }
    return readLocal(location, signal);
  }
}

async function* readLocal(location: string, signal: AbortSignal): AsyncIterable<Uint8Array> {
  const stream = createReadStream(location, { highWaterMark: 1024 * 1024, signal });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (cause) {
    throw new TransferFailure('unreachable', `cannot be read: ${(cause as Error).message}`, false, { cause });
  } finally {
    stream.destroy();
  }
}

// undici reports network failures as `TypeError: fetch failed` or `terminated`, with the socket error as cause.
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as (Error & { code?: string }) | undefined;
  if (cause instanceof Error) return `${error.message} (${cause.code ?? cause.message})`;
  return error.message;
}
