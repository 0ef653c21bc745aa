import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AiResilienceError } from '@airesilience/core';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pseudoRandomBytes, writeMirrorFixture } from './fixtures/mirror-fixture.js';
import { MirrorIntegrityError } from './mirror-integrity-error.js';
import { parseManifest } from './parse-manifest.js';
import { pullData } from './pull-data.js';
import { assertMirror, type MirrorProgress, verifyMirror } from './verify-mirror.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'airesilience-verify-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const files = {
  'bls/occupation.xlsx': pseudoRandomBytes(300_000, 7),
  'onet/29.3/Job Zones.xlsx': 'zones\n',
  'anthropic/job_exposure.csv': 'occ_code,observed_exposure\n29-2072,0.6674\n',
  'eloundou/occ_level.csv': 'O*NET-SOC Code,dv_rating_beta\n29-2072.00,0.5\n',
};

describe('verifyMirror', () => {
  it('reports every file ok, with progress for each', async () => {
    await writeMirrorFixture(directory, { files });
    const progress: MirrorProgress[] = [];
    const report = await verifyMirror(directory, { onProgress: (step) => progress.push(step) });
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.files.map((file) => file.path)).toEqual(Object.keys(files));
    expect(
      report.files.every((file) => file.status === 'ok' && file.actual?.sha256 === file.expected.sha256),
    ).toBe(true);
    expect(progress.map((step) => step.done)).toEqual([1, 2, 3, 4]);
    expect(progress.every((step) => step.total === 4)).toBe(true);
    expect(progress.find((step) => step.path === 'bls/occupation.xlsx')?.bytes).toBe(300_000);
    const textBytes = Object.values(files)
      .filter((content) => typeof content === 'string')
      .reduce((sum, content) => sum + Buffer.byteLength(content), 0);
    expect(report.bytesRead).toBe(300_000 + textBytes);
  });

  it('says exactly which file is missing, truncated, altered, or not a file', async () => {
    await writeMirrorFixture(directory, { files });
    const altered = Buffer.from(files['bls/occupation.xlsx']);
    altered[150_000] = (altered[150_000]! + 1) % 256;
    await writeFile(join(directory, 'bls/occupation.xlsx'), altered);
    await writeFile(join(directory, 'anthropic/job_exposure.csv'), 'occ_code,observed_exposure\n');
    await unlink(join(directory, 'onet/29.3/Job Zones.xlsx'));
    await rm(join(directory, 'eloundou/occ_level.csv'));
    await mkdir(join(directory, 'eloundou/occ_level.csv'));

    const report = await verifyMirror(directory);
    expect(report.ok).toBe(false);
    expect(report.files.map((file) => [file.path, file.status])).toEqual([
      ['bls/occupation.xlsx', 'checksum-mismatch'],
      ['onet/29.3/Job Zones.xlsx', 'missing'],
      ['anthropic/job_exposure.csv', 'size-mismatch'],
      ['eloundou/occ_level.csv', 'missing'],
    ]);
    expect(report.files[1]?.actual).toBeNull();
    expect(report.files[2]?.actual?.bytes).toBe(27);
    expect(report.problems).toHaveLength(4);
    expect(report.problems[0]).toMatch(
      /^bls\/occupation\.xlsx was altered: its sha256 is [0-9a-f]{64}, expected /,
    );
    expect(report.problems[1]).toMatch(/^onet\/29\.3\/Job Zones\.xlsx is missing \(expected 6 bytes/);
    expect(report.problems[2]).toBe(
      `anthropic/job_exposure.csv has 27 bytes, expected ${Buffer.byteLength(files['anthropic/job_exposure.csv'])}: the file is truncated or was replaced`,
    );
  });

  it('checks the entries given instead of the manifest on disk', async () => {
    const manifest = await writeMirrorFixture(directory, { files });
    await rm(join(directory, 'MANIFEST.tsv'));
    const entries = parseManifest(manifest).slice(1, 3);
    const report = await verifyMirror(directory, { manifest: entries });
    expect(report.files.map((file) => file.path)).toEqual([
      'onet/29.3/Job Zones.xlsx',
      'anthropic/job_exposure.csv',
    ]);
    expect(report.ok).toBe(true);
  });

  it('fails clearly when the directory has no manifest', async () => {
    const error = await verifyMirror(directory).catch((caught: unknown) => caught);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as AiResilienceError).code).toBe('IO');
    expect((error as Error).message).toMatch(
      /no MANIFEST\.tsv in .*: is it the data mirror's root directory\?/,
    );
  });

  it('stops when aborted', async () => {
    await writeMirrorFixture(directory, { files });
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await expect(verifyMirror(directory, { signal: controller.signal })).rejects.toThrow('user cancelled');
  });
});

describe('assertMirror', () => {
  it('returns the report when the mirror is intact', async () => {
    await writeMirrorFixture(directory, { files });
    expect((await assertMirror(directory)).ok).toBe(true);
  });

  it('throws a MirrorIntegrityError naming each failing file and what is wrong', async () => {
    await writeMirrorFixture(directory, { files });
    await writeFile(join(directory, 'onet/29.3/Job Zones.xlsx'), 'ZONES\n');
    await unlink(join(directory, 'anthropic/job_exposure.csv'));
    const error = await assertMirror(directory).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MirrorIntegrityError);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    const integrity = error as MirrorIntegrityError;
    expect(integrity.code).toBe('DATA_INTEGRITY');
    expect(integrity.path).toBe('onet/29.3/Job Zones.xlsx');
    expect(integrity.status).toBe('checksum-mismatch');
    expect(integrity.files.map((file) => file.path)).toEqual([
      'onet/29.3/Job Zones.xlsx',
      'anthropic/job_exposure.csv',
    ]);
    expect(integrity.message).toMatch(
      /^\[data\/mirror\] onet\/29\.3\/Job Zones\.xlsx was altered: .*; anthropic\/job_exposure\.csv is missing/,
    );
    expect(integrity.message).toContain(directory);
    expect(integrity.toJSON()).toMatchObject({ code: 'DATA_INTEGRITY', location: directory });
  });

  it('lists at most five files in the message', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 8 }, (_, index) => [`x/file-${index}.csv`, `${index}`]),
    );
    await writeMirrorFixture(directory, { files: many });
    await rm(join(directory, 'x'), { recursive: true });
    const error = (await assertMirror(directory).catch((caught: unknown) => caught)) as MirrorIntegrityError;
    expect(error.files).toHaveLength(8);
    expect(error.message).toContain('x/file-4.csv is missing');
    expect(error.message).not.toContain('x/file-5.csv');
    expect(error.message).toContain('; and 3 more');
  });
});

describe.runIf(hasMirror)('the real data mirror', () => {
  it('is intact: every file of MANIFEST.tsv present with its size and sha256', async () => {
    const manifest = parseManifest(await readFile(join(dataDir, 'MANIFEST.tsv')));
    const report = await assertMirror(dataDir);
    expect(report.problems).toEqual([]);
    expect(report.files).toHaveLength(manifest.length);
    expect(report.bytesRead).toBe(manifest.reduce((sum, entry) => sum + entry.bytes, 0));
  });

  it('a copy with one file altered and one missing is reported as exactly that, and a pull repairs it', async () => {
    const copy = join(directory, 'copy');
    const first = await pullData({ from: dataDir, to: copy });
    expect(first.files.every((file) => file.action === 'copied')).toBe(true);

    const altered = join(copy, 'anthropic', 'job_exposure.csv');
    const text = await readFile(altered, 'utf8');
    await writeFile(altered, text.replace('0.6674', '0.6675'));
    await unlink(join(copy, 'bls', 'occupation.xlsx'));

    const report = await verifyMirror(copy);
    const failing = report.files.filter((file) => file.status !== 'ok');
    expect(failing.map((file) => [file.path, file.status])).toEqual([
      ['bls/occupation.xlsx', 'missing'],
      ['anthropic/job_exposure.csv', 'checksum-mismatch'],
    ]);
    await expect(assertMirror(copy)).rejects.toThrow(/bls\/occupation\.xlsx is missing/);

    const repair = await pullData({ from: dataDir, to: copy });
    expect(repair.files.filter((file) => file.action === 'copied').map((file) => file.path)).toEqual([
      'bls/occupation.xlsx',
      'anthropic/job_exposure.csv',
    ]);
    expect((await verifyMirror(copy)).ok).toBe(true);
  });
});
