import { AiResilienceError } from './ai-resilience-error.js';
import type { TieRule } from './methodology.js';
import type { SourceDirection } from './source-descriptor.js';

/** Options of {@link computePercentiles}. */
export interface PercentileOptions {
  /**
   * `higher-is-more-resilient` gives the percentile P; `higher-is-more-exposed` gives the resilience
   * percentile R (a more exposed value ranks lower).
   */
  direction: SourceDirection;
  /** `average` (default) or `strict`. */
  ties?: TieRule;
  /** Optional non-negative weights (e.g. employment), same length as the values, with a positive sum. */
  weights?: ArrayLike<number>;
}

/**
 * Ranks values within their own universe and returns each one's percentile in [0, 1], higher = more
 * resilient (methodology §3).
 *
 * With `N` values and no weights:
 * - `average` ties (default): `P(x) = (#{v < x} + (#{v = x} + 1) / 2) / N`, the convention of pandas
 *   `rank(pct=True, method="average")`, and `R(x) = 1 − P(x)`.
 * - `strict` ties: `P(x) = #{v < x} / N` (the share strictly less resilient) and `R(x) = #{v > x} / N`
 *   (the share strictly more exposed). Tied values all get the lower figure, so `R ≠ 1 − P` under ties.
 *
 * With weights `w` (total `W`), counts become sums of weights: `average` gives
 * `P(x) = (W{v < x} + W{v = x}·(1 + 1/k) / 2) / W` with `k = #{v = x}` (which is the unweighted formula when
 * every weight is 1, and gives tied values one percentile), `R = 1 − P`; `strict` gives `W{v < x} / W` and
 * `W{v > x} / W`.
 *
 * Empty input gives an empty array.
 *
 * @param values - the source's native values, finite numbers.
 * @param options - the direction, the tie rule and optional weights.
 * @returns the percentiles, in the order of `values`.
 * @throws {@link AiResilienceError} (`INVALID_ARGUMENT`) for a value or weight that is not finite, a negative
 *   weight, weights of another length or a zero total weight.
 * @example
 * ```ts
 * computePercentiles([10, 20, 20, 40], { direction: 'higher-is-more-resilient' });
 * // Float64Array [0.25, 0.625, 0.625, 1]
 * computePercentiles([0, 0, 0.5], { direction: 'higher-is-more-exposed', ties: 'strict' });
 * // Float64Array [1/3, 1/3, 0]
 * ```
 */
export function computePercentiles(values: ArrayLike<number>, options: PercentileOptions): Float64Array {
  const count = values.length;
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(values[i])) {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `computePercentiles: values[${i}] must be a finite number, got ${values[i]}`,
      );
    }
  }
  const ties = options.ties ?? 'average';
  const exposed = options.direction === 'higher-is-more-exposed';
  if (options.weights !== undefined) return weightedPercentiles(values, options.weights, exposed, ties);
  const sorted = new Float64Array(values as ArrayLike<number>).sort();
  // For each distinct value, where its run starts and ends in the sorted values: #{v < x} and #{v ≤ x} by
  // one lookup per value (a Map treats 0 and -0 as one key, as the comparisons do).
  const runs = new Map<number, number>();
  const runEnd = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    runEnd[i] = i + 1 < count && sorted[i + 1] === sorted[i] ? runEnd[i + 1]! : i + 1;
    runs.set(sorted[i]!, i);
  }
  const result = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    const below = runs.get(value)!;
    const atOrBelow = runEnd[below]!;
    if (ties === 'average') {
      const percentile = (below + atOrBelow + 1) / 2 / count;
      result[i] = exposed ? 1 - percentile : percentile;
    } else {
      result[i] = exposed ? (count - atOrBelow) / count : below / count;
    }
  }
  return result;
}

/**
 * The largest sum of weights {@link computePercentiles} accepts: half of `Number.MAX_VALUE`, so no
 * intermediate sum overflows to Infinity.
 *
 * @internal
 */
export const MAX_WEIGHT_SUM = Number.MAX_VALUE / 2;

function weightedPercentiles(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  exposed: boolean,
  ties: TieRule,
): Float64Array {
  const count = values.length;
  if (weights.length !== count) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `computePercentiles: weights must have one entry per value (${count}), got ${weights.length}`,
    );
  }
  let total = 0;
  for (let i = 0; i < count; i++) {
    const weight = weights[i]!;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `computePercentiles: weights[${i}] must be a finite number ≥ 0, got ${weight}`,
      );
    }
    total += weight;
  }
  // A larger sum overflows below (a tie group's weight is doubled) and turns percentiles into NaN.
  if (count > 0 && !(total > 0 && total <= MAX_WEIGHT_SUM)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `computePercentiles: the weights must have a positive sum of at most ${MAX_WEIGHT_SUM}, got ${total}`,
    );
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const result = new Float64Array(count);
  let below = 0;
  let start = 0;
  while (start < count) {
    const value = values[order[start]!]!;
    let end = start;
    let tied = 0;
    while (end < count && values[order[end]!] === value) tied += weights[order[end++]!]!;
    const size = end - start;
    let percentile: number;
    if (ties === 'average') {
      const resilient = (below + (tied * (1 + 1 / size)) / 2) / total;
      percentile = exposed ? 1 - resilient : resilient;
    } else {
      percentile = exposed ? (total - below - tied) / total : below / total;
    }
    for (let i = start; i < end; i++) result[order[i]!] = percentile;
    below += tied;
    start = end;
  }
  return result;
}

/**
 * The number of sorted values strictly below `value`.
 *
 * @internal
 */
export function lowerBound(sorted: ArrayLike<number>, value: number, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The number of sorted values at or below `value`.
 *
 * @internal
 */
export function upperBound(sorted: ArrayLike<number>, value: number, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
