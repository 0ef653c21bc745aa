import { describe, expect, it } from 'vitest';
import { linearQuantile } from './linear-quantile.js';

describe('linearQuantile', () => {
  it('interpolates between order statistics like NumPy percentile', () => {
    expect(linearQuantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
    expect(linearQuantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(linearQuantile([5], 0.9)).toBe(5);
    expect(linearQuantile([1, 2], 1)).toBe(2);
    expect(linearQuantile([1, 2], 0)).toBe(1);
  });
  it('gives null on an empty list and rejects a quantile outside [0, 1] or a NaN value', () => {
    expect(linearQuantile([], 0.9)).toBeNull();
    expect(() => linearQuantile([1], 1.5)).toThrow(/quantile must be in \[0, 1\]/);
    expect(() => linearQuantile([1, Number.NaN], 0.5)).toThrow(/not finite/);
  });
});
