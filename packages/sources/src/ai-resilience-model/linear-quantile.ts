import { AiResilienceError } from '@airesilience/core';

/**
 * The `q`-quantile of a list of numbers by linear interpolation between order statistics (type 7 of
 * Hyndman & Fan, the default of R's `quantile` and NumPy's `percentile`): with the values sorted as
 * `x[0] ≤ … ≤ x[n−1]` and `h = (n − 1)·q`, it is `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
 *
 * @param values - the values (not modified; need not be sorted).
 * @param q - the quantile, in [0, 1].
 * @returns the quantile; `null` for an empty list.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` when `q` is outside [0, 1] or a value is not finite.
 * @example
 * ```ts
 * linearQuantile([1, 2, 3, 4], 0.9); // 3.7
 * linearQuantile([], 0.9);           // null
 * ```
 */
export function linearQuantile(values: readonly number[], q: number): number | null {
  if (!(q >= 0 && q <= 1))
    throw new AiResilienceError('INVALID_ARGUMENT', `quantile must be in [0, 1], got ${q}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.every(Number.isFinite))
    throw new AiResilienceError('INVALID_ARGUMENT', 'quantile of a list with a value that is not finite');
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const below = sorted[lower]!;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)]!;
  return below + (position - lower) * (above - below);
}
