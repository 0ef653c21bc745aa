import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AiResilienceError, SourceParseError } from '@airesilience/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataPullError } from './data-pull-error.js';
import { manifestText, pseudoRandomBytes, writeMirrorFixture } from './fixtures/mirror-fixture.js';
import { MirrorIntegrityError } from './mirror-integrity-error.js';
import { type PullProgress, type PullRetry, pullData } from './pull-data.js';
import { verifyMirror } from './verify-mirror.js';

const files: Record<string, Uint8Array | string> = {
  'bls/occupation.xlsx': pseudoRandomBytes(200_000, 3),
  'onet/29.3/Education, Training, and Experience.xlsx': pseudoRandomBytes(150_000, 5),
  'anthropic/job_exposure.csv': 'occ_code,observed_exposure\n29-2072,0.6674\n',
  'microsoft/soc_metrics.csv': 'soc,score\n29-2072,0.3\n',
};

const bytesOf = (content: Uint8Array | string) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

/** How the test server misbehaves for a path: each listed behaviour is used once, in order, then it serves the file. */
type Behaviour = 'drop-mid-body' | 'corrupt' | 'oversize' | 'stall' | 404 | 500 | 503;

interface MirrorServer {
  /** The base URL, under a sub-path, without a trailing slash. */
  url: string;
  /** Requests received, by mirror path. */
  requests: Map<string, number>;
  /** Behaviours still to play, by mirror path. */
  script: Map<string, Behaviour[]>;
  /** Paths that always get a behaviour. */
  always: Map<string, Behaviour>;
  close(): Promise<void>;
}

const servers: Server[] = [];

async function startMirrorServer(content: Record<string, Uint8Array | string>): Promise<MirrorServer> {
  const served = new Map<string, Uint8Array>(
    Object.entries(content).map(([path, body]) => [path, bytesOf(body)]),
  );
  served.set('MANIFEST.tsv', bytesOf(manifestText({ files: content })));
  const requests = new Map<string, number>();
  const script = new Map<string, Behaviour[]>();
  const always = new Map<string, Behaviour>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (!pathname.startsWith('/mirror/')) {
      response.writeHead(404).end();
      return;
    }
    const path = pathname.slice('/mirror/'.length).split('/').map(decodeURIComponent).join('/');
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const body = served.get(path);
    const behaviour = script.get(path)?.shift() ?? always.get(path);
    if (body === undefined || behaviour === 404) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (behaviour === 500 || behaviour === 503) {
      response.writeHead(behaviour).end('try later');
      return;
    }
    if (behaviour === 'stall') {
      response.writeHead(200, { 'content-length': body.byteLength });
      response.flushHeaders();
      return; // never sends the body; the client's idle time-out must fire
    }
    if (behaviour === 'drop-mid-body') {
      response.writeHead(200, { 'content-length': body.byteLength });
      response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => response.socket?.destroy());
      return;
    }
    let sent = body;
    if (behaviour === 'corrupt') {
      sent = Uint8Array.from(body);
      const middle = Math.floor(sent.length / 2);
      sent[middle] = sent[middle]! ^ 0xff;
    } else if (behaviour === 'oversize') {
      sent = new Uint8Array([...body, ...body]);
    }
    response.writeHead(200, {
      'content-length': sent.byteLength,
      'content-type': 'application/octet-stream',
    });
    response.end(sent);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mirror`,
    requests,
    script,
    always,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every file under a directory, relative, with `/` separators. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

let directory: string;
let cache: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'airesilience-pull-'));
  cache = join(directory, 'cache');
});

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
  await rm(directory, { recursive: true, force: true });
});

const fast = { retryDelayMs: 1, timeoutMs: 2_000 };

describe('pullData over HTTP', () => {
  it('downloads every file and the manifest, verified, reporting progress', async () => {
    const server = await startMirrorServer(files);
    const progress: PullProgress[] = [];
    const result = await pullData({
      from: server.url,
      to: cache,
      onProgress: (step) => progress.push(step),
      ...fast,
    });
    expect(result.files.map((file) => [file.path, file.action, file.attempts])).toEqual(
      Object.keys(files).map((path) => [path, 'downloaded', 1]),
    );
    expect(result.from).toBe(`${server.url}/`);
    expect(result.transferredBytes).toBe(
      Object.values(files).reduce((sum, content) => sum + bytesOf(content).byteLength, 0),
    );
    expect(progress.map((step) => step.done).sort()).toEqual([1, 2, 3, 4]);
    expect(progress.every((step) => step.total === 4 && step.action === 'downloaded')).toBe(true);
    expect(await listFiles(cache)).toEqual([...Object.keys(files), 'MANIFEST.tsv'].sort());
    expect((await verifyMirror(cache)).ok).toBe(true);
    expect(await readFile(result.manifestPath, 'utf8')).toBe(manifestText({ files }));
    // The space and commas of the O*NET file name travelled percent-encoded and back.
    expect(server.requests.get('onet/29.3/Education, Training, and Experience.xlsx')).toBe(1);
  });

  it('skips files already present and valid, and replaces an invalid one', async () => {
    const server = await startMirrorServer(files);
    await pullData({ from: server.url, to: cache, ...fast });
    await writeFile(join(cache, 'microsoft/soc_metrics.csv'), 'stale');
    server.requests.clear();
    const again = await pullData({ from: server.url, to: cache, ...fast });
    expect(again.files.map((file) => file.action)).toEqual(['skipped', 'skipped', 'skipped', 'downloaded']);
    expect([...server.requests.keys()].sort()).toEqual(['MANIFEST.tsv', 'microsoft/soc_metrics.csv']);
    expect(again.transferredBytes).toBe(bytesOf(files['microsoft/soc_metrics.csv']!).byteLength);
    expect((await verifyMirror(cache)).ok).toBe(true);
  });

  it('retries a connection dropped mid-body and succeeds', async () => {
    const server = await startMirrorServer(files);
    server.script.set('bls/occupation.xlsx', ['drop-mid-body']);
    const retries: PullRetry[] = [];
    const result = await pullData({
      from: server.url,
      to: cache,
      onRetry: (retry) => retries.push(retry),
      ...fast,
    });
    expect(server.requests.get('bls/occupation.xlsx')).toBe(2);
    expect(result.files.find((file) => file.path === 'bls/occupation.xlsx')?.attempts).toBe(2);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ path: 'bls/occupation.xlsx', attempt: 1, delayMs: 1 });
    expect(retries[0]?.reason).toMatch(/dropped the connection mid-file/);
    expect(retries[0]?.origin).toBe(`${server.url}/bls/occupation.xlsx`);
    expect((await verifyMirror(cache)).ok).toBe(true);
  });

  it('retries 5xx responses with exponential backoff', async () => {
    const server = await startMirrorServer(files);
    server.script.set('anthropic/job_exposure.csv', [503, 500]);
    const retries: PullRetry[] = [];
    const result = await pullData({
      from: server.url,
      to: cache,
      onRetry: (retry) => retries.push(retry),
      retryDelayMs: 2,
      concurrency: 1,
    });
    expect(result.files.find((file) => file.path === 'anthropic/job_exposure.csv')?.attempts).toBe(3);
    expect(retries.map((retry) => [retry.delayMs, retry.reason])).toEqual([
      [2, 'returned 503 Service Unavailable'],
      [4, 'returned 500 Internal Server Error'],
    ]);
  });

  it('fails fast on 404 with a DataPullError naming the URL and the file, leaving no partial file', async () => {
    const server = await startMirrorServer(files);
    server.always.set('microsoft/soc_metrics.csv', 404);
    const error = await pullData({ from: server.url, to: cache, ...fast }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataPullError);
    const pull = error as DataPullError;
    expect(pull).toMatchObject({
      code: 'IO',
      failure: 'not-found',
      status: 404,
      attempts: 1,
      path: 'microsoft/soc_metrics.csv',
    });
    expect(pull.origin).toBe(`${server.url}/microsoft/soc_metrics.csv`);
    expect(pull.message).toBe(
      `[data/pull] microsoft/soc_metrics.csv: ${server.url}/microsoft/soc_metrics.csv returned 404 Not Found: the file is not at that URL (is \`from\` the mirror's base URL?)`,
    );
    expect(server.requests.get('microsoft/soc_metrics.csv')).toBe(1);
    const left = await listFiles(cache);
    expect(left).not.toContain('microsoft/soc_metrics.csv');
    expect(left).not.toContain('MANIFEST.tsv');
    expect(left.filter((path) => path.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a missing manifest as a 404 of MANIFEST.tsv', async () => {
    const server = await startMirrorServer(files);
    const error = await pullData({ from: `${server.url}/wrong`, to: cache, ...fast }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ path: 'MANIFEST.tsv', failure: 'not-found', status: 404 });
    expect((error as Error).message).toContain(`${server.url}/wrong/MANIFEST.tsv returned 404`);
  });

  it('gives up on persistent 5xx after the retries, with a DataPullError', async () => {
    const server = await startMirrorServer(files);
    server.always.set('bls/occupation.xlsx', 500);
    const error = await pullData({ from: server.url, to: cache, retries: 2, ...fast }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ failure: 'unreachable', status: 500, attempts: 3 });
    expect((error as Error).message).toMatch(
      /bls\/occupation\.xlsx: .* returned 500 Internal Server Error after 3 attempts$/,
    );
    expect(server.requests.get('bls/occupation.xlsx')).toBe(3);
  });

  it('retries a corrupted download, then succeeds', async () => {
    const server = await startMirrorServer(files);
    server.script.set('bls/occupation.xlsx', ['corrupt']);
    const result = await pullData({ from: server.url, to: cache, ...fast });
    expect(result.files[0]?.attempts).toBe(2);
    expect((await verifyMirror(cache)).ok).toBe(true);
  });

  it('raises a MirrorIntegrityError for a file that stays corrupt, and never leaves the corrupt bytes', async () => {
    const server = await startMirrorServer(files);
    server.always.set('onet/29.3/Education, Training, and Experience.xlsx', 'corrupt');
    const error = await pullData({ from: server.url, to: cache, retries: 2, ...fast }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MirrorIntegrityError);
    const integrity = error as MirrorIntegrityError;
    expect(integrity.code).toBe('DATA_INTEGRITY');
    expect(integrity.path).toBe('onet/29.3/Education, Training, and Experience.xlsx');
    expect(integrity.status).toBe('checksum-mismatch');
    expect(integrity.actual?.bytes).toBe(150_000);
    expect(integrity.message).toContain('was altered');
    expect(integrity.message).toContain(
      `downloaded from ${server.url}/onet/29.3/Education%2C%20Training%2C%20and%20Experience.xlsx, 3 attempts`,
    );
    expect(server.requests.get('onet/29.3/Education, Training, and Experience.xlsx')).toBe(3);
    const left = await listFiles(cache);
    expect(left).not.toContain('onet/29.3/Education, Training, and Experience.xlsx');
    expect(left.filter((path) => path.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the old file, not the corrupt download, when a replacement stays corrupt', async () => {
    const server = await startMirrorServer(files);
    await pullData({ from: server.url, to: cache, ...fast });
    const target = join(cache, 'bls/occupation.xlsx');
    await writeFile(target, 'old, invalid copy');
    server.always.set('bls/occupation.xlsx', 'corrupt');
    await expect(pullData({ from: server.url, to: cache, retries: 1, ...fast })).rejects.toBeInstanceOf(
      MirrorIntegrityError,
    );
    expect(await readFile(target, 'utf8')).toBe('old, invalid copy');
  });

  it('stops reading an oversized body at the first byte too many', async () => {
    const server = await startMirrorServer(files);
    server.always.set('anthropic/job_exposure.csv', 'oversize');
    const error = await pullData({ from: server.url, to: cache, retries: 1, ...fast }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({
      code: 'DATA_INTEGRITY',
      status: 'size-mismatch',
      path: 'anthropic/job_exposure.csv',
    });
  });

  it('abandons a stalled response after the idle time-out and retries it', async () => {
    const server = await startMirrorServer(files);
    server.script.set('microsoft/soc_metrics.csv', ['stall']);
    const retries: PullRetry[] = [];
    const result = await pullData({
      from: server.url,
      to: cache,
      timeoutMs: 100,
      retryDelayMs: 1,
      onRetry: (retry) => retries.push(retry),
    });
    expect(retries.map((retry) => retry.reason)).toEqual(['sent no data for 100 ms']);
    expect(result.files[3]?.attempts).toBe(2);
  });

  it('leaves no half-written file when the connection drops and no retry is allowed', async () => {
    const server = await startMirrorServer(files);
    server.always.set('bls/occupation.xlsx', 'drop-mid-body');
    const error = await pullData({ from: server.url, to: cache, retries: 0, concurrency: 1, ...fast }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ failure: 'unreachable', attempts: 1, path: 'bls/occupation.xlsx' });
    expect((error as Error).message).toMatch(/dropped the connection mid-file/);
    expect(await listFiles(cache)).toEqual([]);
  });

  it('stops when aborted, leaving no temporary file', async () => {
    const server = await startMirrorServer(files);
    server.always.set('bls/occupation.xlsx', 'stall');
    const controller = new AbortController();
    const pulling = pullData({ from: server.url, to: cache, signal: controller.signal, ...fast });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    await expect(pulling).rejects.toThrow('user cancelled');
    expect((await listFiles(cache)).filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect(await listFiles(cache)).not.toContain('bls/occupation.xlsx');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const server = await startMirrorServer(files);
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await pullData({ from: server.url, to: cache, fetch: fetchSpy, ...fast });
    expect(seen).toContain(`${server.url}/MANIFEST.tsv`);
    expect(seen).toHaveLength(5);
  });
});

describe('pullData from a local directory', () => {
  it('copies every file and the manifest, then skips them on the next pull', async () => {
    const source = join(directory, 'source');
    const manifest = await writeMirrorFixture(source, { files });
    const progress: PullProgress[] = [];
    const first = await pullData({ from: source, to: cache, onProgress: (step) => progress.push(step) });
    expect(first.files.every((file) => file.action === 'copied')).toBe(true);
    expect(progress).toHaveLength(4);
    expect(await readFile(join(cache, 'MANIFEST.tsv'), 'utf8')).toBe(manifest);
    expect((await verifyMirror(cache)).ok).toBe(true);
    const second = await pullData({ from: new URL(`file://${source}`), to: cache });
    expect(second.files.every((file) => file.action === 'skipped')).toBe(true);
    expect(second.transferredBytes).toBe(0);
  });

  it('fails fast when a listed file is absent, naming its path', async () => {
    const source = join(directory, 'source');
    await writeMirrorFixture(source, { files });
    await rm(join(source, 'anthropic/job_exposure.csv'));
    const error = await pullData({ from: source, to: cache }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataPullError);
    expect(error).toMatchObject({ failure: 'not-found', attempts: 1, path: 'anthropic/job_exposure.csv' });
    expect((error as Error).message).toContain(join(source, 'anthropic', 'job_exposure.csv'));
  });

  it('refuses a source file that differs from its manifest and copies nothing in its place', async () => {
    const source = join(directory, 'source');
    await writeMirrorFixture(source, { files });
    await writeFile(join(source, 'microsoft/soc_metrics.csv'), 'soc,score\n29-2072,0.9\n');
    const error = await pullData({ from: source, to: cache, retries: 1, retryDelayMs: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'DATA_INTEGRITY', path: 'microsoft/soc_metrics.csv' });
    await expect(stat(join(cache, 'microsoft/soc_metrics.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a manifest whose path escapes the target directory, writing nothing outside it', async () => {
    const source = join(directory, 'source');
    await writeMirrorFixture(source, { files: { 'a.csv': 'x' } });
    const manifest = await readFile(join(source, 'MANIFEST.tsv'), 'utf8');
    await writeFile(join(source, 'MANIFEST.tsv'), manifest.replace('\na.csv\t', '\n../escape.csv\t'));
    const error = await pullData({ from: source, to: cache }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceParseError);
    expect((error as Error).message).toMatch(/row 2: `path` must stay inside the mirror/);
    await expect(stat(join(directory, 'escape.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('rejects an unsupported URL scheme and bad numeric options', async () => {
    await expect(pullData({ from: 'ftp://example.org/data', to: cache })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const error = await pullData({ from: directory, to: cache, retries: -1 }).catch(
      (caught: unknown) => caught,
    );
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/`retries` must be a number ≥ 0, got -1/);
  });
});
