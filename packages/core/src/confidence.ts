import type { ConfidenceRule, CoverageCap } from './methodology.js';
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
  const available: { sourceId: string; percentile: number }[] = [];
  for (const entry of input.agreement) {
    if (entry.percentile !== null) available.push({ sourceId: entry.sourceId, percentile: entry.percentile });
  }
  const count = available.length;
  // Insertion sort: a handful of values, and cheaper than allocating a typed array per occupation.
  const sorted: number[] = [];
  for (const entry of available) {
    let position = sorted.length;
    while (position > 0 && sorted[position - 1]! > entry.percentile) position--;
    sorted.splice(position, 0, entry.percentile);
  }
  const middle = count >> 1;
  const median =
    count === 0 ? null : count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  let dispersion = rule.dispersionWhenFewSources;
  if (count >= 2 && median !== null) {
    // Summed in ascending order, so that the dispersion (and a level at a threshold) does not depend on the
    // order the methodology lists its sources in.
    let total = 0;
    for (const percentile of sorted) total += Math.abs(percentile - median);
    dispersion = total / count;
  }
  const thresholds = rule.dispersionThresholds;
  let agreementIndex = 0;
  while (agreementIndex < thresholds.length && !(dispersion <= thresholds[agreementIndex]!)) agreementIndex++;
  if (agreementIndex >= CONFIDENCE_LEVELS.length) agreementIndex = CONFIDENCE_LEVELS.length - 1;
  const capIndex = Math.max(
    lowestCap(rule.sourceCaps, input.sourcesWithData),
    lowestCap(rule.agreementSourceCaps, count),
  );
  let mostDisagreeing: Confidence['mostDisagreeing'] = null;
  if (count >= 3 && median !== null) {
    for (const entry of available) {
      const deviation = Math.abs(entry.percentile - median);
      if (mostDisagreeing === null || deviation > mostDisagreeing.deviation) {
        mostDisagreeing = { sourceId: entry.sourceId, percentile: entry.percentile, deviation };
      }
    }
  }
  return {
    level: CONFIDENCE_LEVELS[Math.max(agreementIndex, capIndex)]!,
    sourcesWithData: input.sourcesWithData,
    sourcesTotal: input.sourcesTotal,
    agreementSourcesWithData: count,
    agreementSourcesTotal: input.agreement.length,
    dispersion,
    levelFromAgreement: CONFIDENCE_LEVELS[agreementIndex]!,
    coverageCap: capIndex === -1 ? null : CONFIDENCE_LEVELS[capIndex]!,
    mostDisagreeing,
    agreementMedian: median,
  };
}

/** The index of the lowest level among the caps that apply to `count`, or -1 when none applies. */
function lowestCap(caps: readonly CoverageCap[], count: number): number {
  let index = -1;
  for (const cap of caps) {
    if (count <= cap.atMost) index = Math.max(index, CONFIDENCE_LEVELS.indexOf(cap.level));
  }
  return index;
}
