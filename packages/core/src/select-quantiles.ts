const BIN_COUNT = 4096;
const binCounts = new Int32Array(BIN_COUNT);
const slotOfBin = new Int32Array(BIN_COUNT).fill(-1);
let binOfValue = new Uint16Array(0);

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
  const counts = binCounts.fill(0);
  if (binOfValue.length < count) binOfValue = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const raw = Math.floor((values[i]! - min) * scale);
    const bin = raw < BIN_COUNT ? raw : BIN_COUNT - 1;
    binOfValue[i] = bin;
    counts[bin]!++;
  }
  // Locate each rank's bin from the running counts, then gather and sort just those bins.
  const wanted = [...ranks].sort((a, b) => a - b);
  const bins: { bin: number; start: number; members: Float64Array; filled: number }[] = [];
  const slotOfRank: number[] = [];
  let cumulative = 0;
  let next = 0;
  for (let bin = 0; bin < BIN_COUNT && next < wanted.length; bin++) {
    const size = counts[bin]!;
    while (next < wanted.length && wanted[next]! < cumulative + size) {
      if (slotOfBin[bin] === -1) {
        slotOfBin[bin] = bins.length;
        bins.push({ bin, start: cumulative, members: new Float64Array(size), filled: 0 });
      }
      slotOfRank.push(slotOfBin[bin]!);
      next++;
    }
    cumulative += size;
  }
  for (let i = 0; i < count; i++) {
    const slot = slotOfBin[binOfValue[i]!]!;
    if (slot !== -1) {
      const entry = bins[slot]!;
      entry.members[entry.filled++] = values[i]!;
    }
  }
  for (const entry of bins) {
    entry.members.sort();
    slotOfBin[entry.bin] = -1;
  }
  wanted.forEach((rank, index) => {
    const entry = bins[slotOfRank[index]!]!;
    result.set(rank, entry.members[rank - entry.start]!);
  });
  return result;
}
