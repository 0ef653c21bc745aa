import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AiResilienceError } from '@airesilience/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile } from './atomic-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'airesilience-atomic-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const temporaryFiles = async (folder = directory) =>
  (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes text, bytes and chunk streams, leaving no temporary file', async () => {
    const path = join(directory, 'out.txt');
    await writeFileAtomic(path, 'héllo\n');
    expect(await readFile(path, 'utf8')).toBe('héllo\n');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    await writeFileAtomic(path, ['a', new TextEncoder().encode('b'), 'c']);
    expect(await readFile(path, 'utf8')).toBe('abc');
    expect(await readdir(directory)).toEqual(['out.txt']);
  });

  it('leaves the old file intact when the chunk stream fails mid-write, and removes the temporary file', async () => {
    const path = join(directory, 'scores.csv');
    await writeFile(path, 'old content\n');
    const failure = new Error('source went away');
    async function* chunks() {
      yield 'new content, first half\n';
      throw failure;
    }
    await expect(writeFileAtomic(path, chunks())).rejects.toBe(failure);
    expect(await readFile(path, 'utf8')).toBe('old content\n');
    expect(await temporaryFiles()).toEqual([]);
  });

  it('never exposes a partial file: during the write the target still has the old content', async () => {
    const path = join(directory, 'big.txt');
    await writeFile(path, 'old');
    let seenDuringWrite: string | undefined;
    let temporaryDuringWrite: string[] = [];
    async function* chunks() {
      yield 'first part, ';
      seenDuringWrite = await readFile(path, 'utf8');
      temporaryDuringWrite = await temporaryFiles();
      yield 'second part';
    }
    await writeFileAtomic(path, chunks());
    expect(seenDuringWrite).toBe('old');
    expect(temporaryDuringWrite).toHaveLength(1);
    expect(temporaryDuringWrite[0]).toMatch(/^\.big\.txt\.[0-9a-f]{12}\.tmp$/);
    expect(await readFile(path, 'utf8')).toBe('first part, second part');
  });

  it('refuses a missing parent directory unless asked to create it', async () => {
    const path = join(directory, 'nested', 'deeper', 'file.json');
    const error = await writeFileAtomic(path, '{}').catch((caught: unknown) => caught);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as AiResilienceError).code).toBe('IO');
    expect((error as Error).message).toMatch(/nested[/\\]deeper does not exist.*createParentDirectories/);
    await expect(stat(join(directory, 'nested'))).rejects.toThrow(/ENOENT/);

    await writeFileAtomic(path, '{}', { createParentDirectories: true });
    expect(await readFile(path, 'utf8')).toBe('{}');
  });

  it('cleans up and reports an IO error when the rename fails, leaving what was there', async () => {
    const path = join(directory, 'occupied');
    await mkdir(path);
    await writeFile(join(path, 'keep.txt'), 'kept');
    const error = await writeFileAtomic(path, 'data').catch((caught: unknown) => caught);
    expect((error as AiResilienceError).code).toBe('IO');
    expect((error as Error).message).toMatch(/cannot replace .*occupied/);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('kept');
    expect(await temporaryFiles()).toEqual([]);
  });

  it('keeps the mode of the file it replaces, or applies the one given', async () => {
    const path = join(directory, 'secret.txt');
    await writeFile(path, 'a', { mode: 0o600 });
    await writeFileAtomic(path, 'b');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await writeFileAtomic(path, 'c', { mode: 0o640 });
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('lets concurrent writers race without mixing their content', async () => {
    const path = join(directory, 'race.txt');
    const contents = Array.from({ length: 8 }, (_, index) => `${index}`.repeat(50_000));
    await Promise.all(contents.map((content) => writeFileAtomic(path, content)));
    expect(contents).toContain(await readFile(path, 'utf8'));
    expect(await temporaryFiles()).toEqual([]);
  });
});

describe('openAtomicFile', () => {
  it('writes nothing to the target until commit, and abort is idempotent', async () => {
    const path = join(directory, 'draft.txt');
    const file = await openAtomicFile(path);
    await file.write('draft');
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
    await file.abort();
    await file.abort();
    await expect(stat(file.temporaryPath)).rejects.toThrow(/ENOENT/);
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
  });

  it('refuses to write after commit', async () => {
    const file = await openAtomicFile(join(directory, 'done.txt'));
    await file.write('x');
    await file.commit();
    await expect(file.write('y')).rejects.toThrow(/already committed/);
    await file.abort();
    expect(await readFile(join(directory, 'done.txt'), 'utf8')).toBe('x');
  });
});
