import { describe, expect, it } from 'vitest';
import { compensatedSum } from './compensated-sum.js';

describe('compensatedSum', () => {
  it('is exact where a plain loop drifts', () => {
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect([0.1, 0.2, 0.3].reduce((a, b) => a + b)).not.toBe(0.6);
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });
});
