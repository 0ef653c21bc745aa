/**
 * Pearson's correlation of two equally long series (of percentiles, it is Spearman's rank correlation).
 *
 * @param xs - the first series.
 * @param ys - the second series, same length.
 * @returns the correlation in [-1, 1].
 * @throws {@link RangeError} when the lengths differ, there are fewer than two values, or a series is constant.
 * @example
 * ```ts
 * correlation([1, 2, 3], [2, 4, 7]); // ≈ 0.993
 * ```
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) {
    throw new RangeError(`need two series of the same length ≥ 2, got ${xs.length} and ${ys.length}`);
  }
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  xs.forEach((x, index) => {
    const y = ys[index]!;
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
    varianceY += (y - meanY) ** 2;
  });
  if (varianceX === 0 || varianceY === 0) throw new RangeError('a constant series has no correlation');
  return covariance / Math.sqrt(varianceX * varianceY);
}

/**
 * The 1-based rank of each score, highest first; tied scores share their mean rank.
 *
 * @param scores - the scores.
 * @returns the ranks, in the scores' order.
 * @example
 * ```ts
 * rankDescending([0.2, 0.9, 0.2]); // [2.5, 1, 2.5]
 * ```
 */
export function rankDescending(scores: readonly number[]): number[] {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const ranks = new Array<number>(scores.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.score === order[start]!.score) end++;
    for (let position = start; position <= end; position++)
      ranks[order[position]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}
