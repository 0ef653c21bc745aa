import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  errorLine,
  type LibraryValues,
  libraryValues,
  runCli,
  temporaryDirectory,
} from './run-cli.js';

assertBuilt();

let library: LibraryValues;
let workDirectory: string;
let defaultMethodology: Record<string, unknown> & {
  dimensions: { weight: number; sources: { id: string }[] }[];
};

beforeAll(async () => {
  [library, workDirectory] = await Promise.all([libraryValues(), temporaryDirectory('errors')]);
  defaultMethodology = JSON.parse(JSON.stringify(library.methodology));
});

async function methodologyFile(name: string, content: string): Promise<string> {
  const path = join(workDirectory, name);
  await writeFile(path, content);
  return path;
}

describe('bad arguments exit 2 with one line and no stack trace', () => {
  it('suggests the closest command for an unknown one', async () => {
    const run = await runCli(['scroe', '29-2072']);
    expect(run.code).toBe(2);
    expect(errorLine(run)).toBe(
      'airesilience: unknown command "scroe"; did you mean "score"? (see airesilience --help)',
    );
    expect(run.stdout).toBe('');
  });

  it('rejects an unknown option, suggesting the closest', async () => {
    const run = await runCli(['report', '29-2072', '--methdology', 'x.json']);
    expect(run.code).toBe(2);
    expect(errorLine(run)).toBe('airesilience: unknown option --methdology; did you mean --methodology?');
    expect(run.stderr).toContain('Run `airesilience report --help` for usage.');
  });

  it('rejects an option the command does not take, a missing value, and a bad value', async () => {
    const [notHere, missing, badFormat, badTop, contradiction] = await Promise.all([
      runCli(['score', '29-2072', '--top', '3']),
      runCli(['report', '29-2072', '--format']),
      runCli(['report', '29-2072', '--format', 'pdf']),
      runCli(['rank', '--top', 'ten']),
      runCli(['report', '29-2072', '--json', '--format', 'md']),
    ]);
    for (const run of [notHere, missing, badFormat, badTop, contradiction]) expect(run.code).toBe(2);
    expect(errorLine(notHere)).toBe('airesilience: score does not take --top');
    expect(errorLine(missing)).toBe('airesilience: option --format needs a value');
    expect(errorLine(badFormat)).toBe(
      'airesilience: --format must be one of text, md, html, json, got "pdf"',
    );
    expect(errorLine(badTop)).toBe('airesilience: --top must be a positive integer, got "ten"');
    expect(errorLine(contradiction)).toContain('--json contradicts --format md');
  });

  it('rejects missing and surplus arguments', async () => {
    const runs = await Promise.all([
      runCli(['report']),
      runCli(['score']),
      runCli(['compare', '29-2072']),
      runCli(['explain', '29-2072', '15-1252']),
      runCli(['report', '29-2072', '15-1252']),
      runCli(['data']),
      runCli(['data', 'frobnicate']),
      runCli(['methodology', 'validate']),
      runCli(['methodology', 'erase']),
      runCli(['export', 'extra']),
      runCli(['help', 'nothing']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      errorLine(run);
    }
  });

  it('fails an unknown code with the closest codes', async () => {
    const run = await runCli(['report', '29-9999']);
    expect(run.code).toBe(2);
    const line = errorLine(run);
    expect(line).toContain('29-9999');
    expect(line).toMatch(/\b29-9\d{3}\b.*\(/);
  });

  it('fails a malformed code', async () => {
    const run = await runCli(['score', '29-207']);
    expect(run.code).toBe(2);
    expect(errorLine(run)).toContain('Invalid occupation code "29-207"');
  });

  it('answers words with the closest titles and their codes', async () => {
    const title = library.occupations.find((occupation) => occupation.code === '29-2072')!.title;
    const [report, score] = await Promise.all([
      runCli(['report', 'medical', 'records']),
      runCli(['score', 'medical records']),
    ]);
    for (const run of [report, score]) {
      expect(run.code).toBe(2);
      const line = errorLine(run);
      expect(line).toContain('"medical records" is not an occupation code. Closest titles: ');
      expect(line).toContain(`29-2072 ${title}`);
      // The closest title comes first.
      expect(line.indexOf('29-2072')).toBeLessThan(line.indexOf(';'));
    }
    const nothing = await runCli(['report', 'zzqx']);
    expect(nothing.code).toBe(2);
    expect(errorLine(nothing)).toContain('matches no title');
  });

  it('shows the causes with --verbose', async () => {
    const path = await methodologyFile('broken-verbose.json', '{ "id": ');
    const [quiet, verbose] = await Promise.all([
      runCli(['score', '29-2072', '--methodology', path]),
      runCli(['score', '29-2072', '--methodology', path, '--verbose']),
    ]);
    expect(quiet.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toContain('caused by: ');
    expect(verbose.stderr.split('\n').length).toBeGreaterThan(2);
  });
});

describe('a malformed methodology file exits 2 naming the rule', () => {
  it('is not valid JSON', async () => {
    const path = await methodologyFile('not-json.json', '{ "id": "x", ');
    for (const args of [
      ['score', '29-2072', '--methodology', path],
      ['methodology', 'validate', path],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(errorLine(run)).toMatch(
        new RegExp(`^airesilience: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`),
      );
    }
  });

  it('has weights that do not sum to 1', async () => {
    const broken = JSON.parse(JSON.stringify(defaultMethodology));
    broken.dimensions[0].weight += 0.25;
    const path = await methodologyFile('weights.json', JSON.stringify(broken));
    const runs = await Promise.all([
      runCli(['methodology', 'validate', path]),
      runCli(['report', '29-2072', '--methodology', path]),
      runCli(['rank', '--methodology', path]),
      runCli(['export', '--methodology', path]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      const line = errorLine(run);
      expect(line).toContain(path);
      expect(line).toMatch(/sum/i);
      expect(run.stdout).toBe('');
    }
  });

  it('names a source the dataset does not have', async () => {
    const broken = JSON.parse(JSON.stringify(defaultMethodology));
    broken.dimensions[0].sources[0].id = 'crystal-ball';
    const path = await methodologyFile('unknown-source.json', JSON.stringify(broken));
    const runs = await Promise.all([
      runCli(['methodology', 'validate', path]),
      runCli(['score', '29-2072', '-m', path]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(errorLine(run)).toContain('crystal-ball');
    }
  });

  it('is missing: an I/O failure, exit 3', async () => {
    const run = await runCli(['score', '29-2072', '--methodology', join(workDirectory, 'absent.json')]);
    expect(run.code).toBe(3);
    expect(errorLine(run)).toContain('cannot read the methodology file');
  });
});

describe('an unwritable output exits 3 and leaves no partial file', () => {
  it('cannot write under /proc', async () => {
    const run = await runCli(['export', '--out', '/proc/airesilience-scores.csv']);
    expect(run.code).toBe(3);
    expect(errorLine(run)).toMatch(/^airesilience: cannot write \/proc\/airesilience-scores\.csv: /);
    expect(run.stdout).toBe('');
  });

  it('cannot write into a directory without write permission', async () => {
    // root ignores file modes: /sys refuses everyone instead.
    const isRoot = process.getuid?.() === 0;
    const locked = isRoot ? '/sys' : join(workDirectory, 'locked');
    if (!isRoot) {
      await mkdir(locked, { mode: 0o555 });
    }
    const run = await runCli(['rank', '--out', join(locked, 'rank.txt')]);
    expect(run.code).toBe(3);
    expect(errorLine(run)).toMatch(
      /cannot write .*rank\.txt: (permission denied|the file system is read-only)/,
    );
    if (!isRoot) expect(await readdir(locked)).toEqual([]);
  });

  it('cannot replace a directory, and leaves neither it nor a temporary file changed', async () => {
    const directory = join(workDirectory, 'out-dir');
    await mkdir(join(directory, 'report.html'), { recursive: true });
    const run = await runCli([
      'report',
      '29-2072',
      '--format',
      'html',
      '--out',
      join(directory, 'report.html'),
    ]);
    expect(run.code).toBe(3);
    expect(errorLine(run)).toContain('it is a directory');
    expect(await readdir(directory)).toEqual(['report.html']);
  });

  it('fails in a missing directory without creating it', async () => {
    const run = await runCli(['score', '29-2072', '--out', join(workDirectory, 'no', 'such', 'score.txt')]);
    expect(run.code).toBe(3);
    expect(errorLine(run)).toContain('does not exist');
    expect(await readdir(workDirectory)).not.toContain('no');
  });

  it('keeps the previous file when a later run fails before writing', async () => {
    const path = join(workDirectory, 'kept.csv');
    await writeFile(path, 'previous\n');
    const run = await runCli(['export', '--out', path, '--methodology', join(workDirectory, 'absent.json')]);
    expect(run.code).toBe(3);
    expect(await readFile(path, 'utf8')).toBe('previous\n');
  });
});

describe('pipes', () => {
  it('exits 0 quietly when the reader closes the pipe early (rank | head)', async () => {
    const { spawn } = await import('node:child_process');
    const { binPath, repoRoot } = await import('./run-cli.js');
    const child = spawn(process.execPath, [binPath, 'export'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
