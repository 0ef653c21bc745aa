import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_METHODOLOGY } from '@airesilience/core';
import { readCsvRows } from '@airesilience/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, errorLine, runCli, succeeded, temporaryDirectory } from './run-cli.js';

// What the CLI writes from a user's methodology file: hostile tier names and labels must not become
// spreadsheet formulas in the CSV it writes (rank, export) nor markup in the HTML report, and a
// methodology file with __proto__/constructor keys is refused with exit status 2 and one error line.

assertBuilt();

/** Custom tier names a spreadsheet would run as formulas, and one that is HTML. */
const HOSTILE_TIERS = [
  '=HYPERLINK("https://evil.example","Resilient")',
  "+cmd|' /C calc'!A0",
  '-2+3 tier',
  '@SUM(A1:A2)',
  '\t=1+1 tab',
  '<script>alert(1)</script>',
];

let directory: string;
let hostileMethodology: string;

beforeAll(async () => {
  directory = await temporaryDirectory('output-safety');
  const json = JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)) as {
    id: string;
    label: string;
    tiers: { name: string }[];
    dimensions: { label: string }[];
  };
  json.id = 'hostile';
  json.label = '=1+1 <b>label</b>';
  json.tiers.forEach((tier, index) => {
    tier.name = HOSTILE_TIERS[index]!;
  });
  for (const dimension of json.dimensions)
    dimension.label = `=${dimension.label} <img src=x onerror=alert(1)>`;
  hostileMethodology = join(directory, 'hostile.json');
  await writeFile(hostileMethodology, JSON.stringify(json));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const isFormulaCell = (cell: string) =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell);

describe('CSV the CLI writes, with a hostile methodology', () => {
  it.each([
    ['rank --format csv', ['rank', '--format', 'csv']],
    ['export --format csv', ['export', '--format', 'csv']],
  ])(
    '%s: no formula cell, and the tier names kept after the apostrophe',
    async (_, args) => {
      const out = join(directory, `${args[0]}.csv`);
      succeeded(await runCli([...args, '--methodology', hostileMethodology, '--out', out]));
      const rows = readCsvRows(await readFile(out, 'utf8'), out);
      expect(rows.length).toBeGreaterThan(800);
      const tierColumn = rows[0]!.indexOf('tier');
      expect(tierColumn).toBeGreaterThanOrEqual(0);
      for (const row of rows)
        for (const cell of row) expect(isFormulaCell(cell), JSON.stringify(cell)).toBe(false);
      const tiers = new Set(rows.slice(1).map((row) => row[tierColumn]!.replace(/^'(?=[=+\-@\t\r])/, '')));
      expect([...tiers].every((tier) => HOSTILE_TIERS.includes(tier))).toBe(true);
      expect(tiers.size).toBeGreaterThanOrEqual(3);
    },
    60_000,
  );
});

describe('HTML the CLI writes, with a hostile methodology', () => {
  it('report --format html: the hostile labels and tier names are text, not markup', async () => {
    const out = join(directory, 'report.html');
    succeeded(
      await runCli([
        'report',
        '29-2072',
        '--format',
        'html',
        '--methodology',
        hostileMethodology,
        '--out',
        out,
      ]),
    );
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  }, 60_000);
});

describe('a methodology file that tries prototype pollution', () => {
  const base = () => JSON.stringify(DEFAULT_METHODOLOGY);
  it.each([
    ['__proto__ at the top level', () => `{"__proto__":{"polluted":true},${base().slice(1)}`],
    [
      'constructor.prototype in a dimension',
      () =>
        base().replace('"dimensions":[{', '"dimensions":[{"constructor":{"prototype":{"polluted":true}},'),
    ],
    [
      '__proto__ in the scenario',
      () => base().replace(/"scenario":\{[^}]*\}/, '"scenario":{"__proto__":{"x":1}}'),
    ],
  ])(
    '%s: exit 2, one error line naming the key',
    async (_, text) => {
      const file = join(directory, 'pollute.json');
      const content = text();
      expect(content).toMatch(/__proto__|constructor/);
      await writeFile(file, content);
      const run = await runCli(['score', '29-2072', '--methodology', file]);
      expect(run.code).toBe(2);
      expect(errorLine(run)).toMatch(/(__proto__|constructor)".? is not allowed/);
      expect(run.stdout).toBe('');
    },
    60_000,
  );
});
