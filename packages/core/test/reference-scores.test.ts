// Differential test of methodology §2, §4 and §5 against the independent implementation's scores.csv
// (../shared/reference): from its per-source percentiles, recompute the dimension scores, the score, the
// tier, the levels, the confidence and the comparison, and compare every row to 1e-9. Lives outside src
// because it reads files (through @airesilience/test-utils), which core's browser-only tsconfig forbids.
import { readReferenceCsv } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { compareScore } from '../src/comparison.js';
import { DEFAULT_METHODOLOGY } from '../src/default-methodology.js';
import { scoreFromPercentiles } from '../src/score-from-percentiles.js';
import { medianSorted } from '../src/sorted-statistics.js';

/** Reference column of each source's percentile, and the short name the reference uses for it. */
const COLUMNS = [
  ['ai-resilience-model', 'arm_p', 'arm'],
  ['anthropic-observed-exposure', 'anthropic_r', 'anthropic'],
  ['microsoft-ai-applicability', 'microsoft_r', 'microsoft'],
  ['will-robots-take-my-job', 'wrtmj_r', 'wrtmj'],
  ['bls-annual-openings', 'openings_p', 'openings'],
  ['bls-employment-change', 'growth_p', 'growth'],
  ['wage-bill', 'wagebill_p', 'wagebill'],
  ['adaptive-capacity', 'adaptive_p', 'adaptive'],
] as const;
const SHORT = new Map<string, string>(COLUMNS.map(([id, , short]) => [id, short]));
const TOLERANCE = 1e-9;

const optional = (text: string | undefined): number | null =>
  text === undefined || text === '' ? null : Number(text);

describe('methodology §2, §4, §5 against the reference scores.csv', () => {
  const rows = readReferenceCsv('scores.csv');
  const combined = rows.map((row) =>
    scoreFromPercentiles(Object.fromEntries(COLUMNS.map(([id, column]) => [id, optional(row[column])]))),
  );

  it('has the 832 BLS line items', () => {
    expect(rows).toHaveLength(832);
  });

  it('recomputes the dimension scores and the score to 1e-9', () => {
    let largest = 0;
    let worst = '';
    rows.forEach((row, index) => {
      const result = combined[index]!;
      const pairs: [number | null, number | null][] = [
        ...result.dimensions.map((dimension): [number | null, number | null] => [
          dimension.score,
          optional(row[dimension.id]),
        ]),
        [result.score, optional(row.score)],
      ];
      for (const [ours, theirs] of pairs) {
        expect(ours === null).toBe(theirs === null);
        if (ours !== null && theirs !== null && Math.abs(ours - theirs) > largest) {
          largest = Math.abs(ours - theirs);
          worst = row.soc!;
        }
      }
    });
    expect(largest, `largest difference ${largest} at ${worst}`).toBeLessThanOrEqual(TOLERANCE);
  });

  it('gives every row the same rounded percent, tier and levels', () => {
    const mismatches: string[] = [];
    rows.forEach((row, index) => {
      const result = combined[index]!;
      const ours = [
        result.scorePercent,
        result.tier.name,
        ...result.dimensions.map((dimension) => dimension.level ?? ''),
      ];
      const theirs = [Number(row.score_pct1), row.tier, row.mhc_level, row.lte_level, row.seo_level];
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        mismatches.push(`${row.soc}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('gives every row the same coverage, missing sources, dispersion, confidence and most disagreeing source', () => {
    const mismatches: string[] = [];
    let largest = 0;
    rows.forEach((row, index) => {
      const { confidence, missingSources } = combined[index]!;
      const ours = [
        confidence.sourcesWithData,
        confidence.agreementSourcesWithData,
        missingSources.map((id) => SHORT.get(id)).join(';'),
        confidence.level,
        confidence.mostDisagreeing === null ? '' : SHORT.get(confidence.mostDisagreeing.sourceId),
      ];
      const theirs = [
        Number(row.n_sources),
        Number(row.m_mhc),
        row.missing,
        row.confidence,
        row.most_disagreeing,
      ];
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        mismatches.push(`${row.soc}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
      largest = Math.max(largest, Math.abs(confidence.dispersion - Number(row.dispersion)));
    });
    expect(mismatches).toEqual([]);
    expect(largest).toBeLessThanOrEqual(TOLERANCE);
  });

  it('gives every row the same score percentile and comparative phrase among the 832', () => {
    const universe = Float64Array.from(combined, (result) => result.score).sort();
    const median = medianSorted(universe);
    let largest = 0;
    const mismatches: string[] = [];
    rows.forEach((row, index) => {
      const result = combined[index]!;
      const comparison = compareScore(
        result.score,
        universe,
        median,
        result.confidence.sourcesWithData,
        DEFAULT_METHODOLOGY.comparison,
        DEFAULT_METHODOLOGY.ties,
      );
      largest = Math.max(largest, Math.abs(comparison.scorePercentile - Number(row.score_percentile)));
      if (comparison.phrase !== row.comparison)
        mismatches.push(`${row.soc}: ${comparison.phrase} ≠ ${row.comparison}`);
      expect(comparison.sentence).toBe(
        `${row.comparison} to AI impacts than most occupations, according to our analysis of ${row.n_sources} sources`,
      );
    });
    expect(mismatches).toEqual([]);
    expect(largest).toBeLessThanOrEqual(TOLERANCE);
    const referenceScores = Float64Array.from(rows, (row) => Number(row.score)).sort();
    expect(Math.abs(median - medianSorted(referenceScores))).toBeLessThanOrEqual(TOLERANCE);
  });
});
