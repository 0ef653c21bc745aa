const BIN_COUNT = 4096;
let binCounts = new Int32Array(BIN_COUNT + 1);

/**
 * The quantiles of unsorted values by linear interpolation between order statistics (numpy's default,
 * R type 7), without sorting them all: the values are counted into bins by value, and only the bins that
 * hold the wanted order statistics are sorted. Exact (the binning is monotone in the value). Does not
 * modify `values`. NaN for empty input.
 *
 * @internal
 */
export function selectQuantiles(values: Float64Array, quantiles: readonly number[]): number[] {
  const count = values.length;
  if (count === 0) return quantiles.map(() => Number.NaN);
  const positions = quantiles.map((q) => (count - 1) * q);
  const ranks = new Set<number>();
  for (const position of positions) {
    const below = Math.floor(position);
    ranks.add(below);
    if (below + 1 < count) ranks.add(below + 1);
  }
  const orderStatistics = count <= 256 ? bySorting(values, ranks) : byBinning(values, ranks);
  return positions.map((position) => {
    const below = Math.floor(position);
    const lower = orderStatistics.get(below)!;
    if (below + 1 >= count) return lower;
    return lower + (position - below) * (orderStatistics.get(below + 1)! - lower);
  });
}

function bySorting(values: Float64Array, ranks: Set<number>): Map<number, number> {
  const sorted = values.slice().sort();
  return new Map([...ranks].map((rank) => [rank, sorted[rank]!]));
}

function byBinning(values: Float64Array, ranks: Set<number>): Map<number, number> {
  const count = values.length;
  let min = values[0]!;
  let max = min;
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    if (value < min) min = value;
    else if (value > max) max = value;
  }
  const result = new Map<number, number>();
  if (min === max) {
    for (const rank of ranks) result.set(rank, min);
    return result;
  }
  const scale = BIN_COUNT / (max - min);
  if (binCounts.length !== BIN_COUNT + 1) binCounts = new Int32Array(BIN_COUNT + 1);
  const counts = binCounts.fill(0);
  for (let i = 0; i < count; i++) {
    const bin = Math.floor((values[i]! - min) * scale);
    counts[bin < BIN_COUNT ? bin : BIN_COUNT - 1]!++;
  }
  // Locate each rank's bin from the running counts, then sort just those bins.
  const wanted = [...ranks].sort((a, b) => a - b);
  const binOfRank = new Map<number, number>();
  const startOfBin = new Map<number, number>();
  let cumulative = 0;
  let next = 0;
  for (let bin = 0; bin < BIN_COUNT && next < wanted.length; bin++) {
    const size = counts[bin]!;
    while (next < wanted.length && wanted[next]! < cumulative + size) {
      binOfRank.set(wanted[next]!, bin);
      startOfBin.set(bin, cumulative);
      next++;
    }
    cumulative += size;
  }
  const members = new Map<number, number[]>();
  for (const bin of startOfBin.keys()) members.set(bin, []);
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    const raw = Math.floor((value - min) * scale);
    const list = members.get(raw < BIN_COUNT ? raw : BIN_COUNT - 1);
    if (list !== undefined) list.push(value);
  }
  const sortedBins = new Map<number, Float64Array>();
  for (const [bin, list] of members) sortedBins.set(bin, Float64Array.from(list).sort());
  for (const rank of wanted) {
    const bin = binOfRank.get(rank)!;
    result.set(rank, sortedBins.get(bin)![rank - startOfBin.get(bin)!]!);
  }
  return result;
}
