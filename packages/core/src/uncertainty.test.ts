import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from './__fixtures__/build-dataset.js';
import { AiResilienceError } from './ai-resilience-error.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { combineRow, createRowBuffers } from './methodology-layout.js';
import { SeededRandom } from './random.js';
import { scoreAll, scoreOccupation } from './score.js';
import { getScoringModel } from './scoring-model.js';
import { selectQuantiles } from './select-quantiles.js';
import { quantileSorted } from './sorted-statistics.js';
import { assignTier } from './tier.js';
import {
  computeUncertainty,
  modelWeightDraws,
  resolveUncertaintyOptions,
  scoreUncertainty,
  smallestScoreAbove,
} from './uncertainty.js';

const ARM = 'ai-resilience-model';
const ANTHROPIC = 'anthropic-observed-exposure';
const OPENINGS = 'bls-annual-openings';
const WAGE_BILL = 'wage-bill';

function smallDataset() {
  const rows: Record<string, Partial<Record<string, number>>> = {};
  for (let i = 0; i < 12; i++) {
    rows[`13-10${String(i + 10)}`] = {
      [ARM]: (i * 7) % 12,
      [ANTHROPIC]: (i * 5) % 12,
      'microsoft-ai-applicability': (i * 11) % 12,
      'will-robots-take-my-job': i,
      [OPENINGS]: (i * 3) % 12,
      'bls-employment-change': 12 - i,
      [WAGE_BILL]: i % 4,
      'adaptive-capacity': (i * 5) % 7,
    };
  }
  return datasetFromTable(rows);
}

describe('leave-one-out', () => {
  it('drops each source with data in turn and rescales as for a missing source', () => {
    // one occupation of two: percentiles ARM 1, Anthropic R = 1 − 1 = 0, openings 1, wage bill 1
    const dataset = datasetFromTable({
      '11-1011': { [ARM]: 2, [ANTHROPIC]: 0.5, [OPENINGS]: 9, [WAGE_BILL]: 3 },
      '11-1021': { [ARM]: 1, [ANTHROPIC]: 0.1, [OPENINGS]: 1, [WAGE_BILL]: 1 },
    });
    const uncertainty = scoreUncertainty(dataset, '11-1011', DEFAULT_METHODOLOGY, { draws: 200 });
    const result = scoreOccupation(dataset, '11-1011');
    expect(result.score).toBeCloseTo(0.4 * 0.5 + 0.3 + 0.3, 15);
    expect(result.tier.name).toBe('Resilient'); // 80.0 is not above 80
    expect(uncertainty.leaveOneOut.map((entry) => entry.sourceId)).toEqual([
      ARM,
      ANTHROPIC,
      OPENINGS,
      WAGE_BILL,
    ]);
    const scores = uncertainty.leaveOneOut.map((entry) => entry.score);
    expect(scores[0]).toBeCloseTo(0.4 * 0 + 0.6, 15); // without ARM, MHC = Anthropic alone
    expect(scores[1]).toBeCloseTo(1, 15); // without Anthropic, every source is at 1
    expect(scores[2]).toBeCloseTo((0.4 * 0.5 + 0.3) / 0.7, 15); // LTE drops out
    expect(scores[3]).toBeCloseTo((0.4 * 0.5 + 0.3) / 0.7, 15); // SEO drops out
    expect(uncertainty.leaveOneOut.map((entry) => entry.tier)).toEqual([
      'Mostly Resilient',
      'Highly Resilient',
      'Resilient',
      'Resilient',
    ]);
    expect(uncertainty.leaveOneOutRange[0]).toBeCloseTo(0.6, 15);
    expect(uncertainty.leaveOneOutRange[1]).toBeCloseTo(1, 15);
    expect(uncertainty.tierStable).toBe(false);
  });
});

describe('Monte Carlo', () => {
  const dataset = smallDataset();
  const code = '13-1015';

  it('gives the same interval for the same seed and another for another seed', () => {
    const first = scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, { seed: 42, draws: 2000 });
    const again = scoreUncertainty(smallDataset(), code, DEFAULT_METHODOLOGY, { seed: 42, draws: 2000 });
    const other = scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, { seed: 43, draws: 2000 });
    expect(again).toEqual(first);
    expect(other.monteCarlo.p05).not.toBe(first.monteCarlo.p05);
    expect(first.monteCarlo).toMatchObject({ draws: 2000, seed: 42, concentration: 50 });
  });

  it('brackets the score, and narrows as the concentration grows', () => {
    const { score } = scoreOccupation(dataset, code);
    const wide = scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, {
      concentration: 5,
      draws: 4000,
    }).monteCarlo;
    const narrow = scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, {
      concentration: 5000,
      draws: 4000,
    }).monteCarlo;
    expect(wide.p05).toBeLessThan(score);
    expect(wide.p95).toBeGreaterThan(score);
    expect(wide.p05).toBeLessThanOrEqual(wide.p50);
    expect(wide.p50).toBeLessThanOrEqual(wide.p95);
    expect(narrow.p95 - narrow.p05).toBeLessThan((wide.p95 - wide.p05) / 10);
    expect(Math.abs(narrow.p50 - score)).toBeLessThan(0.005);
  });

  it('counts the draws whose tier differs', () => {
    const results = scoreAll(dataset, DEFAULT_METHODOLOGY, {
      uncertainty: { draws: 3000, concentration: 3 },
    }).results;
    const rates = results.map((result) => result.uncertainty!.monteCarlo.tierChangeRate);
    expect(rates.every((rate) => rate >= 0 && rate <= 1)).toBe(true);
    expect(rates.some((rate) => rate > 0)).toBe(true);
    for (const result of results) {
      const { tierChangeRate } = result.uncertainty!.monteCarlo;
      const looChanged = result.uncertainty!.leaveOneOut.some((entry) => entry.tier !== result.tier.name);
      expect(result.uncertainty!.tierStable).toBe(!looChanged && tierChangeRate < 0.05);
    }
  });

  it('matches a plain recomputation of every draw with the scoring formula', () => {
    const model = getScoringModel(dataset, DEFAULT_METHODOLOGY);
    const draws = modelWeightDraws(
      model,
      resolveUncertaintyOptions({ draws: 400, seed: 5, concentration: 4 }),
    );
    const sourceCount = model.layout.sources.length;
    const dimensionCount = model.layout.dimensionWeights.length;
    const buffers = createRowBuffers(model.layout);
    for (let row = 0; row < model.occupations.length; row++) {
      const fast = computeUncertainty(model, row, draws);
      const tier = assignTier(model.scores[row]!, DEFAULT_METHODOLOGY.tiers).name;
      const scores: number[] = [];
      let changed = 0;
      for (let draw = 0; draw < 400; draw++) {
        const score = combineRow(
          model.layout,
          model.percentiles,
          row * sourceCount,
          buffers,
          0,
          draws.sourceWeights.subarray(draw * sourceCount, (draw + 1) * sourceCount),
          draws.dimensionWeights.subarray(draw * dimensionCount, (draw + 1) * dimensionCount),
        );
        scores.push(score);
        if (assignTier(score, DEFAULT_METHODOLOGY.tiers).name !== tier) changed++;
      }
      const sorted = Float64Array.from(scores).sort();
      expect(fast.monteCarlo.p05).toBeCloseTo(quantileSorted(sorted, 0.05), 12);
      expect(fast.monteCarlo.p50).toBeCloseTo(quantileSorted(sorted, 0.5), 12);
      expect(fast.monteCarlo.p95).toBeCloseTo(quantileSorted(sorted, 0.95), 12);
      expect(Math.abs(fast.monteCarlo.tierChangeRate - changed / 400)).toBeLessThanOrEqual(1 / 400);
    }
  });

  it('gives each occupation the same analysis in scoreAll as alone', () => {
    const options = { uncertainty: { draws: 500, seed: 9 } };
    const all = scoreAll(dataset, DEFAULT_METHODOLOGY, options);
    for (const result of all.results)
      expect(scoreOccupation(dataset, result.code, DEFAULT_METHODOLOGY, options)).toEqual(result);
    expect(
      scoreOccupation(dataset, code, DEFAULT_METHODOLOGY, { uncertainty: true }).uncertainty?.monteCarlo
        .draws,
    ).toBe(10_000);
    expect(scoreOccupation(dataset, code).uncertainty).toBeUndefined();
  });

  it.each([
    [{ draws: 0 }, 'uncertainty.draws must be an integer from 1 to 10,000,000, got 0'],
    [{ draws: 1.5 }, 'uncertainty.draws must be an integer from 1 to 10,000,000, got 1.5'],
    [{ seed: Number.NaN }, 'uncertainty.seed must be an integer, got NaN'],
    [{ concentration: 0 }, 'uncertainty.concentration must be a finite number > 0, got 0'],
  ])('rejects %j', (options, message) => {
    expect(() => scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, options)).toThrow(AiResilienceError);
    expect(() => scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, options)).toThrow(message);
  });

  it('never gives NaN, even with a concentration so low that the gammas underflow', () => {
    const { monteCarlo } = scoreUncertainty(dataset, code, DEFAULT_METHODOLOGY, {
      concentration: 1e-4,
      draws: 500,
    });
    for (const value of [monteCarlo.p05, monteCarlo.p50, monteCarlo.p95, monteCarlo.tierChangeRate]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  });
});

describe('smallestScoreAbove', () => {
  it('is the first score whose rounded percent passes the cut', () => {
    for (const cut of [0, 22, 35, 50, 65, 80, 22.05, 99.9]) {
      const threshold = smallestScoreAbove(cut);
      expect(Math.floor(1000 * threshold + 0.5) / 10).toBeGreaterThan(cut);
      const previous = threshold - Number.EPSILON * Math.max(1, threshold);
      expect(Math.floor(1000 * previous + 0.5) / 10).not.toBeGreaterThan(cut);
    }
    expect(smallestScoreAbove(22)).toBeCloseTo(0.2205, 12);
    expect(smallestScoreAbove(100)).toBeGreaterThan(1); // no score in [0, 1] rounds above 100
  });
});

describe('SeededRandom', () => {
  it('draws gammas with the right mean and variance', () => {
    for (const shape of [0.5, 2.5, 20]) {
      const random = new SeededRandom(7);
      const count = 40_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < count; i++) {
        const value = random.gamma(shape);
        sum += value;
        squares += value * value;
      }
      const mean = sum / count;
      const variance = squares / count - mean * mean;
      // standard error of the mean: √(shape / count)
      expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / count));
      expect(Math.abs(variance - shape) / shape).toBeLessThan(0.06);
    }
  });

  it('draws Dirichlet vectors on the simplex with mean alpha / sum(alpha)', () => {
    const random = new SeededRandom(3);
    const target = new Float64Array(3);
    const means = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) {
      random.dirichlet([10, 20, 70], target, 0);
      expect(target[0]! + target[1]! + target[2]!).toBeCloseTo(1, 12);
      for (let k = 0; k < 3; k++) means[k]! += target[k]! / 20_000;
    }
    expect(means[0]).toBeCloseTo(0.1, 2);
    expect(means[1]).toBeCloseTo(0.2, 2);
    expect(means[2]).toBeCloseTo(0.7, 2);
  });

  it('fills rounds of Dirichlet blocks with exactly the numbers of dirichlet() called block by block', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        // shapes below 1 take the boost branch; 1e-300 makes every gamma underflow (the vertex branch)
        fc.array(
          fc.array(fc.oneof(fc.double({ min: 0.05, max: 60, noNaN: true }), fc.constant(1e-300)), {
            minLength: 1,
            maxLength: 5,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 1, max: 40 }),
        (seed, shapeBlocks, rounds) => {
          const alpha = Float64Array.from(shapeBlocks.flat());
          const blocks: number[] = [];
          const strides = [0, 0] as [number, number];
          let start = 0;
          shapeBlocks.forEach((shapes, b) => {
            const target = (b % 2) as 0 | 1;
            blocks.push(start, start + shapes.length, target, strides[target]);
            strides[target] += shapes.length;
            start += shapes.length;
          });
          const fast = [
            new Float64Array(rounds * strides[0]),
            new Float64Array(rounds * strides[1]),
          ] as const;
          const fastRandom = new SeededRandom(seed);
          fastRandom.fillDirichletRounds(rounds, alpha, Int32Array.from(blocks), fast, strides);
          const slow = [
            new Float64Array(rounds * strides[0]),
            new Float64Array(rounds * strides[1]),
          ] as const;
          const slowRandom = new SeededRandom(seed);
          for (let round = 0; round < rounds; round++) {
            for (let b = 0; b < blocks.length; b += 4) {
              const target = blocks[b + 2]! as 0 | 1;
              slowRandom.dirichlet(
                alpha,
                slow[target],
                round * strides[target] + blocks[b + 3]!,
                blocks[b]!,
                blocks[b + 1]!,
              );
            }
          }
          expect(Array.from(fast[0])).toEqual(Array.from(slow[0]));
          expect(Array.from(fast[1])).toEqual(Array.from(slow[1]));
          // and the generator is left in the same state
          expect(fastRandom.uniform()).toBe(slowRandom.uniform());
          expect(fastRandom.normal()).toBe(slowRandom.normal());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('repeats its sequence for a seed', () => {
    const a = new SeededRandom(123);
    const b = new SeededRandom(123);
    const c = new SeededRandom(124);
    const first = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('selectQuantiles', () => {
  const sortedQuantiles = (values: number[]) => {
    const sorted = Float64Array.from(values).sort();
    return [0.05, 0.5, 0.95].map((q) => quantileSorted(sorted, q));
  };

  it('equals the quantiles of the sorted values, for short and long inputs, with ties', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 200 }),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 257, maxLength: 3000 }),
          fc.array(
            fc.integer({ min: 0, max: 20 }).map((value) => value / 20),
            { minLength: 257, maxLength: 3000 },
          ),
        ),
        (values) => {
          const input = Float64Array.from(values);
          expect(selectQuantiles(input, [0.05, 0.5, 0.95])).toEqual(sortedQuantiles(values));
          expect([...input]).toEqual(values);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('handles a constant input, an outlier far from a tight cluster, and empty input', () => {
    expect(selectQuantiles(new Float64Array(1000).fill(0.3), [0.05, 0.95])).toEqual([0.3, 0.3]);
    const clustered = Array.from({ length: 5000 }, (_, i) => 0.5 + (i % 97) * 1e-12);
    clustered[17] = 1e6;
    expect(selectQuantiles(Float64Array.from(clustered), [0.05, 0.5, 0.95])).toEqual(
      sortedQuantiles(clustered),
    );
    expect(selectQuantiles(new Float64Array(0), [0.5])).toEqual([Number.NaN]);
  });
});
