import type { LevelRule } from './methodology.js';
import type { DimensionLevel } from './score-result.js';
import { quantileSorted } from './sorted-statistics.js';

/** The two cuts of a dimension level: `Low` below `low`, `High` at or above `high`, else `Med`. */
export interface LevelCuts {
  /** Scores below it are `Low`. */
  low: number;
  /** Scores at or above it are `High`. */
  high: number;
}

/**
 * Gives a dimension score its level: `Low` below `cuts.low`, `High` at or above `cuts.high`, else `Med`
 * (methodology §4).
 *
 * @param score - the dimension score in [0, 1].
 * @param cuts - the cuts, e.g. `{ low: 0.4, high: 0.7 }` or from {@link computeLevelCuts}.
 * @returns `Low`, `Med` or `High`.
 * @example
 * ```ts
 * assignDimensionLevel(0.7, { low: 0.4, high: 0.7 }); // 'High'
 * assignDimensionLevel(0.3999, { low: 0.4, high: 0.7 }); // 'Low'
 * ```
 */
export function assignDimensionLevel(score: number, cuts: LevelCuts): DimensionLevel {
  if (score < cuts.low) return 'Low';
  if (score >= cuts.high) return 'High';
  return 'Med';
}

/**
 * The level cuts of a rule: the fixed cuts as given, or for `terciles` the 1/3 and 2/3 quantiles
 * (linear interpolation, numpy's default) of the dimension's scores across the scored universe.
 *
 * @param rule - the methodology's level rule.
 * @param universeScores - the dimension's scores across the scored universe (any order; used for
 *   terciles only).
 * @returns the cuts; for terciles of an empty universe, cuts of NaN that put every score in `Med`.
 * @example
 * ```ts
 * computeLevelCuts({ kind: 'terciles' }, [0.1, 0.2, 0.3, 0.4]); // { low: 0.2, high: 0.3 }
 * ```
 */
export function computeLevelCuts(rule: LevelRule, universeScores: ArrayLike<number> = []): LevelCuts {
  if (rule.kind === 'fixed') return { low: rule.low, high: rule.high };
  const sorted = Float64Array.from(universeScores).sort();
  return { low: quantileSorted(sorted, 1 / 3), high: quantileSorted(sorted, 2 / 3) };
}
