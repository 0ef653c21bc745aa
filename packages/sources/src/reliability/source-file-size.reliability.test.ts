import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AiResilienceError } from '@airesilience/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sources from '../index.js';

// A 200 MB source file must be refused with a clear message before it is read, never exhaust memory.
// The files are sparse (ftruncate): 200 MB on paper, no blocks on disk, so the test costs nothing.

const HUGE_BYTES = 200 * 1024 * 1024;

async function sparseFile(path: string, bytes: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'w');
  try {
    await handle.truncate(bytes);
  } finally {
    await handle.close();
  }
}

type Loader = (path: string) => Promise<unknown>;

/** How to call each loader with one huge file; a loader not listed here takes the path alone. */
const CALLS: Record<
  string,
  (load: (...args: never[]) => Promise<unknown>, path: string) => Promise<unknown>
> = {
  loadAioeVariant: (load, path) =>
    (load as (path: string, variant: sources.AioeVariant) => Promise<unknown>)(path, 'language-modeling'),
  loadOnetEducation: (load, path) =>
    (load as (path: string, categories: string) => Promise<unknown>)(path, path),
};

let directory: string;
let huge: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'airesilience-huge-'));
  huge = join(directory, 'huge.csv');
  await sparseFile(huge, HUGE_BYTES);
  for (const relative of Object.values(sources.AI_RESILIENCE_MODEL_FILES)) {
    await sparseFile(join(directory, 'mirror', relative), HUGE_BYTES);
  }
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function expectRefusal(error: unknown): void {
  expect(AiResilienceError.isInstance(error), `not an AiResilienceError: ${String(error)}`).toBe(true);
  const typed = error as AiResilienceError;
  expect(typed.code).toBe('IO');
  expect(typed.message).toMatch(/is 200 MB, larger than the 64 MB a source file may be/);
}

describe('readSourceFile and every loader refuse a 200 MB file', () => {
  const loaders = Object.entries(sources).filter(
    ([name, value]) => /^load[A-Z]/.test(name) && typeof value === 'function',
  ) as [string, (...args: never[]) => Promise<unknown>][];

  it('finds the loaders', () => {
    expect(loaders.length).toBeGreaterThanOrEqual(30);
  });

  it('readSourceFile refuses it before reading, without a memory spike', async () => {
    const before = process.memoryUsage().rss;
    const error = await sources.readSourceFile(huge, 'huge.csv').catch((caught: unknown) => caught);
    expectRefusal(error);
    expect((error as Error).message).toContain('huge.csv');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('readSourceFile reads a file of exactly the limit and refuses one byte more', async () => {
    const atLimit = join(directory, 'at-limit.csv');
    await sparseFile(atLimit, sources.MAX_SOURCE_FILE_BYTES);
    const loaded = await sources.readSourceFile(atLimit);
    expect(loaded.file.bytes).toBe(sources.MAX_SOURCE_FILE_BYTES);
    await sparseFile(atLimit, sources.MAX_SOURCE_FILE_BYTES + 1);
    const error = await sources.readSourceFile(atLimit).catch((caught: unknown) => caught);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as AiResilienceError).code).toBe('IO');
  });

  it('readSourceFile names a missing file', async () => {
    const error = await sources
      .readSourceFile(join(directory, 'absent.csv'), 'absent.csv')
      .catch((caught: unknown) => caught);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/absent\.csv is missing/);
  });

  it.each(loaders.filter(([name]) => name !== 'loadAiResilienceModelInputs'))('%s', async (name, load) => {
    const call = CALLS[name] ?? ((loader, path) => (loader as unknown as Loader)(path));
    expectRefusal(await call(load, huge).catch((caught: unknown) => caught));
  });

  it('loadAiResilienceModelInputs (a mirror of huge files)', async () => {
    const error = await sources
      .loadAiResilienceModelInputs(join(directory, 'mirror'))
      .catch((caught: unknown) => caught);
    expectRefusal(error);
  });
});
