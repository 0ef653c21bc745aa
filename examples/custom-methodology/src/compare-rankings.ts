import type { Dataset, ScoreAllResult } from '@airesilience/core';

/** One occupation scored under two methodologies. */
export interface RankingRow {
  /** The occupation code. */
  code: string;
  /** The title. */
  title: string;
  /** The score in [0, 1] under the baseline methodology. */
  baselineScore: number;
  /** The percent the tier is judged on, under the baseline. */
  baselinePercent: number;
  /** The baseline tier. */
  baselineTier: string;
  /** The 1-based rank under the baseline, 1 = most resilient. */
  baselineRank: number;
  /** The score under the alternative methodology. */
  alternativeScore: number;
  /** The percent under the alternative. */
  alternativePercent: number;
  /** The alternative tier. */
  alternativeTier: string;
  /** The 1-based rank under the alternative. */
  alternativeRank: number;
  /** Places gained (positive) or lost (negative): `baselineRank - alternativeRank`. */
  move: number;
}

/** How two methodologies rank the same occupations. */
export interface RankingComparison {
  /** One row per occupation both score, in baseline rank order. */
  rows: RankingRow[];
  /** Spearman's rank correlation of the two rankings (1 = same order). */
  spearman: number;
  /** The median of the absolute moves, in places. */
  medianAbsoluteMove: number;
}

function ranks(scores: readonly number[]): number[] {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
  const result = new Array<number>(scores.length).fill(0);
  // Tied scores share their mean rank, so the comparison does not depend on the dataset's order.
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.score === order[start]!.score) end++;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position++) result[order[position]!.index] = rank;
    start = end + 1;
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Ranks the line-item occupations (the scored universe) under two methodologies and measures how the
 * order moves: each occupation's rank under both (1 = most resilient, ties share their mean rank), the
 * places gained or lost, Spearman's rank correlation and the median absolute move.
 *
 * @param dataset - the dataset both runs scored (for which occupations are line items).
 * @param baseline - `scoreAll` under the baseline methodology (e.g. the default).
 * @param alternative - `scoreAll` under the alternative methodology.
 * @returns the rows in baseline rank order and the summary statistics.
 * @throws {@link Error} when the two runs have no line item in common.
 * @example
 * ```ts
 * const comparison = compareRankings(dataset, scoreAll(dataset), scoreAll(extended, custom));
 * comparison.spearman; // e.g. 0.83
 * ```
 */
export function compareRankings(
  dataset: Dataset,
  baseline: ScoreAllResult,
  alternative: ScoreAllResult,
): RankingComparison {
  const lineItems = new Set(dataset.occupations.filter((entry) => entry.lineItem).map((entry) => entry.code));
  const alternativeByCode = new Map(alternative.results.map((result) => [result.code, result]));
  const pairs = baseline.results.flatMap((result) => {
    const other = alternativeByCode.get(result.code);
    return lineItems.has(result.code) && other ? [{ baseline: result, alternative: other }] : [];
  });
  if (pairs.length === 0) throw new Error('the two runs have no line-item occupation in common');
  const baselineRanks = ranks(pairs.map((pair) => pair.baseline.score));
  const alternativeRanks = ranks(pairs.map((pair) => pair.alternative.score));
  const rows: RankingRow[] = pairs.map((pair, index) => ({
    code: pair.baseline.code,
    title: pair.baseline.title,
    baselineScore: pair.baseline.score,
    baselinePercent: pair.baseline.scorePercent,
    baselineTier: pair.baseline.tier.name,
    baselineRank: baselineRanks[index]!,
    alternativeScore: pair.alternative.score,
    alternativePercent: pair.alternative.scorePercent,
    alternativeTier: pair.alternative.tier.name,
    alternativeRank: alternativeRanks[index]!,
    move: baselineRanks[index]! - alternativeRanks[index]!,
  }));
  const count = rows.length;
  const squaredDifferences = rows.reduce((sum, row) => sum + row.move ** 2, 0);
  // Pearson's correlation of the ranks, which is Spearman's rho and stays exact with tied ranks.
  const meanRank = (count + 1) / 2;
  let covariance = 0;
  let baselineVariance = 0;
  let alternativeVariance = 0;
  for (const row of rows) {
    covariance += (row.baselineRank - meanRank) * (row.alternativeRank - meanRank);
    baselineVariance += (row.baselineRank - meanRank) ** 2;
    alternativeVariance += (row.alternativeRank - meanRank) ** 2;
  }
  const spearman =
    count < 2 || baselineVariance === 0 || alternativeVariance === 0
      ? squaredDifferences === 0
        ? 1
        : 0
      : covariance / Math.sqrt(baselineVariance * alternativeVariance);
  rows.sort((a, b) => a.baselineRank - b.baselineRank || (a.code < b.code ? -1 : 1));
  return { rows, spearman, medianAbsoluteMove: median(rows.map((row) => Math.abs(row.move))) };
}
