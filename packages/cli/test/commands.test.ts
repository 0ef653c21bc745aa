import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/command-table.js';
import {
  assertBuilt,
  type LibraryValues,
  libraryValues,
  runCli,
  succeeded,
  temporaryDirectory,
} from './run-cli.js';

assertBuilt();

let library: LibraryValues;
let workDirectory: string;

beforeAll(async () => {
  [library, workDirectory] = await Promise.all([libraryValues(), temporaryDirectory('commands')]);
});

const titleOf = (code: string) => library.occupations.find((occupation) => occupation.code === code)!.title;
const resultOf = (code: string) => library.results.find((result) => result.code === code)!;
const lineItems = () => new Set(library.occupations.filter((o) => o.lineItem).map((o) => o.code));

describe('airesilience --version and --help', () => {
  it('prints the version of the package', async () => {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('runs through the committed launcher that npm links as the airesilience bin', async () => {
    const { spawnSync } = await import('node:child_process');
    const launcher = fileURLToPath(new URL('../bin/airesilience.js', import.meta.url));
    const run = spawnSync(process.execPath, [launcher, 'score', '29-2072', '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)[0].score).toBe(resultOf('29-2072').score);
  });

  it('lists every command in the main help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of Object.keys(COMMANDS))
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(run.stdout).toContain('Exit status: 0 success, 2 bad input or arguments, 3 data or I/O failure');
  });

  it.each(Object.keys(COMMANDS))('has help with usage and an example for %s', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: airesilience ${command}`);
    expect(run.stdout).toMatch(/^Examples?:$/m);
    const viaHelp = await runCli(['help', command]);
    expect(viaHelp.stdout).toBe(run.stdout);
  });
});

describe('airesilience report', () => {
  it('prints the text report of 29-2072 with the score the library computes', async () => {
    const expected = resultOf('29-2072');
    const run = await runCli(['report', '29-2072']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(titleOf('29-2072'));
    expect(run.stdout).toContain(`${expected.scorePercent.toFixed(1)} %`);
    expect(run.stdout).toContain(expected.tier);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('writes Markdown, HTML and JSON', async () => {
    const [markdown, html, json, jsonShort] = await Promise.all([
      runCli(['report', '29-2072', '--format', 'md']),
      runCli(['report', '29-2072', '-f', 'html']),
      runCli(['report', '29-2072', '--format', 'json']),
      runCli(['report', '29-2072', '--json']),
    ]);
    expect(markdown.stdout.startsWith(`# ${titleOf('29-2072')}`)).toBe(true);
    expect(html.stdout.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.result.code).toBe('29-2072');
    expect(parsed.result.score).toBe(resultOf('29-2072').score);
    expect(parsed.profile.tasks.length).toBeGreaterThan(0);
    expect(jsonShort.stdout).toBe(json.stdout);
  });

  it('writes to --out atomically and says so on standard error', async () => {
    const path = join(workDirectory, 'report.md');
    const [toFile, toStdout] = await Promise.all([
      runCli(['report', '29-2072', '--format', 'md', '--out', path]),
      runCli(['report', '29-2072', '--format', 'md']),
    ]);
    expect(toFile).toMatchObject({ code: 0, stdout: '' });
    expect(toFile.stderr).toBe(`wrote ${path}\n`);
    expect(await readFile(path, 'utf8')).toBe(toStdout.stdout);
  });

  it('honours --draws and --seed', async () => {
    const [a, b, c] = await Promise.all([
      runCli(['report', '29-2072', '--json', '--draws', '200', '--seed', '7']),
      runCli(['report', '29-2072', '--json', '--draws', '200', '--seed', '7']),
      runCli(['report', '29-2072', '--json', '--draws', '200', '--seed', '8']),
    ]);
    const interval = (text: string) => JSON.parse(text).result.uncertainty.monteCarlo;
    expect(interval(a.stdout)).toEqual(interval(b.stdout));
    expect(interval(a.stdout)).not.toEqual(interval(c.stdout));
    expect(interval(a.stdout).draws).toBe(200);
  });
});

describe('airesilience score', () => {
  it('prints one line per occupation', async () => {
    const run = await runCli(['score', '29-2072', '15-1252']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const code of ['29-2072', '15-1252']) {
      const result = resultOf(code);
      const row = lines.find((line) => line.startsWith(code))!;
      expect(row).toContain(titleOf(code));
      expect(row).toContain(`${result.scorePercent.toFixed(1)}%`);
      expect(row).toContain(result.tier);
      expect(row).toContain(result.confidence);
    }
  });

  it('prints machine-stable JSON with --json', async () => {
    const run = await runCli(['score', '29-2072', '15-1252', '--json']);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(parsed.map((entry) => entry.code)).toEqual(['29-2072', '15-1252']);
    expect(Object.keys(parsed[0]!)).toEqual([
      'code',
      'title',
      'score',
      'scorePercent',
      'tier',
      'dimensions',
      'confidence',
      'missingSources',
    ]);
    expect(parsed[0]!.score).toBe(resultOf('29-2072').score);
    const again = await runCli(['score', '29-2072', '15-1252', '--json']);
    expect(again.stdout).toBe(run.stdout);
  });

  it('scores an O*NET-SOC code', async () => {
    const run = await runCli(['score', '29-2072.00', '--json']);
    expect(JSON.parse(succeeded(run))[0].code).toBe('29-2072.00');
  });
});

describe('airesilience rank', () => {
  it('ranks the BLS occupations, most resilient first', async () => {
    const run = await runCli(['rank', '--json']);
    expect(run.code).toBe(0);
    const ranked = JSON.parse(run.stdout) as { rank: number; code: string; score: number }[];
    const expected = library.results.filter((result) => lineItems().has(result.code));
    expect(ranked).toHaveLength(expected.length);
    expect(ranked[0]!.rank).toBe(1);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });

  it('shows the top N as a table, and by a dimension', async () => {
    const [top, byDemand] = await Promise.all([
      runCli(['rank', '--top', '5']),
      runCli(['rank', '--by', 'lte', '--top', '3', '--json']),
    ]);
    expect(top.stdout.trimEnd().split('\n')).toHaveLength(7);
    const rows = JSON.parse(byDemand.stdout) as { dimensions: { lte: { score: number } } }[];
    expect(rows).toHaveLength(3);
    const best = Math.max(
      ...library.results
        .filter((result) => lineItems().has(result.code))
        .map((result) => result.dimensions.lte ?? -1),
    );
    expect(rows[0]!.dimensions.lte.score).toBe(best);
  });

  it('writes CSV to --out', async () => {
    const path = join(workDirectory, 'rank.csv');
    const run = await runCli(['rank', '--format', 'csv', '--top', '10', '--out', path]);
    expect(run.code).toBe(0);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]!.startsWith('code,title,score')).toBe(true);
  });
});

describe('airesilience compare and explain', () => {
  it('compares occupations side by side', async () => {
    const run = await runCli(['compare', '29-2072', '15-1252']);
    expect(run.code).toBe(0);
    const header = run.stdout.split('\n')[0]!;
    expect(header).toContain('29-2072');
    expect(header).toContain('15-1252');
    for (const dimension of library.methodology.dimensions) expect(run.stdout).toContain(dimension.label);
    const json = await runCli(['compare', '29-2072', '15-1252', '--json']);
    expect(JSON.parse(json.stdout).map((entry: { code: string }) => entry.code)).toEqual([
      '29-2072',
      '15-1252',
    ]);
  });

  it('explains the arithmetic down to the score', async () => {
    const result = resultOf('29-2072');
    const run = await runCli(['explain', '29-2072']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`= ${result.score.toFixed(6)} → ${result.scorePercent.toFixed(1)}%`);
    for (const dimension of library.methodology.dimensions) {
      for (const source of dimension.sources) expect(run.stdout).toContain(source.label);
    }
    const json = JSON.parse((await runCli(['explain', '29-2072', '--json'])).stdout);
    expect(json.score).toBe(result.score);
  });
});

describe('airesilience methodology, sources and export', () => {
  it('shows the methodology, and its JSON validates', async () => {
    const text = await runCli(['methodology']);
    expect(text.stdout).toContain(library.methodology.label);
    const path = join(workDirectory, 'method.json');
    const json = await runCli(['methodology', 'show', '--json', '--out', path]);
    expect(json.code).toBe(0);
    expect(JSON.parse(await readFile(path, 'utf8')).id).toBe(library.methodology.id);
    const valid = await runCli(['methodology', 'validate', path]);
    expect(valid).toMatchObject({ code: 0, stderr: '' });
    expect(valid.stdout).toContain(`${path}: valid`);
    const validJson = JSON.parse((await runCli(['methodology', 'validate', path, '--json'])).stdout);
    expect(validJson).toMatchObject({ valid: true, id: library.methodology.id });
  });

  it('scores with --methodology FILE on every scoring command', async () => {
    // Other dimension weights: the score becomes the new weighted mean of the same dimension scores.
    const weights: Record<string, number> = { mhc: 0.2, lte: 0.6, seo: 0.2 };
    const custom = JSON.parse(JSON.stringify(library.methodology));
    custom.id = 'demand-first';
    custom.dimensions = custom.dimensions.map((dimension: { id: string }) => ({
      ...dimension,
      weight: weights[dimension.id],
    }));
    const path = join(workDirectory, 'demand-first.json');
    await writeFile(path, JSON.stringify(custom));
    const dimensions = resultOf('29-2072').dimensions;
    const expected = Object.entries(weights).reduce((sum, [id, weight]) => sum + weight * dimensions[id]!, 0);
    expect(expected).not.toBeCloseTo(resultOf('29-2072').score, 3);
    const score = await runCli(['score', '29-2072', '--json', '--methodology', path]);
    expect(JSON.parse(succeeded(score))[0].score).toBeCloseTo(expected, 12);
    const runs = await Promise.all([
      runCli(['report', '29-2072', '--json', '-m', path]),
      runCli(['explain', '29-2072', '--json', '-m', path]),
      runCli(['compare', '29-2072', '15-1252', '--json', '-m', path]),
      runCli(['rank', '--top', '1', '--json', '-m', path]),
      runCli(['export', '--json', '-m', path]),
      runCli(['methodology', 'show', '--json', '-m', path]),
    ]);
    const [report, explain, compare, rank, exported, shown] = runs.map((run) => JSON.parse(succeeded(run)));
    expect(report.result.score).toBeCloseTo(expected, 12);
    expect(explain.score).toBeCloseTo(expected, 12);
    expect(compare[0].score).toBeCloseTo(expected, 12);
    expect(rank[0].rank).toBe(1);
    expect(exported.methodology.id).toBe('demand-first');
    expect(exported.occupations.find((row: { code: string }) => row.code === '29-2072').score).toBeCloseTo(
      expected,
      12,
    );
    expect(shown.id).toBe('demand-first');
  });

  it('lists every source of the dataset', async () => {
    const [text, json] = await Promise.all([runCli(['sources']), runCli(['sources', '--json'])]);
    expect(text.code).toBe(0);
    const ids = library.sourceIds;
    for (const id of ids) expect(text.stdout).toContain(`[${id}]`);
    const rows = JSON.parse(json.stdout) as { id: string; lineItems: number }[];
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(rows[0]!.lineItems).toBe(lineItems().size);
  });

  it('exports CSV and JSON byte-identically from run to run', async () => {
    const [csv1, csv2, json1, json2] = await Promise.all([
      runCli(['export']),
      runCli(['export', '--format', 'csv']),
      runCli(['export', '--format', 'json']),
      runCli(['export', '--json']),
    ]);
    expect(csv1.code).toBe(0);
    expect(csv1.stdout).toBe(csv2.stdout);
    expect(json1.stdout).toBe(json2.stdout);
    expect(csv1.stdout.trimEnd().split('\n')).toHaveLength(library.results.length + 1);
    // export writes the score table; the library's formatCsv of scoreAll's results gives the same bytes
    expect(csv1.stdout).toBe(library.csv);
    const parsed = JSON.parse(json1.stdout);
    expect(parsed.occupations).toHaveLength(library.results.length);
    expect(parsed.occupations[0].score).toBe(library.results[0]!.score);
  });

  it('writes the export to --out with the same bytes as standard output', async () => {
    const path = join(workDirectory, 'scores.csv');
    const [toFile, toStdout] = await Promise.all([runCli(['export', '--out', path]), runCli(['export'])]);
    expect(toFile.code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(toStdout.stdout);
  });
});
