import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AiResilienceError } from './ai-resilience-error.js';
import { computePercentiles } from './percentile.js';

const P = 'higher-is-more-resilient' as const;
const R = 'higher-is-more-exposed' as const;

describe('computePercentiles', () => {
  it('gives the mid-rank percentile P with average ties, as pandas rank(pct=True)', () => {
    // 10: (0 + (1+1)/2)/4; 20: (1 + (2+1)/2)/4; 40: (3 + 1)/4
    expect([...computePercentiles([10, 20, 20, 40], { direction: P })]).toEqual([0.25, 0.625, 0.625, 1]);
  });

  it('gives R = 1 − P for an exposure source', () => {
    expect([...computePercentiles([10, 20, 20, 40], { direction: R })]).toEqual([0.75, 0.375, 0.375, 0]);
  });

  it('with strict ties gives #{v < x}/N for P and #{v > x}/N for R', () => {
    const values = [0, 0, 0, 0.5, 1];
    expect([...computePercentiles(values, { direction: P, ties: 'strict' })]).toEqual([0, 0, 0, 0.6, 0.8]);
    expect([...computePercentiles(values, { direction: R, ties: 'strict' })]).toEqual([
      0.4, 0.4, 0.4, 0.2, 0,
    ]);
  });

  it('with unit weights equals the unweighted percentiles', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const weights = values.map(() => 1);
    for (const ties of ['average', 'strict'] as const) {
      for (const direction of [P, R]) {
        const plain = computePercentiles(values, { direction, ties });
        const weighted = computePercentiles(values, { direction, ties, weights });
        weighted.forEach((value, index) => {
          expect(value).toBeCloseTo(plain[index]!, 15);
        });
      }
    }
  });

  it('weights counts by employment', () => {
    // weights 1, 2, 1 (total 4): P(1) = (0 + 1·(1+1)/2)/4, P(2) = (1 + 2·(1+1)/2)/4, P(3) = (3 + 1)/4
    expect([...computePercentiles([1, 2, 3], { direction: P, weights: [1, 2, 1] })]).toEqual([0.25, 0.75, 1]);
    expect([...computePercentiles([1, 2, 3], { direction: P, weights: [1, 2, 1], ties: 'strict' })]).toEqual([
      0, 0.25, 0.75,
    ]);
    expect([...computePercentiles([1, 2, 3], { direction: R, weights: [1, 2, 1], ties: 'strict' })]).toEqual([
      0.75, 0.25, 0,
    ]);
    // a tie group of weights 1 and 3: both get (0 + 4·(1 + 1/2)/2)/5 = 0.6
    expect([...computePercentiles([7, 7, 8], { direction: P, weights: [1, 3, 1] })]).toEqual([0.6, 0.6, 1]);
  });

  it('returns an empty array for empty input', () => {
    expect(computePercentiles([], { direction: P }).length).toBe(0);
  });

  it.each([
    [[1, Number.NaN], undefined, 'values[1] must be a finite number, got NaN'],
    [[1, Number.POSITIVE_INFINITY], undefined, 'values[1] must be a finite number, got Infinity'],
    [[1, 2], [1], 'weights must have one entry per value (2), got 1'],
    [[1, 2], [1, -1], 'weights[1] must be a finite number ≥ 0, got -1'],
    [[1, 2], [0, 0], 'the weights must have a positive sum'],
  ])('rejects %j with weights %j', (values, weights, message) => {
    const call = () => computePercentiles(values, { direction: P, ...(weights ? { weights } : {}) });
    expect(call).toThrow(AiResilienceError);
    expect(call).toThrow(message);
  });

  it('keeps percentiles in (0, 1], P + R = 1, and ignores the order of the universe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (values, strict) => {
          const ties = strict ? 'strict' : 'average';
          const p = computePercentiles(values, { direction: P, ties });
          const r = computePercentiles(values, { direction: R, ties });
          const reversed = computePercentiles([...values].reverse(), { direction: P, ties });
          values.forEach((_, i) => {
            expect(p[i]).toBeGreaterThanOrEqual(0);
            expect(p[i]).toBeLessThanOrEqual(1);
            if (!strict) {
              expect(p[i]).toBeGreaterThan(0);
              expect(p[i]! + r[i]!).toBeCloseTo(1, 15);
            }
            expect(reversed[values.length - 1 - i]).toBe(p[i]);
          });
        },
      ),
    );
  });
});
