import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_METHODOLOGY,
  MethodologyError,
  parseMethodology,
  SourceParseError,
  scoreAll,
  scoreOccupation,
} from '@airesilience/core';
import { loadDataset } from '@airesilience/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRankings } from '../src/compare-rankings.js';
import { localDemandSource, withSource } from '../src/local-demand-source.js';
import { parseLocalDemand } from '../src/parse-local-demand.js';

const run = promisify(execFile);
const exampleDirectory = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const readExampleFile = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');
const header = 'soc_code,title,openings_per_1000_jobs';
const file = { path: 'data/local-demand.csv', sha256: '0'.repeat(64) };

describe('parseLocalDemand', () => {
  it('reads the rows, skipping comments, with quoted titles', () => {
    const text = `# invented\n${header}\n29-2072,Medical records specialists,48\n43-3031,"Bookkeeping, accounting",14.5\n`;
    expect(parseLocalDemand(text, 'x.csv')).toEqual([
      { code: '29-2072', title: 'Medical records specialists', value: 48, row: 3 },
      { code: '43-3031', title: 'Bookkeeping, accounting', value: 14.5, row: 4 },
    ]);
  });

  it.each([
    [`${header}\n29-2072,x,n/a\n`, 2, 'openings_per_1000_jobs', /non-negative number, got "n\/a"/],
    [`${header}\n29-2072,x,-1\n`, 2, 'openings_per_1000_jobs', /non-negative number/],
    [`${header}\n29-2072,x,\n`, 2, 'openings_per_1000_jobs', /non-negative number, got ""/],
    [`${header}\n29-2072.00,x,3\n`, 2, 'soc_code', /SOC 2018 detailed code/],
    [`${header}\n29-2072,x,3\n29-2072,y,4\n`, 3, 'soc_code', /repeats 29-2072 \(first on row 2\)/],
    ['soc_code,title\n29-2072,x\n', 1, 'openings_per_1000_jobs', /missing column/],
  ])('rejects a bad file with its row and column (%#)', (text, row, column, reason) => {
    const error = (() => {
      try {
        parseLocalDemand(text, 'local.csv');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SourceParseError);
    expect(error).toMatchObject({ file: 'local.csv', row, column });
    expect((error as Error).message).toMatch(reason);
  });

  it('rejects a file with no data rows', () => {
    expect(() => parseLocalDemand(`# nothing\n${header}\n`, 'local.csv')).toThrow(/no data rows/);
    expect(() => parseLocalDemand('', 'local.csv')).toThrow(/is empty/);
  });

  it('parses the example file: a dozen SOC codes, all in the dataset', async () => {
    const records = parseLocalDemand(await readExampleFile('data/local-demand.csv'), 'local-demand.csv');
    const dataset = await loadDataset();
    const codes = new Set(dataset.occupations.map((occupation) => occupation.code));
    expect(records.length).toBe(12);
    expect(records.filter((record) => !codes.has(record.code))).toEqual([]);
  });
});

describe('the custom methodology on the extended dataset', () => {
  let dataset: Awaited<ReturnType<typeof loadDataset>>;
  let extended: typeof dataset;
  let methodology: ReturnType<typeof parseMethodology>;

  beforeAll(async () => {
    dataset = await loadDataset();
    const records = parseLocalDemand(await readExampleFile('data/local-demand.csv'), 'local-demand.csv');
    extended = withSource(dataset, localDemandSource(records, dataset, file));
    methodology = parseMethodology(JSON.parse(await readExampleFile('methodology.json')), {
      knownSourceIds: Object.keys(extended.sources),
    });
  });

  it('links SOC codes to themselves and O*NET-SOC codes to their parent, and leaves the rest out', () => {
    const links = extended.sources['local-demand']!.links;
    expect(links['29-2072']).toEqual(['29-2072']);
    expect(links['29-2072.00']).toEqual(['29-2072']);
    expect(links['29-1171']).toBeUndefined();
    expect(dataset.sources['local-demand']).toBeUndefined();
  });

  it('ranks the local source in its own universe of twelve codes', () => {
    const local = (code: string) =>
      scoreOccupation(extended, code, methodology)
        .dimensions.flatMap((dimension) => dimension.sources)
        .find((source) => source.sourceId === 'local-demand')!;
    expect(local('31-1131').percentile).toBe(1);
    expect(local('29-2072').percentile).toBeCloseTo(6 / 12, 12);
    expect(local('29-2072').raw).toBe(48);
    expect(local('29-1171').missing).toBe(true);
    expect(scoreOccupation(extended, '29-2072', methodology).tier.name).toMatch(
      /^(Strong outlook|Steady|Watch|Retraining priority)$/,
    );
  });

  it('is refused by parseMethodology when its weights no longer sum to one', async () => {
    const json = JSON.parse(await readExampleFile('methodology.json'));
    json.dimensions[1].weight = 0.6;
    expect(() => parseMethodology(json)).toThrow(MethodologyError);
    expect(() => parseMethodology(json)).toThrow(/dimension weights/);
  });

  it('is refused without its own source', async () => {
    const json = JSON.parse(await readExampleFile('methodology.json'));
    expect(() => parseMethodology(json, { knownSourceIds: Object.keys(dataset.sources) })).toThrow(
      /unknown source "local-demand"/,
    );
  });

  it('compareRankings: a run compared with itself does not move; ranks count the higher scores', () => {
    const baseline = scoreAll(dataset, DEFAULT_METHODOLOGY);
    const same = compareRankings(dataset, baseline, baseline);
    expect(same.spearman).toBeCloseTo(1, 12);
    expect(same.medianAbsoluteMove).toBe(0);
    expect(same.rows.length).toBe(baseline.scoredOccupations);
    const row = same.rows.find((entry) => entry.code === '29-2072')!;
    const higher = same.rows.filter((entry) => entry.baselineScore > row.baselineScore).length;
    expect(row.baselineRank).toBe(higher + 1);
  });

  it('the example prints both methodologies side by side and how the rankings move', async () => {
    const { stdout } = await run(tsx, ['src/index.ts'], {
      cwd: exampleDirectory,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const custom = scoreOccupation(extended, '29-2072', methodology);
    const comparison = compareRankings(dataset, scoreAll(dataset), scoreAll(extended, methodology));
    const row = comparison.rows.find((entry) => entry.code === '29-2072')!;

    expect(stdout).toContain('Riverbend Workforce Alliance local outlook (example)');
    expect(stdout).toContain('12 SOC codes from data/local-demand.csv');
    expect(stdout).toContain('EXAMPLE DATA');
    const line = stdout.split('\n').find((text) => text.startsWith('29-2072  '))!;
    expect(line).toMatch(/41\.4 %\s+Somewhat Resilient\s+\d+/);
    expect(line).toContain(`${custom.scorePercent.toFixed(1)} %  ${custom.tier.name}`);
    expect(line).toContain(`${row.baselineRank}`);
    expect(line).toContain(`${row.alternativeRank}`);
    const tableRows = stdout.split('\n').filter((text) => /^\d\d-\d{4} {2}/.test(text));
    expect(tableRows.length).toBe(12);
    expect(stdout).toContain(
      `Spearman rank correlation, Default vs Riverbend: ${comparison.spearman.toFixed(3)} (${comparison.rows.length} occupations)`,
    );
    expect(comparison.spearman).toBeLessThan(1);
    expect(stdout).toMatch(/Biggest risers under Riverbend/);
    expect(stdout).toMatch(/Biggest fallers under Riverbend/);
  });
});
