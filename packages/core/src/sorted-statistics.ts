/**
 * The quantile of sorted values by linear interpolation between order statistics (the default of numpy and
 * R type 7): `h = (n − 1)·q`, value `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`. NaN for empty input.
 *
 * @internal
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const position = (count - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  if (below + 1 >= count) return lower;
  return lower + (position - below) * (sorted[below + 1]! - lower);
}

/**
 * The median of sorted values (the mean of the two middle values for an even count). NaN for empty input.
 *
 * @internal
 */
export function medianSorted(sorted: ArrayLike<number>): number {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  return count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
