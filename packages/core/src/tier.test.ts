import { describe, expect, it } from 'vitest';
import { AiResilienceError } from './ai-resilience-error.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { assignTier, roundScorePercent } from './tier.js';

const tiers = DEFAULT_METHODOLOGY.tiers;

describe('roundScorePercent', () => {
  it.each([
    [0.22049, 22],
    [0.2205, 22.1],
    [0.80049, 80],
    [0.8005, 80.1],
    [0.6505, 65.1],
    [0, 0],
    [1, 100],
  ])('rounds %f half-up to %f', (score, percent) => {
    expect(roundScorePercent(score)).toBe(percent);
  });

  it('rejects NaN', () => {
    expect(() => roundScorePercent(Number.NaN)).toThrow(AiResilienceError);
  });
});

describe('assignTier', () => {
  it.each([
    [0.22049, 'Vulnerable', 0],
    [0.2205, 'Not Very Resilient', 1],
    [0.35, 'Not Very Resilient', 1],
    [0.3505, 'Somewhat Resilient', 2],
    [0.500483634991718, 'Somewhat Resilient', 2], // 50.0 after rounding, though above 0.5 unrounded
    [0.6500781078770452, 'Mostly Resilient', 3],
    [0.80049, 'Resilient', 4],
    [0.8005, 'Highly Resilient', 5],
    [0, 'Vulnerable', 0],
    [1, 'Highly Resilient', 5],
  ])('puts %f in %s', (score, name, index) => {
    const tier = assignTier(score, tiers);
    expect(tier.name).toBe(name);
    expect(tier.index).toBe(index);
    expect(tier.above).toBe(tiers[tiers.length - 1 - index]!.above);
  });

  it('uses the tier names and cuts it is given', () => {
    const custom = [
      { name: 'Top', above: 50 },
      { name: 'Bottom', above: null },
    ];
    expect(assignTier(0.5, custom)).toEqual({ name: 'Bottom', index: 0, above: null });
    expect(assignTier(0.5006, custom)).toEqual({ name: 'Top', index: 1, above: 50 });
  });

  it('rejects empty tiers', () => {
    expect(() => assignTier(0.5, [])).toThrow('tiers must not be empty');
  });
});
