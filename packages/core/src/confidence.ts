import type { ConfidenceRule, CoverageCap } from './methodology.js';
import * as Records from './score-records.js';
import type { Confidence, ConfidenceLevel } from './score-result.js';

/** The confidence levels from the highest to the lowest. */
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = Object.freeze([
  'High',
  'Medium-high',
  'Medium',
  'Low-medium',
  'Low',
]);

/** What {@link assessConfidence} needs to know about one occupation. */
export interface ConfidenceInput {
  /** `n`: the number of sources (evidence groups) with data. */
  sourcesWithData: number;
  /** The number of sources (evidence groups) in the methodology. */
  sourcesTotal: number;
  /**
   * Every source of the agreement dimension, in methodology order, with its percentile (higher = more
   * resilient) or null when it has no data.
   */
  agreement: readonly {
    /** The source id. */
    sourceId: string;
    /** Its percentile, or null when it has no data. */
    percentile: number | null;
  }[];
}

/**
 * Judges confidence in a score from coverage and agreement (methodology §5).
 *
 * - `m` = agreement sources with data. Dispersion `D` = mean absolute deviation of their percentiles from
 *   their median (`rule.dispersionWhenFewSources`, 0.25, when `m < 2`).
 * - From `D`: `≤ t[0]` High, `≤ t[1]` Medium-high, `≤ t[2]` Medium, `≤ t[3]` Low-medium, else Low
 *   (`t` = 0.1, 0.2, 0.3, 0.4).
 * - Coverage caps: each cap whose `atMost` is ≥ `n` (source caps) or ≥ `m` (agreement caps) applies; the
 *   lowest applicable cap wins (by default `m = 2` or `n = 4` → at most Medium-high; `m ≤ 1` or `n = 3` →
 *   at most Medium; `n ≤ 2` → Low).
 * - The level is the lower of the two. When `m ≥ 3`, the source furthest from the median is named (the
 *   first in methodology order on a tie).
 *
 * @param input - coverage counts and the agreement sources' percentiles.
 * @param rule - the methodology's confidence rule.
 * @returns the level and everything it was derived from.
 * @example
 * ```ts
 * assessConfidence(
 *   { sourcesWithData: 7, sourcesTotal: 7, agreement: [
 *     { sourceId: 'a', percentile: 0.5 }, { sourceId: 'b', percentile: 0.6 },
 *     { sourceId: 'c', percentile: 0.55 }, { sourceId: 'd', percentile: 0.95 } ] },
 *   DEFAULT_METHODOLOGY.confidence,
 * ).level; // 'Medium-high' (D = 0.125); mostDisagreeing.sourceId 'd'
 * ```
 */
export function assessConfidence(input: ConfidenceInput, rule: ConfidenceRule): Confidence {
  const ids: string[] = [];
  const percentiles = new Float64Array(input.agreement.length);
  for (const entry of input.agreement) {
    percentiles[ids.length] = entry.percentile === null ? Number.NaN : entry.percentile;
    ids.push(entry.sourceId);
  }
  return confidenceOfAgreement(
    input.sourcesWithData,
    input.sourcesTotal,
    ids,
    percentiles,
    0,
    new Float64Array(ids.length),
    rule,
  );
}

/**
 * {@link assessConfidence} on arrays, allocating only the result (the scoring engine calls it once per
 * occupation).
 *
 * @param sourcesWithData - `n`.
 * @param sourcesTotal - the number of sources (evidence groups).
 * @param ids - the agreement sources' ids, in methodology order.
 * @param percentiles - their percentiles from `offset` (NaN when a source has no data).
 * @param offset - where the first agreement source's percentile is in `percentiles`.
 * @param scratch - at least `ids.length` numbers to sort in.
 * @param rule - the methodology's confidence rule.
 * @returns the confidence.
 * @internal
 */
export function confidenceOfAgreement(
  sourcesWithData: number,
  sourcesTotal: number,
  ids: readonly string[],
  percentiles: ArrayLike<number>,
  offset: number,
  scratch: Float64Array,
  rule: ConfidenceRule,
): Confidence {
  // Insertion sort of the available percentiles: a handful of values.
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const percentile = percentiles[offset + i]!;
    if (Number.isNaN(percentile)) continue;
    let position = count;
    while (position > 0 && scratch[position - 1]! > percentile) {
      scratch[position] = scratch[position - 1]!;
      position--;
    }
    scratch[position] = percentile;
    count++;
  }
  const middle = count >> 1;
  const median =
    count === 0 ? null : count % 2 === 1 ? scratch[middle]! : (scratch[middle - 1]! + scratch[middle]!) / 2;
  let dispersion = rule.dispersionWhenFewSources;
  if (count >= 2 && median !== null) {
    // Summed in ascending order, so that the dispersion (and a level at a threshold) does not depend on the
    // order the methodology lists its sources in.
    let total = 0;
    for (let i = 0; i < count; i++) total += Math.abs(scratch[i]! - median);
    dispersion = total / count;
  }
  const thresholds = rule.dispersionThresholds;
  let agreementIndex = 0;
  while (agreementIndex < thresholds.length && !(dispersion <= thresholds[agreementIndex]!)) agreementIndex++;
  if (agreementIndex >= CONFIDENCE_LEVELS.length) agreementIndex = CONFIDENCE_LEVELS.length - 1;
  const capIndex = Math.max(
    lowestCap(rule.sourceCaps, sourcesWithData),
    lowestCap(rule.agreementSourceCaps, count),
  );
  let mostDisagreeing: Confidence['mostDisagreeing'] = null;
  if (count >= 3 && median !== null) {
    // The first in methodology order on a tie.
    let chosen = -1;
    let largest = -1;
    for (let i = 0; i < ids.length; i++) {
      const percentile = percentiles[offset + i]!;
      if (Number.isNaN(percentile)) continue;
      const deviation = Math.abs(percentile - median);
      if (chosen === -1 || deviation > largest) {
        chosen = i;
        largest = deviation;
      }
    }
    mostDisagreeing = new Records.MostDisagreeing(ids[chosen]!, percentiles[offset + chosen]!, largest);
  }
  return new Records.Confidence(
    CONFIDENCE_LEVELS[Math.max(agreementIndex, capIndex)]!,
    sourcesWithData,
    sourcesTotal,
    count,
    ids.length,
    dispersion,
    CONFIDENCE_LEVELS[agreementIndex]!,
    capIndex === -1 ? null : CONFIDENCE_LEVELS[capIndex]!,
    mostDisagreeing,
    median,
  );
}

/** The index of the lowest level among the caps that apply to `count`, or -1 when none applies. */
function lowestCap(caps: readonly CoverageCap[], count: number): number {
  let index = -1;
  // Indexed: the methodology's arrays are frozen, and V8 does not optimise away an iterator over a frozen array.
  for (let i = 0; i < caps.length; i++) {
    const cap = caps[i]!;
    if (count <= cap.atMost) index = Math.max(index, CONFIDENCE_LEVELS.indexOf(cap.level));
  }
  return index;
}
