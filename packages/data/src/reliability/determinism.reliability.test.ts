import { createHash } from 'node:crypto';
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset/build-dataset.js';
import { SNAPSHOT_FILES } from '../snapshot/snapshot.js';
import { buildSnapshot } from '../snapshot/write-snapshot.js';

// Determinism: the snapshot built twice from the same mirror, into two directories, is byte for byte the
// same (no clock, no random order, no machine path in it). And a well-formed code of the wrong SOC vintage
// in a source file is not silently scored: the build reports it as a native code that reaches no occupation.

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** Every file under a directory, as sorted paths relative to it. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'airesilience-determinism-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe.runIf(hasMirror)('snapshot determinism', () => {
  it('builds a byte-identical snapshot (every file) into two directories', async () => {
    const first = join(directory, 'first');
    const second = join(directory, 'second');
    await buildSnapshot({ dataDir, snapshotDirectory: first });
    await buildSnapshot({ dataDir, snapshotDirectory: second, verify: false });
    const files = await filesUnder(first);
    expect(files).toEqual(await filesUnder(second));
    expect(files).toContain(SNAPSHOT_FILES.dataset);
    let total = 0;
    for (const name of files) {
      const [a, b] = await Promise.all([readFile(join(first, name)), readFile(join(second, name))]);
      total += a.length;
      expect(a.equals(b), `${name} differs between two builds`).toBe(true);
      const text = a.toString('utf8');
      expect(text, `${name} holds a machine path`).not.toContain(directory);
      expect(text, `${name} holds the mirror path`).not.toContain(dataDir);
    }
    expect(total).toBeGreaterThan(1_000_000);
    expect(await sha256(join(first, SNAPSHOT_FILES.dataset))).toBe(
      await sha256(join(second, SNAPSHOT_FILES.dataset)),
    );
  }, 300_000);

  it('reports a SOC 2010 code in a SOC 2018 source as unmapped instead of scoring it', async () => {
    const mirror = join(directory, 'mirror');
    await cp(dataDir, mirror, { recursive: true });
    const file = join(mirror, 'anthropic/job_exposure.csv');
    await chmod(file, 0o644);
    const text = await readFile(file, 'utf8');
    const header = text.split(/\r?\n/)[0]!.split(',');
    // 29-2071 (Medical Records and Health Information Technicians) exists in SOC 2010 only.
    expect(text).not.toMatch(/^29-2071,/m);
    const row = header.map((column) =>
      column === 'occ_code' ? '29-2071' : column === 'observed_exposure' ? '0.5' : '',
    );
    await writeFile(file, `${text.replace(/\r?\n$/, '')}\n${row.join(',')}\n`);
    const built = await buildDataset({ dataDir: mirror });
    const coverage = built.coverage.find((entry) => entry.sourceId === 'anthropic-observed-exposure');
    expect(coverage, 'the anthropic source is in the dataset').toBeDefined();
    expect(coverage!.unmapped).toContain('29-2071');
    expect(built.dataset.occupations.some((occupation) => occupation.code === '29-2071')).toBe(false);
  }, 300_000);
});
