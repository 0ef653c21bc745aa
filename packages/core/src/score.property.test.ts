import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from './__fixtures__/build-dataset.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import type { Methodology } from './methodology.js';
import { defineMethodology, parseMethodology } from './parse-methodology.js';
import { scoreAll } from './score.js';
import type { ScoreResult } from './score-result.js';

const SOURCES = DEFAULT_METHODOLOGY.dimensions.flatMap((dimension) => dimension.sources);
type Table = Record<string, Partial<Record<string, number>>>;

/** 1–10 occupations, each source present or missing, small integer values so that ties are common. */
const tableArbitrary: fc.Arbitrary<Table> = fc
  .array(
    fc.record(
      Object.fromEntries(
        SOURCES.map((source) => [
          source.id,
          fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined, freq: 4 }),
        ]),
      ),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((rows) => {
    const table: Table = {};
    rows.forEach((row, index) => {
      const values: Partial<Record<string, number>> = {};
      for (const [id, value] of Object.entries(row)) if (value !== undefined) values[id] = value;
      table[`21-10${10 + index}`] = values;
    });
    return table;
  });

const tiesArbitrary = fc.constantFrom<Methodology>(
  DEFAULT_METHODOLOGY,
  parseMethodology({ ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)), ties: 'strict' }),
);

const byCode = (results: ScoreResult[]) => new Map(results.map((result) => [result.code, result]));
const allSources = (result: ScoreResult) => result.dimensions.flatMap((dimension) => dimension.sources);

describe('scoring invariants (property tests)', () => {
  it('keeps every score, dimension score and percentile in [0, 1], and the tier consistent with the percent', () => {
    fc.assert(
      fc.property(tableArbitrary, tiesArbitrary, (table, methodology) => {
        for (const result of scoreAll(datasetFromTable(table, methodology), methodology).results) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.scorePercent).toBe(Math.floor(1000 * result.score + 0.5) / 10);
          for (const dimension of result.dimensions) {
            if (dimension.score !== null) expect(dimension.score).toBeGreaterThanOrEqual(0);
            if (dimension.score !== null) expect(dimension.score).toBeLessThanOrEqual(1 + 1e-15);
          }
          for (const source of allSources(result)) {
            if (source.percentile !== null) expect(source.percentile).toBeGreaterThanOrEqual(0);
            if (source.percentile !== null) expect(source.percentile).toBeLessThanOrEqual(1);
          }
          // average ties give every member at least 1/(2N); strict ties give 0 to the lowest
          if (methodology.ties === 'average') expect(result.comparison.scorePercentile).toBeGreaterThan(0);
          else expect(result.comparison.scorePercentile).toBeGreaterThanOrEqual(0);
          expect(result.comparison.scorePercentile).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('makes the contributions add up to the score and the effective weights to 1', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        for (const result of scoreAll(datasetFromTable(table)).results) {
          let total = 0;
          let dimensionWeights = 0;
          for (const dimension of result.dimensions) {
            dimensionWeights += dimension.effectiveWeight;
            let sourceWeights = 0;
            for (const source of dimension.sources) {
              total += source.contribution;
              sourceWeights += source.effectiveWeight;
            }
            if (dimension.score !== null) expect(sourceWeights).toBeCloseTo(1, 14);
          }
          expect(dimensionWeights).toBeCloseTo(1, 14);
          // exact, unless the sum was clamped at 1 (a rounding excess of an ulp or two)
          if (result.score < 1) expect(total).toBe(result.score);
          else expect(total).toBeCloseTo(1, 14);
        }
      }),
    );
  });

  it('never lowers a score when one of its sources becomes less exposed', () => {
    fc.assert(
      fc.property(
        tableArbitrary,
        tiesArbitrary,
        fc.nat(),
        fc.constantFrom(...SOURCES),
        fc.integer({ min: 1, max: 4 }),
        (table, methodology, pick, source, step) => {
          const codes = Object.keys(table);
          const code = codes[pick % codes.length]!;
          const value = table[code]![source.id];
          fc.pre(value !== undefined);
          const improved: Table = {
            ...table,
            [code]: {
              ...table[code],
              [source.id]: source.direction === 'higher-is-more-exposed' ? value! - step : value! + step,
            },
          };
          const before = byCode(scoreAll(datasetFromTable(table, methodology), methodology).results).get(
            code,
          )!;
          const after = byCode(scoreAll(datasetFromTable(improved, methodology), methodology).results).get(
            code,
          )!;
          expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-12);
        },
      ),
    );
  });

  it('does not depend on the order of dimensions, sources, occupations or universe codes', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.nat(), (table, seed) => {
        const shuffle = <T>(items: readonly T[], salt: number): T[] =>
          items
            .map((item, index) => ({ item, key: (Math.imul(index + 1, 2654435761) ^ (seed + salt)) >>> 0 }))
            .sort((a, b) => a.key - b.key)
            .map((entry) => entry.item);
        const permuted = defineMethodology({
          ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)),
          id: 'permuted',
          dimensions: shuffle(DEFAULT_METHODOLOGY.dimensions, 1).map((dimension, d) => ({
            ...dimension,
            sources: shuffle(dimension.sources, d + 2),
          })),
        });
        const reversedTable: Table = Object.fromEntries(shuffle(Object.entries(table), 7));
        const original = byCode(scoreAll(datasetFromTable(table)).results);
        const reordered = byCode(scoreAll(datasetFromTable(reversedTable, permuted), permuted).results);
        expect([...reordered.keys()].sort()).toEqual([...original.keys()].sort());
        for (const [code, result] of original) {
          const other = reordered.get(code)!;
          expect(other.score).toBeCloseTo(result.score, 14);
          for (const dimension of result.dimensions) {
            const same = other.dimensions.find((entry) => entry.id === dimension.id)!;
            if (dimension.score === null) expect(same.score).toBeNull();
            else expect(same.score).toBeCloseTo(dimension.score, 14);
          }
          expect(other.confidence.level).toBe(result.confidence.level);
          expect([...other.missingSources].sort()).toEqual([...result.missingSources].sort());
        }
      }),
    );
  });

  it('gives the plain mean of the available percentiles when all weights are equal', () => {
    const flat = defineMethodology({
      id: 'flat',
      version: '1',
      label: 'Equal weights',
      dimensions: [
        {
          id: 'all',
          label: 'All',
          weight: 1,
          sources: SOURCES.map((source) => ({ ...source, weight: 1 / SOURCES.length })),
        },
      ],
      tiers: DEFAULT_METHODOLOGY.tiers,
      confidence: { agreementDimension: 'all' },
    });
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        for (const result of scoreAll(datasetFromTable(table, flat), flat).results) {
          const percentiles = allSources(result).flatMap((source) =>
            source.percentile === null ? [] : [source.percentile],
          );
          const mean = percentiles.reduce((sum, value) => sum + value, 0) / percentiles.length;
          expect(result.score).toBeCloseTo(mean, 14);
        }
      }),
    );
  });

  it('is deterministic: the same input gives deep-equal results, with the same Monte Carlo interval', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 0, max: 1000 }), (table, seed) => {
        const options = { uncertainty: { draws: 200, seed } };
        expect(scoreAll(datasetFromTable(table), DEFAULT_METHODOLOGY, options)).toEqual(
          scoreAll(datasetFromTable(table), DEFAULT_METHODOLOGY, options),
        );
      }),
      { numRuns: 30 },
    );
  });
});
