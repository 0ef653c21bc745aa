import { AiResilienceError } from './ai-resilience-error.js';
import type { TierDefinition } from './methodology.js';
import type { TierAssignment } from './score-result.js';

/**
 * Converts a score in [0, 1] to the percent shown and compared with the tier cuts: `100·score` rounded
 * half-up to one decimal, computed as `floor(1000·score + 0.5) / 10` (methodology §4).
 *
 * @param score - the score in [0, 1].
 * @returns the percent with one decimal, e.g. `22.1`.
 * @throws {@link AiResilienceError} (`INVALID_ARGUMENT`) when `score` is not a finite number.
 * @example
 * ```ts
 * roundScorePercent(0.22049); // 22
 * roundScorePercent(0.2205); // 22.1
 * ```
 */
export function roundScorePercent(score: number): number {
  if (!Number.isFinite(score)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `roundScorePercent: score must be a finite number, got ${score}`,
    );
  }
  return Math.floor(1000 * score + 0.5) / 10;
}

/**
 * Places a score in its tier: the score is rounded with {@link roundScorePercent}, then the first tier
 * (highest first) whose cut-off the percent exceeds strictly is taken; the last tier catches the rest.
 *
 * @param score - the score in [0, 1].
 * @param tiers - the methodology's tiers, highest first, the last with `above: null`.
 * @returns the tier's name, its 0-based index from the lowest tier and its cut-off.
 * @throws {@link AiResilienceError} (`INVALID_ARGUMENT`) when `score` is not finite or `tiers` is empty.
 * @example
 * ```ts
 * assignTier(0.22049, DEFAULT_METHODOLOGY.tiers); // { name: 'Vulnerable', index: 0, above: null }
 * assignTier(0.2205, DEFAULT_METHODOLOGY.tiers); // { name: 'Not Very Resilient', index: 1, above: 22 }
 * ```
 */
export function assignTier(score: number, tiers: readonly TierDefinition[]): TierAssignment {
  if (tiers.length === 0)
    throw new AiResilienceError('INVALID_ARGUMENT', 'assignTier: tiers must not be empty');
  const position = tierPosition(roundScorePercent(score), tiers);
  const tier = tiers[position]!;
  return { name: tier.name, index: tiers.length - 1 - position, above: tier.above };
}

/**
 * The position (0 = highest) of the tier of an already rounded percent.
 *
 * @internal
 */
export function tierPosition(percent: number, tiers: readonly TierDefinition[]): number {
  const last = tiers.length - 1;
  for (let position = 0; position < last; position++) {
    const above = tiers[position]!.above;
    if (above !== null && percent > above) return position;
  }
  return last;
}
