import { DEFAULT_METHODOLOGY, type ScoreResult, scoreAll } from '@airesilience/core';
import { dataDir, hasMirror, readReferenceCsv } from '@airesilience/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDataset, buildDataset } from './build-dataset.js';

// Differential test: the project's numbers against the independent implementation in ../shared/reference.
const COLUMNS: Record<string, { sourceId: string; percentile: string }> = {
  arm: { sourceId: 'ai-resilience-model', percentile: 'arm_p' },
  anthropic: { sourceId: 'anthropic-observed-exposure', percentile: 'anthropic_r' },
  microsoft: { sourceId: 'microsoft-ai-applicability', percentile: 'microsoft_r' },
  wrtmj: { sourceId: 'will-robots-take-my-job', percentile: 'wrtmj_r' },
  openings: { sourceId: 'bls-annual-openings', percentile: 'openings_p' },
  growth: { sourceId: 'bls-employment-change', percentile: 'growth_p' },
  wagebill: { sourceId: 'wage-bill', percentile: 'wagebill_p' },
  adaptive: { sourceId: 'adaptive-capacity', percentile: 'adaptive_p' },
};
const RAW: Record<string, string> = {
  arm: 'arm_raw',
  anthropic: 'anthropic_raw',
  microsoft: 'microsoft_raw',
  wrtmj: 'wrtmj_raw',
  openings: 'openings_raw',
  growth: 'growth_raw',
  wagebill: 'wagebill_raw',
  adaptive: 'adaptive_raw',
};

const number = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

describe.runIf(hasMirror)('the dataset and scores against the reference implementation', () => {
  let built: BuiltDataset;
  let byCode: Map<string, ScoreResult>;
  const reference = hasMirror ? readReferenceCsv('scores.csv') : [];

  beforeAll(async () => {
    built = await buildDataset({ dataDir });
    const all = scoreAll(built.dataset, DEFAULT_METHODOLOGY);
    byCode = new Map(all.results.map((result) => [result.code, result]));
  });

  it('has the 832 line items and every O*NET 30.3 code', () => {
    expect(built.dataset.occupations.filter((occupation) => occupation.lineItem)).toHaveLength(832);
    expect(built.dataset.occupations.filter((occupation) => occupation.kind === 'onet-soc')).toHaveLength(
      1016,
    );
    expect(reference).toHaveLength(832);
  });

  it('gives every source the same raw value and percentile (to 1e-9)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const row of reference) {
      const result = byCode.get(row.soc!);
      const sources = new Map(
        result?.dimensions.flatMap((dimension) => dimension.sources).map((s) => [s.sourceId, s]),
      );
      for (const [key, { sourceId, percentile }] of Object.entries(COLUMNS)) {
        const source = sources.get(sourceId);
        const expectedRaw = number(row[RAW[key]!]);
        const expectedPercentile = number(row[percentile]);
        compared++;
        if (expectedPercentile === null) {
          if (source && !source.missing)
            mismatches.push(`${row.soc} ${key}: expected missing, got ${source.percentile}`);
          continue;
        }
        if (!source || source.percentile === null) {
          mismatches.push(`${row.soc} ${key}: expected ${expectedPercentile}, got missing`);
          continue;
        }
        if (Math.abs(source.percentile - expectedPercentile) > 1e-9) {
          mismatches.push(`${row.soc} ${key}: percentile ${source.percentile} vs ${expectedPercentile}`);
        }
        if (expectedRaw !== null && Math.abs((source.raw ?? Number.NaN) - expectedRaw) > 1e-9) {
          mismatches.push(`${row.soc} ${key}: raw ${source.raw} vs ${expectedRaw}`);
        }
      }
    }
    expect(compared).toBe(832 * 8);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('gives the same dimensions, score, tier, levels, comparison and confidence', () => {
    const mismatches: string[] = [];
    for (const row of reference) {
      const result = byCode.get(row.soc!);
      if (!result) {
        mismatches.push(`${row.soc}: not scored`);
        continue;
      }
      const dimension = (id: string) => result.dimensions.find((entry) => entry.id === id);
      for (const id of ['mhc', 'lte', 'seo']) {
        const expected = number(row[id]);
        const actual = dimension(id)?.score ?? null;
        if (
          (expected === null) !== (actual === null) ||
          (expected !== null && Math.abs(actual! - expected) > 1e-9)
        ) {
          mismatches.push(`${row.soc} ${id}: ${actual} vs ${expected}`);
        }
        if ((dimension(id)?.level ?? '') !== row[`${id}_level`]) {
          mismatches.push(`${row.soc} ${id} level: ${dimension(id)?.level} vs ${row[`${id}_level`]}`);
        }
      }
      if (Math.abs(result.score - Number(row.score)) > 1e-9)
        mismatches.push(`${row.soc} score ${result.score} vs ${row.score}`);
      if (result.scorePercent !== Number(row.score_pct1))
        mismatches.push(`${row.soc} pct ${result.scorePercent} vs ${row.score_pct1}`);
      if (result.tier.name !== row.tier)
        mismatches.push(`${row.soc} tier ${result.tier.name} vs ${row.tier}`);
      if (Math.abs(result.comparison.scorePercentile - Number(row.score_percentile)) > 1e-9) {
        mismatches.push(
          `${row.soc} score percentile ${result.comparison.scorePercentile} vs ${row.score_percentile}`,
        );
      }
      if (result.comparison.phrase !== row.comparison)
        mismatches.push(`${row.soc} phrase ${result.comparison.phrase} vs ${row.comparison}`);
      if (result.confidence.level !== row.confidence) {
        mismatches.push(`${row.soc} confidence ${result.confidence.level} vs ${row.confidence}`);
      }
      if (Math.abs(result.confidence.dispersion - Number(row.dispersion)) > 1e-9) {
        mismatches.push(`${row.soc} dispersion ${result.confidence.dispersion} vs ${row.dispersion}`);
      }
      if (result.confidence.sourcesWithData !== Number(row.n_sources)) {
        mismatches.push(`${row.soc} n ${result.confidence.sourcesWithData} vs ${row.n_sources}`);
      }
    }
    expect(mismatches.slice(0, 30)).toEqual([]);
  });

  it('reads the facts of 29-2072 from the files (methodology §8)', () => {
    expect(built.facts['29-2072']).toMatchObject({
      employment2024: 194.8,
      employment2034: 208.6,
      employmentChangePercent: 7.1,
      annualOpenings: 14.2,
      medianWage: 50250,
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
    });
    expect(built.tasks['29-2072.00']).toHaveLength(17);
  });
});
