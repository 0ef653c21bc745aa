import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatDollars,
  formatPercent,
  formatPercentile,
  formatPoints,
  formatSignedPercent,
  formatThousands,
  formatWeight,
  groupThousands,
  joinWords,
  roundHalfUp,
} from './number-format.js';

describe('number formatting', () => {
  it('rounds half up despite binary representation', () => {
    expect(roundHalfUp(41.35, 1)).toBe(41.4);
    expect(roundHalfUp(0.2205 * 100, 1)).toBe(22.1);
    expect(roundHalfUp(-1.25, 1)).toBe(-1.2);
  });

  it('formats percents, percentiles, points, weights and decimals', () => {
    expect(formatPercent(0.41351)).toBe('41.4 %');
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercentile(0.003968)).toBe('0.4');
    expect(formatPoints(0.02072)).toBe('2.07 pts');
    expect(formatWeight(0.4)).toBe('40 %');
    expect(formatWeight(1 / 6)).toBe('16.7 %');
    expect(formatDecimal(0.6674)).toBe('0.6674');
    expect(formatDecimal(91)).toBe('91');
    expect(formatDecimal(-0.00001)).toBe('0');
    expect(formatSignedPercent(7.1)).toBe('+7.1 %');
    expect(formatSignedPercent(-2.04)).toBe('-2.0 %');
  });

  it('formats counts in thousands and dollars, top-coded or not', () => {
    expect(formatThousands(194.8)).toBe('194,800');
    expect(formatThousands(3712.9)).toBe('3,712,900');
    expect(formatDollars(50250)).toBe('$50,250');
    expect(formatDollars(239200, true)).toBe('≥ $239,200');
    expect(groupThousands('-1234567.89')).toBe('-1,234,567.89');
  });

  it('prints — for null and non-finite values, never NaN', () => {
    for (const format of [
      formatPercent,
      formatPercentile,
      formatPoints,
      formatDecimal,
      formatThousands,
      formatDollars,
      formatWeight,
    ]) {
      expect(format(null)).toBe('—');
      expect(format(Number.NaN)).toBe('—');
      expect(format(Number.POSITIVE_INFINITY)).toBe('—');
    }
  });

  it('joins words as prose', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
