import { describe, expect, it } from 'vitest';
import { datasetFromTable } from './__fixtures__/build-dataset.js';
import { AiResilienceError } from './ai-resilience-error.js';
import { DEFAULT_METHODOLOGY, EXTENDED_EVIDENCE_METHODOLOGY } from './default-methodology.js';
import { MethodologyError } from './methodology-error.js';
import { parseMethodology } from './parse-methodology.js';
import { scoreOccupation } from './score.js';
import { scoreFromPercentiles } from './score-from-percentiles.js';
import { validateMethodologyAgainstDataset } from './validate-methodology-against-dataset.js';

const HALF_MHC = {
  'ai-resilience-model': 0.5,
  'anthropic-observed-exposure': 0.5,
  'microsoft-ai-applicability': 0.5,
  'will-robots-take-my-job': 0.5,
};

describe('scoreFromPercentiles', () => {
  it('combines known percentiles with the scoring rules', () => {
    const combined = scoreFromPercentiles({
      ...HALF_MHC,
      'bls-annual-openings': 0.9,
      'bls-employment-change': 0.9,
      'wage-bill': 0.2,
    });
    expect(combined.score).toBeCloseTo(0.4 * 0.5 + 0.3 * 0.9 + 0.3 * 0.2, 15);
    expect(combined.scorePercent).toBe(53);
    expect(combined.tier.name).toBe('Mostly Resilient');
    expect(combined.missingSources).toEqual(['adaptive-capacity']);
    expect(combined.dimensions.map((dimension) => dimension.level)).toEqual(['Med', 'High', 'Low']);
    expect(combined.sources.find((source) => source.sourceId === 'wage-bill')?.effectiveWeight).toBe(1);
    expect(combined.confidence).toMatchObject({ sourcesWithData: 6, dispersion: 0, level: 'High' });
  });

  it('agrees with scoreOccupation on the same occupation', () => {
    const dataset = datasetFromTable({
      '11-1011': { 'ai-resilience-model': 3, 'anthropic-observed-exposure': 0.2, 'wage-bill': 1 },
      '11-1021': { 'ai-resilience-model': 1, 'anthropic-observed-exposure': 0.1, 'wage-bill': 2 },
      '11-2011': { 'ai-resilience-model': 2, 'anthropic-observed-exposure': 0.3, 'bls-annual-openings': 4 },
    });
    const result = scoreOccupation(dataset, '11-1011');
    const percentiles = Object.fromEntries(
      result.dimensions.flatMap((dimension) =>
        dimension.sources.map((source) => [source.sourceId, source.percentile]),
      ),
    );
    const combined = scoreFromPercentiles(percentiles);
    expect(combined.score).toBe(result.score);
    expect(combined.tier).toEqual(result.tier);
    expect(combined.confidence).toEqual(result.confidence);
    expect(combined.missingSources).toEqual(result.missingSources);
  });

  it('leaves levels null under a tercile rule', () => {
    const terciles = parseMethodology({
      ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)),
      levels: { kind: 'terciles' },
    });
    expect(scoreFromPercentiles(HALF_MHC, terciles).dimensions.map((dimension) => dimension.level)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('rejects unknown sources, out-of-range percentiles and empty input', () => {
    expect(() => scoreFromPercentiles({ aioe: 0.5 })).toThrow(
      'scoreFromPercentiles: "aioe" is not a source of methodology ai-resilience-report-1.5',
    );
    expect(() => scoreFromPercentiles({ aioe: 0.5 }, EXTENDED_EVIDENCE_METHODOLOGY)).not.toThrow();
    expect(() => scoreFromPercentiles({ 'wage-bill': 1.5 })).toThrow(
      'the percentile of wage-bill must be a number in [0, 1], got 1.5',
    );
    expect(() => scoreFromPercentiles({ 'wage-bill': Number.NaN })).toThrow(AiResilienceError);
    try {
      scoreFromPercentiles({ 'wage-bill': null });
      expect.unreachable();
    } catch (error) {
      expect((error as AiResilienceError).code).toBe('NO_DATA');
    }
  });
});

describe('validateMethodologyAgainstDataset', () => {
  it('lists every source the dataset lacks', () => {
    const dataset = datasetFromTable({ '11-1011': { 'wage-bill': 1 } });
    expect(() => validateMethodologyAgainstDataset(DEFAULT_METHODOLOGY, dataset)).not.toThrow();
    try {
      validateMethodologyAgainstDataset(EXTENDED_EVIDENCE_METHODOLOGY, dataset);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MethodologyError);
      expect((error as MethodologyError).issues.map((issue) => issue.path)).toEqual([
        'dimensions[0].sources[4].id',
        'dimensions[0].sources[5].id',
      ]);
      expect((error as MethodologyError).issues[1]!.message).toBe(
        'source "aioe" is not in the dataset (it has: adaptive-capacity, ai-resilience-model, anthropic-observed-exposure, bls-annual-openings, bls-employment-change, microsoft-ai-applicability, wage-bill, will-robots-take-my-job)',
      );
    }
  });
});
