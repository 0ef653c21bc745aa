import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';
import { isValidatedMethodology, toValidatedMethodology } from './validated-methodology.js';

// This file imports neither parse-methodology.ts nor the package index, so the validator is not registered
// here until the last test loads it.
describe('toValidatedMethodology', () => {
  it('passes a preset through untouched', () => {
    expect(toValidatedMethodology(DEFAULT_METHODOLOGY)).toBe(DEFAULT_METHODOLOGY);
  });

  it('refuses an unvalidated methodology with a clear error when the validator is not loaded', () => {
    const copy = { ...DEFAULT_METHODOLOGY, id: 'copy' } as Methodology;
    expect(() => toValidatedMethodology(copy)).toThrow(MethodologyError);
    expect(() => toValidatedMethodology(copy)).toThrow(/parseMethodology or defineMethodology/);
  });

  it('validates an unvalidated methodology once the validator is loaded', async () => {
    await import('./parse-methodology.js');
    const copy = { ...DEFAULT_METHODOLOGY, id: 'copy' } as Methodology;
    const validated = toValidatedMethodology(copy);
    expect(validated).not.toBe(copy);
    expect(validated.id).toBe('copy');
    expect(isValidatedMethodology(validated)).toBe(true);
    expect(Object.isFrozen(validated)).toBe(true);
    expect(() => toValidatedMethodology({ ...copy, tiers: [] })).toThrow(/tiers/);
  });
});
