import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, datasetFromTable } from './__fixtures__/build-dataset.js';
import { AiResilienceError } from './ai-resilience-error.js';
import type { Dataset } from './dataset.js';
import { DatasetError } from './dataset-error.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import type { Methodology } from './methodology.js';
import { parseMethodology } from './parse-methodology.js';
import { scoreAll, scoreOccupation } from './score.js';
import type { ScoreResult } from './score-result.js';
import { scoreTable } from './score-table.js';

// NaN and Infinity at the scoring boundary: a dataset whose universe holds a value that is not a finite
// number is refused with a DatasetError naming the source and the code; any dataset of finite numbers,
// however extreme, gives finite scores. No score, percentile or contribution is ever NaN.

// FUZZ_RUNS scales every property (default 1), as in the sources fuzz tests.
const SCALE = Math.max(
  1,
  Number(
    (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FUZZ_RUNS ?? 1,
  ),
);
const SOURCES = DEFAULT_METHODOLOGY.dimensions.flatMap((dimension) => dimension.sources);
const FIRST = SOURCES[0]!.id;
const EMPLOYMENT_WEIGHTED: Methodology = parseMethodology({
  ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)),
  weighting: 'employment',
});

/** Three occupations with a value for every default source. */
function completeTable(): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  ['29-2072', '11-1011', '15-1252'].forEach((code, row) => {
    table[code] = Object.fromEntries(SOURCES.map((source, s) => [source.id, (row + 1) * (s + 1)]));
  });
  return table;
}

/** The numbers of a result that must be finite whenever they are not null. */
function numbersOf(result: ScoreResult): (number | null)[] {
  return [
    result.score,
    result.scorePercent,
    result.comparison.scorePercentile,
    ...result.dimensions.flatMap((dimension) => [
      dimension.score,
      dimension.effectiveWeight,
      dimension.contribution,
      ...dimension.sources.flatMap((source) => [
        source.raw,
        source.percentile,
        source.effectiveWeight,
        source.contribution,
      ]),
    ]),
  ];
}

function expectFinite(result: ScoreResult): void {
  const bad = numbersOf(result).filter((value) => value !== null && !Number.isFinite(value));
  expect(bad, result.code).toEqual([]);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(1);
}

function withUniverseValue(dataset: Dataset, sourceId: string, index: number, value: unknown): Dataset {
  const copy = JSON.parse(JSON.stringify(dataset)) as Dataset;
  (copy.sources[sourceId]!.universe.values as unknown[])[index] = value;
  return copy;
}

describe('non-finite values at the dataset boundary', () => {
  const dataset = datasetFromTable(completeTable());

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '0.5'],
    ['null', null],
  ])(
    'refuses a universe value of %s, naming the source and the code (scoreOccupation and scoreAll)',
    (_, value) => {
      const broken = withUniverseValue(dataset, FIRST, 1, value);
      for (const run of [() => scoreOccupation(broken, '29-2072'), () => scoreAll(broken)]) {
        let caught: unknown;
        try {
          run();
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(DatasetError);
        expect(AiResilienceError.isInstance(caught)).toBe(true);
        expect((caught as DatasetError).source).toBe(FIRST);
        expect((caught as Error).message).toContain(`universe value of "11-1011" must be a finite number`);
      }
    },
  );

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative weight', -1],
  ])('refuses an employment weight of %s', (_, weight) => {
    const weighted = JSON.parse(JSON.stringify(dataset)) as Dataset;
    for (const source of Object.values(weighted.sources))
      source.universe.weights = source.universe.codes.map(() => 1);
    weighted.sources[FIRST]!.universe.weights![0] = weight;
    expect(() => scoreAll(weighted, EMPLOYMENT_WEIGHTED)).toThrow(DatasetError);
    expect(() => scoreAll(weighted, EMPLOYMENT_WEIGHTED)).toThrow(
      /universe weight of "29-2072" must be a finite number ≥ 0/,
    );
  });

  it('scores finite extremes (±1.7e308, denormals, -0) to finite scores', () => {
    const table = completeTable();
    table['29-2072']![FIRST] = Number.MAX_VALUE;
    table['11-1011']![FIRST] = -Number.MAX_VALUE;
    table['15-1252']![FIRST] = Number.MIN_VALUE;
    const second = SOURCES[1]!.id;
    table['29-2072']![second] = -0;
    table['11-1011']![second] = 0;
    const { results } = scoreAll(datasetFromTable(table));
    expect(results).toHaveLength(3);
    for (const result of results) expectFinite(result);
  });

  it('refuses employment weights whose sum overflows to Infinity (was: NaN percentiles, every occupation excluded)', () => {
    const weighted = datasetFromTable(completeTable());
    for (const source of Object.values(weighted.sources)) {
      source.universe.weights = source.universe.codes.map(() => Number.MAX_VALUE);
    }
    expect(() => scoreAll(weighted, EMPLOYMENT_WEIGHTED)).toThrow(DatasetError);
    expect(() => scoreAll(weighted, EMPLOYMENT_WEIGHTED)).toThrow(
      /universe.weights must have a positive sum of at most 8\.988465674311579e\+307, got Infinity/,
    );
  });

  it('scores large employment weights whose sum stays finite', () => {
    const weighted = datasetFromTable(completeTable());
    for (const source of Object.values(weighted.sources)) {
      source.universe.weights = source.universe.codes.map(() => 1e300);
    }
    const { results, excluded } = scoreAll(weighted, EMPLOYMENT_WEIGHTED);
    expect(excluded).toEqual([]);
    expect(results).toHaveLength(3);
    for (const result of results) {
      expectFinite(result);
      expect(result.missingSources).toEqual([]);
    }
  });
});

describe('finite datasets always give finite scores (property)', () => {
  const extreme = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 0, 1e-320),
    fc.integer({ min: -3, max: 3 }),
  );
  const tableArbitrary = fc
    .array(
      fc.record(
        Object.fromEntries(SOURCES.map((source) => [source.id, fc.option(extreme, { nil: undefined })])),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((rows) => {
      const table: Record<string, Partial<Record<string, number>>> = {};
      rows.forEach((row, index) => {
        const values: Partial<Record<string, number>> = {};
        for (const [id, value] of Object.entries(row)) if (value !== undefined) values[id] = value;
        table[`21-10${10 + index}`] = values;
      });
      return table;
    });

  it('scoreAll: every score, percentile and contribution is finite, or the occupation is excluded for no data', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const { results, excluded } = scoreAll(datasetFromTable(table));
        expect(results.length + excluded.length).toBe(Object.keys(table).length);
        for (const result of results) expectFinite(result);
      }),
      { numRuns: 500 * SCALE, seed: 20_260_611 },
    );
  });

  it('scoreTable: the numbers of scoreAll, to the bit, for any finite dataset', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const dataset = datasetFromTable(table);
        const all = scoreAll(dataset);
        const scored = scoreTable(dataset);
        expect(scored.codes).toEqual(all.results.map((result) => result.code));
        expect(scored.excluded).toEqual(all.excluded);
        const nanForNull = (value: number | null) => (value === null ? Number.NaN : value);
        all.results.forEach((result, i) => {
          expect([scored.scores[i], scored.tiers[i], scored.confidence[i]]).toEqual([
            result.score,
            result.tier.name,
            result.confidence.level,
          ]);
          expect(scored.scorePercentiles[i]).toBe(result.comparison.scorePercentile);
          result.dimensions.forEach((dimension, d) => {
            expect(scored.dimensions[d]!.scores[i]).toBe(nanForNull(dimension.score));
            expect(scored.dimensions[d]!.levels[i]).toBe(dimension.level);
          });
          result.dimensions
            .flatMap((dimension) => dimension.sources)
            .forEach((source, s) => {
              expect(scored.sources[s]!.raws[i]).toBe(nanForNull(source.raw));
              expect(scored.sources[s]!.percentiles[i]).toBe(nanForNull(source.percentile));
              expect(scored.sources[s]!.contributions[i]).toBe(source.contribution);
            });
        });
      }),
      { numRuns: 200 * SCALE, seed: 20_261_127 },
    );
  });

  it('employment weighting: any finite weights ≥ 0 with a positive sum give finite scores or a typed error', () => {
    const weightArbitrary = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, Number.MIN_VALUE, 1e300, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), weightArbitrary), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const codes = rows.map((_, index) => `21-10${10 + index}`);
          const dataset = buildDataset({
            occupations: codes,
            sources: Object.fromEntries(
              SOURCES.map((source) => [
                source.id,
                {
                  direction: source.direction,
                  values: Object.fromEntries(codes.map((code, i) => [code, rows[i]![0]])),
                  weights: Object.fromEntries(codes.map((code, i) => [code, rows[i]![1]])),
                },
              ]),
            ),
          });
          try {
            const { results, excluded } = scoreAll(dataset, EMPLOYMENT_WEIGHTED);
            // Every occupation has a value for every source: none may drop out as "no data".
            expect(excluded).toEqual([]);
            for (const result of results) {
              expectFinite(result);
              expect(result.missingSources).toEqual([]);
            }
          } catch (error) {
            expect(AiResilienceError.isInstance(error), String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 300 * SCALE, seed: 20_260_611 },
    );
  });
});
