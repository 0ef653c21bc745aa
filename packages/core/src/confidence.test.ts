import { describe, expect, it } from 'vitest';
import { assessConfidence } from './confidence.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';

const rule = DEFAULT_METHODOLOGY.confidence;
const agreement = (...percentiles: (number | null)[]) =>
  percentiles.map((percentile, index) => ({ sourceId: `s${index}`, percentile }));

describe('assessConfidence', () => {
  it('measures dispersion as the mean absolute deviation from the median', () => {
    // median of 0.5, 0.55, 0.6, 0.95 is 0.575; deviations 0.075, 0.025, 0.025, 0.375: mean 0.125
    const confidence = assessConfidence(
      { sourcesWithData: 7, sourcesTotal: 7, agreement: agreement(0.5, 0.6, 0.55, 0.95) },
      rule,
    );
    expect(confidence.agreementMedian).toBeCloseTo(0.575, 15);
    expect(confidence.dispersion).toBeCloseTo(0.125, 15);
    expect(confidence.levelFromAgreement).toBe('Medium-high');
    expect(confidence.coverageCap).toBeNull();
    expect(confidence.level).toBe('Medium-high');
    expect(confidence.mostDisagreeing).toEqual({
      sourceId: 's3',
      percentile: 0.95,
      deviation: expect.closeTo(0.375, 15),
    });
    expect(confidence).toMatchObject({
      sourcesWithData: 7,
      sourcesTotal: 7,
      agreementSourcesWithData: 4,
      agreementSourcesTotal: 4,
    });
  });

  it.each([
    [0.1, 'High'],
    [0.1000001, 'Medium-high'],
    [0.2, 'Medium-high'],
    [0.3, 'Medium'],
    [0.4, 'Low-medium'],
    [0.41, 'Low'],
  ])('maps dispersion %f to %s (thresholds are inclusive)', (dispersion, level) => {
    // two sources 0 and 2d: median d, both deviations exactly d
    const confidence = assessConfidence(
      { sourcesWithData: 7, sourcesTotal: 7, agreement: agreement(0, 2 * dispersion, null, null) },
      { ...rule, agreementSourceCaps: [] },
    );
    expect(confidence.dispersion).toBe(dispersion);
    expect(confidence.levelFromAgreement).toBe(level);
  });

  it('gives the same dispersion, to the bit, whatever the order of the sources', () => {
    // Summed in source order, these give 0.27075 and 0.27075000000000005: a level at a threshold could flip.
    const percentiles = [0, 0.132, 0.756, 0.459];
    const agreement = (order: number[]) =>
      order.map((index) => ({ sourceId: `s${index}`, percentile: percentiles[index]! }));
    const input = (order: number[]) => ({ sourcesWithData: 7, sourcesTotal: 7, agreement: agreement(order) });
    const first = assessConfidence(input([0, 1, 2, 3]), rule);
    const second = assessConfidence(input([3, 1, 0, 2]), rule);
    expect(second.dispersion).toBe(first.dispersion);
    expect(first.dispersion).toBeCloseTo(0.27075, 12);
  });

  it('caps at Medium-high when only two agreement sources or four sources have data', () => {
    const two = assessConfidence(
      { sourcesWithData: 5, sourcesTotal: 7, agreement: agreement(0.5, 0.5, null, null) },
      rule,
    );
    expect(two.levelFromAgreement).toBe('High');
    expect(two.coverageCap).toBe('Medium-high');
    expect(two.level).toBe('Medium-high');
    expect(two.mostDisagreeing).toBeNull();
    const four = assessConfidence(
      { sourcesWithData: 4, sourcesTotal: 7, agreement: agreement(0.5, 0.5, 0.5, 0.5) },
      rule,
    );
    expect(four.level).toBe('Medium-high');
  });

  it('caps at Medium with one agreement source (D = 0.25) or three sources', () => {
    const one = assessConfidence(
      { sourcesWithData: 5, sourcesTotal: 7, agreement: agreement(0.9, null, null, null) },
      rule,
    );
    expect(one.dispersion).toBe(0.25);
    expect(one.agreementMedian).toBe(0.9);
    expect(one.coverageCap).toBe('Medium');
    expect(one.level).toBe('Medium');
    const none = assessConfidence(
      { sourcesWithData: 3, sourcesTotal: 7, agreement: agreement(null, null, null, null) },
      rule,
    );
    expect(none.agreementMedian).toBeNull();
    expect(none.level).toBe('Medium');
    const three = assessConfidence(
      { sourcesWithData: 3, sourcesTotal: 7, agreement: agreement(0.5, 0.5, 0.5) },
      rule,
    );
    expect(three.level).toBe('Medium');
  });

  it('is Low with two sources or fewer', () => {
    const two = assessConfidence(
      { sourcesWithData: 2, sourcesTotal: 7, agreement: agreement(null, null, null, null) },
      rule,
    );
    expect(two.coverageCap).toBe('Low');
    expect(two.level).toBe('Low');
  });

  it('keeps the lower of the agreement level and the cap', () => {
    // D from agreement is Low (0.45) and the cap is Medium-high: Low wins
    const confidence = assessConfidence(
      { sourcesWithData: 4, sourcesTotal: 7, agreement: agreement(0.05, 0.95, null, null) },
      rule,
    );
    expect(confidence.levelFromAgreement).toBe('Low');
    expect(confidence.level).toBe('Low');
  });

  it('names the first source in methodology order on a tie for the most disagreeing', () => {
    // median 0.5, deviations 0.25, 0, 0, 0.25
    const confidence = assessConfidence(
      { sourcesWithData: 7, sourcesTotal: 7, agreement: agreement(0.25, 0.5, 0.5, 0.75) },
      rule,
    );
    expect(confidence.mostDisagreeing?.sourceId).toBe('s0');
  });
});
