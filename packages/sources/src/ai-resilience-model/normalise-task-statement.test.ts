import { describe, expect, it } from 'vitest';
import { compensatedSum } from './compensated-sum.js';
import { linearQuantile } from './linear-quantile.js';
import { normaliseTaskStatement } from './normalise-task-statement.js';

describe('normaliseTaskStatement', () => {
  it('lower-cases, collapses and trims white space, and drops one trailing period', () => {
    expect(normaliseTaskStatement('  Code\tpatient \r\n records. ')).toBe('code patient records');
    expect(normaliseTaskStatement('Code patient records..')).toBe('code patient records.');
    expect(normaliseTaskStatement('Code patient records')).toBe('code patient records');
  });
  it('keeps inner punctuation, so a revised wording does not match', () => {
    expect(normaliseTaskStatement('Code, patient records.')).not.toBe(
      normaliseTaskStatement('Code patient records.'),
    );
  });
});

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

describe('compensatedSum', () => {
  it('is exact where a plain loop drifts', () => {
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect([0.1, 0.2, 0.3].reduce((a, b) => a + b)).not.toBe(0.6);
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });
});
