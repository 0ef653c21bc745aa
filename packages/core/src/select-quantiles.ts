/**
 * The quantiles of unsorted values by linear interpolation between order statistics (numpy's default,
 * R type 7), found by selection in O(n) rather than by sorting. Reorders `values` in place.
 *
 * @internal
 */
export function selectQuantiles(values: Float64Array, quantiles: readonly number[]): number[] {
  const count = values.length;
  if (count === 0) return quantiles.map(() => Number.NaN);
  const positions = quantiles.map((q) => (count - 1) * q);
  const wanted = new Set<number>();
  for (const position of positions) {
    const below = Math.floor(position);
    wanted.add(below);
    if (below + 1 < count) wanted.add(below + 1);
  }
  multiSelect(
    values,
    [...wanted].sort((a, b) => a - b),
    0,
    count - 1,
  );
  return positions.map((position) => {
    const below = Math.floor(position);
    const lower = values[below]!;
    if (below + 1 >= count) return lower;
    return lower + (position - below) * (values[below + 1]! - lower);
  });
}

function multiSelect(values: Float64Array, ranks: number[], left: number, right: number): void {
  if (ranks.length === 0 || left >= right) return;
  const middle = ranks.length >> 1;
  const rank = ranks[middle]!;
  selectRank(values, rank, left, right);
  multiSelect(values, ranks.slice(0, middle), left, rank - 1);
  multiSelect(values, ranks.slice(middle + 1), rank + 1, right);
}

/** Hoare quickselect with a median-of-three pivot: afterwards `values[rank]` is the rank-th smallest of the range. */
function selectRank(values: Float64Array, rank: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const middle = (left + right) >>> 1;
    if (values[middle]! < values[left]!) swap(values, left, middle);
    if (values[right]! < values[left]!) swap(values, left, right);
    if (values[right]! < values[middle]!) swap(values, middle, right);
    const pivot = values[middle]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const held = values[a]!;
  values[a] = values[b]!;
  values[b] = held;
}
