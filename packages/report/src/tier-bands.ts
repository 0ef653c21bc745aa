import type { ScoreResult, TierDefinition } from '@airesilience/core';
import { DEFAULT_METHODOLOGY } from '@airesilience/core';
import { ReportInputError } from './report-input-error.js';

/** One tier of the score scale as a band of percents that a report draws. */
export interface TierBand {
  /** The tier's name, e.g. `Somewhat Resilient`. */
  name: string;
  /** The lower bound in percent (exclusive, except 0 for the lowest tier). */
  from: number;
  /** The upper bound in percent (inclusive). */
  to: number;
}

/**
 * The tier bands a report draws, lowest first, from a methodology's tiers (highest first, each with the
 * exclusive lower cut `above`, the last with `above: null`). The band at the result's tier index takes
 * the result's tier name, so that a result scored with renamed tiers shows its own names.
 *
 * @param result - the scored occupation.
 * @param tiers - the methodology's tiers, highest first (default: those of `DEFAULT_METHODOLOGY`).
 * @returns one band per tier, lowest first, contiguous from 0 to 100.
 * @throws {@link ReportInputError} when the tiers are empty, their cuts do not fall strictly from 100 to
 *   0, or the last tier has a cut.
 * @example
 * ```ts
 * resolveTierBands(result).map((band) => `${band.name} ${band.from}–${band.to}`);
 * // ['Vulnerable 0–22', 'Not Very Resilient 22–35', 'Somewhat Resilient 35–50',
 * //  'Mostly Resilient 50–65', 'Resilient 65–80', 'Highly Resilient 80–100']
 * ```
 */
export function resolveTierBands(
  result: Pick<ScoreResult, 'tier'>,
  tiers: readonly TierDefinition[] = DEFAULT_METHODOLOGY.tiers,
): TierBand[] {
  if (tiers.length === 0) throw invalid('at least one tier is needed');
  let upper = 100;
  const bands = tiers.map((tier, position): TierBand => {
    const last = position === tiers.length - 1;
    if (last !== (tier.above === null)) {
      throw invalid(`tier ${position} (${JSON.stringify(tier.name)}): only the last tier has above: null`);
    }
    const from = tier.above ?? 0;
    if (!Number.isFinite(from) || from < 0 || from >= upper) {
      throw invalid(
        `tier ${position} (${JSON.stringify(tier.name)}): above must be in [0, ${upper}), got ${from}`,
      );
    }
    const band = { name: tier.name, from, to: upper };
    upper = from;
    return band;
  });
  bands.reverse();
  const index = result.tier.index;
  const current = bands[index];
  if (current && result.tier.name !== '') bands[index] = { ...current, name: result.tier.name };
  return bands;
}

function invalid(reason: string): ReportInputError {
  return new ReportInputError('resolveTierBands', 'options.methodology.tiers', reason);
}
