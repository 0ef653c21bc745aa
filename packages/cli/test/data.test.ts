import { appendFile, cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, errorLine, finalErrorLine, runCli, temporaryDirectory } from './run-cli.js';

assertBuilt();
if (!hasMirror) {
  throw new Error(
    `the data mirror is missing at ${dataDir}: set AIRESILIENCE_DATA_DIR or put it at ../shared/data`,
  );
}

let manifestPaths: string[];
let workDirectory: string;
/** A copy of the mirror with its first file removed and its second altered. */
let brokenMirror: string;
let removed: string;
let altered: string;

beforeAll(async () => {
  const manifest = await readFile(join(dataDir, 'MANIFEST.tsv'), 'utf8');
  manifestPaths = manifest
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!);
  workDirectory = await temporaryDirectory('data');
  brokenMirror = join(workDirectory, 'broken-mirror');
  await cp(dataDir, brokenMirror, { recursive: true });
  [removed, altered] = manifestPaths as [string, string];
  await rm(join(brokenMirror, removed));
  await appendFile(join(brokenMirror, altered), 'x');
}, 120_000);

describe('airesilience data verify', () => {
  it('passes the real mirror, with plain progress lines when not on a terminal', async () => {
    const run = await runCli(['data', 'verify', '--data-dir', dataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`all ${manifestPaths.length} files match MANIFEST.tsv`);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).toMatch(
      new RegExp(`^verifying: ${manifestPaths.length}/${manifestPaths.length} `, 'm'),
    );
  });

  it('exits 3 naming the missing and the altered file', async () => {
    const run = await runCli(['data', 'verify', '--data-dir', brokenMirror]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`2 of ${manifestPaths.length} files do not match MANIFEST.tsv`);
    expect(run.stderr).toContain(removed);
    expect(run.stderr).toContain(altered);
    expect(finalErrorLine(run)).toContain(removed);
  });

  it('reads the mirror from AIRESILIENCE_DATA_DIR, and reports per file with --json', async () => {
    const run = await runCli(['data', 'verify', '--json'], { env: { AIRESILIENCE_DATA_DIR: brokenMirror } });
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: { path: string; status: string }[] };
    expect(report.ok).toBe(false);
    expect(report.files).toHaveLength(manifestPaths.length);
    expect(report.files.find((file) => file.path === removed)!.status).toBe('missing');
    expect(report.files.find((file) => file.path === altered)!.status).not.toBe('ok');
    expect(report.files.filter((file) => file.status === 'ok')).toHaveLength(manifestPaths.length - 2);
  });
});

describe('airesilience data build', () => {
  it('exits 3 naming the file, and leaves the previous snapshot intact', async () => {
    const snapshot = join(workDirectory, 'kept-snapshot');
    await mkdir(snapshot);
    await writeFile(join(snapshot, 'dataset.json'), '{"previous":true}\n');
    await writeFile(join(snapshot, 'tasks.json'), '{"previous":true}\n');
    const run = await runCli(['data', 'build', '--data-dir', brokenMirror, '--out', snapshot]);
    expect(run.code).toBe(3);
    expect(finalErrorLine(run)).toContain(removed);
    expect((await readdir(snapshot)).sort()).toEqual(['dataset.json', 'tasks.json']);
    expect(await readFile(join(snapshot, 'dataset.json'), 'utf8')).toBe('{"previous":true}\n');
    expect(await readFile(join(snapshot, 'tasks.json'), 'utf8')).toBe('{"previous":true}\n');
  });

  it('builds a snapshot the CLI can describe, from the real mirror', async () => {
    const snapshot = join(workDirectory, 'new-snapshot');
    const run = await runCli(['data', 'build', '--data-dir', dataDir, '--out', snapshot]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/snapshot of \d+ occupations and \d+ sources written to /);
    const files = await readdir(snapshot);
    expect(files).toContain('dataset.json');
    for (const file of files) expect((await stat(join(snapshot, file))).size).toBeGreaterThan(0);
    const document = JSON.parse(await readFile(join(snapshot, 'dataset.json'), 'utf8'));
    expect(document.format).toBe('airesilience-dataset');
  }, 300_000);
});

describe('airesilience data pull', () => {
  it('copies a local mirror into a directory, verified, and then skips what is there', async () => {
    const target = join(workDirectory, 'pulled');
    const run = await runCli(['data', 'pull', '--from', dataDir, '--to', target, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { files: { path: string; action: string }[] };
    expect(result.files.map((file) => file.path)).toEqual(manifestPaths);
    expect(result.files.every((file) => file.action === 'copied')).toBe(true);
    expect(run.stderr).toContain(`${manifestPaths.length} files in ${target} verified`);
    const verify = await runCli(['data', 'verify', '--data-dir', target]);
    expect(verify.code).toBe(0);
    const again = JSON.parse(
      (await runCli(['data', 'pull', '--from', dataDir, '--to', target, '--json'])).stdout,
    );
    expect(again.files.every((file: { action: string }) => file.action === 'skipped')).toBe(true);
  }, 300_000);

  it('exits 3 naming the file when the source mirror is broken', async () => {
    const run = await runCli([
      'data',
      'pull',
      '--from',
      brokenMirror,
      '--to',
      join(workDirectory, 'pulled-broken'),
    ]);
    expect(run.code).toBe(3);
    expect(finalErrorLine(run)).toMatch(
      new RegExp(
        `${removed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${altered.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
  }, 300_000);

  it('needs --from and --to', async () => {
    const run = await runCli(['data', 'pull', '--to', join(workDirectory, 'x')]);
    expect(run.code).toBe(2);
    expect(errorLine(run)).toBe('airesilience: data pull needs --from DIR|URL and --to DIR');
  });
});
