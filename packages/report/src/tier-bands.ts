import type { ScoreResult } from '@airesilience/core';
import { AiResilienceError } from '@airesilience/core';

/** One tier of the score scale, as a band of percents that a report draws. */
export interface TierBand {
  /** The tier's name, e.g. `Somewhat Resilient`. */
  name: string;
  /** The lower bound in percent (exclusive, except 0 for the lowest tier). */
  from: number;
  /** The upper bound in percent (inclusive). */
  to: number;
}

/**
 * The six tiers of the methodology, lowest first: a score percent (rounded half-up to one decimal)
 * above 80 is Highly Resilient, above 65 Resilient, above 50 Mostly Resilient, above 35 Somewhat
 * Resilient, above 22 Not Very Resilient, else Vulnerable.
 *
 * @example
 * ```ts
 * DEFAULT_TIER_BANDS[2]; // { name: 'Somewhat Resilient', from: 35, to: 50 }
 * ```
 */
export const DEFAULT_TIER_BANDS: readonly TierBand[] = Object.freeze([
  { name: 'Vulnerable', from: 0, to: 22 },
  { name: 'Not Very Resilient', from: 22, to: 35 },
  { name: 'Somewhat Resilient', from: 35, to: 50 },
  { name: 'Mostly Resilient', from: 50, to: 65 },
  { name: 'Resilient', from: 65, to: 80 },
  { name: 'Highly Resilient', from: 80, to: 100 },
]);

/**
 * The tier bands a report draws for a result: the given bands (default {@link DEFAULT_TIER_BANDS}), with
 * the band at the result's tier index renamed to the result's tier name, so that a methodology with its
 * own tier names shows them.
 *
 * @param result - the scored occupation.
 * @param tiers - the bands, lowest first, contiguous from 0 to 100.
 * @returns a new array of bands, lowest first.
 * @throws {@link AiResilienceError} (`INVALID_ARGUMENT`) when the bands are empty, unordered, not
 *   contiguous or outside 0–100.
 * @example
 * ```ts
 * resolveTierBands(result).map((band) => band.name);
 * // ['Vulnerable', 'Not Very Resilient', 'Somewhat Resilient', 'Mostly Resilient', 'Resilient', 'Highly Resilient']
 * ```
 */
export function resolveTierBands(
  result: Pick<ScoreResult, 'tier'>,
  tiers: readonly TierBand[] = DEFAULT_TIER_BANDS,
): TierBand[] {
  if (tiers.length === 0) throw invalidTiers('at least one band is needed');
  tiers.forEach((band, index) => {
    if (!Number.isFinite(band.from) || !Number.isFinite(band.to) || band.from >= band.to) {
      throw invalidTiers(`band ${index} (${JSON.stringify(band.name)}) must have from < to`);
    }
    const previous = tiers[index - 1];
    if (previous && previous.to !== band.from) {
      throw invalidTiers(`band ${index} must start where band ${index - 1} ends (${previous.to})`);
    }
  });
  if (tiers[0]!.from < 0 || tiers.at(-1)!.to > 100) throw invalidTiers('bands must lie within 0–100');
  return tiers.map((band, index) =>
    index === result.tier.index && result.tier.name !== ''
      ? { ...band, name: result.tier.name }
      : { ...band },
  );
}

function invalidTiers(reason: string): AiResilienceError {
  return new AiResilienceError('INVALID_ARGUMENT', `[report] options.tiers: ${reason}`);
}
