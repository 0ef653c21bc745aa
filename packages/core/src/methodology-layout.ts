import type { Methodology, MethodologySource } from './methodology.js';

/** One source of a methodology with its place in the flat layout. */
export interface LayoutSource extends MethodologySource {
  /** The index of its dimension. */
  dimensionIndex: number;
  /** The id of its dimension. */
  dimensionId: string;
  /** The evidence group (its own id when none). */
  group: string;
  /** The index of its evidence group. */
  groupIndex: number;
}

/**
 * A methodology flattened for fast loops: sources in methodology order with their dimension, dimension
 * boundaries, weights in typed arrays and evidence groups.
 *
 * @internal
 */
export interface MethodologyLayout {
  /** The methodology. */
  methodology: Methodology;
  /** The sources in methodology order (dimension by dimension). */
  sources: LayoutSource[];
  /** `dimensionStart[d]` to `dimensionStart[d + 1]` are dimension `d`'s sources. */
  dimensionStart: Int32Array;
  /** The dimension weights. */
  dimensionWeights: Float64Array;
  /** The source weights inside their dimensions. */
  sourceWeights: Float64Array;
  /** The number of distinct evidence groups. */
  groupCount: number;
  /** The index of the agreement dimension. */
  agreementDimension: number;
}

/**
 * Flattens a (validated) methodology.
 *
 * @internal
 */
export function createLayout(methodology: Methodology): MethodologyLayout {
  const sources: LayoutSource[] = [];
  const groups = new Map<string, number>();
  const dimensionStart = new Int32Array(methodology.dimensions.length + 1);
  methodology.dimensions.forEach((dimension, d) => {
    dimensionStart[d] = sources.length;
    for (const source of dimension.sources) {
      const group = source.evidenceGroup ?? source.id;
      let groupIndex = groups.get(group);
      if (groupIndex === undefined) {
        groupIndex = groups.size;
        groups.set(group, groupIndex);
      }
      sources.push({ ...source, dimensionIndex: d, dimensionId: dimension.id, group, groupIndex });
    }
  });
  dimensionStart[methodology.dimensions.length] = sources.length;
  return {
    methodology,
    sources,
    dimensionStart,
    dimensionWeights: Float64Array.from(methodology.dimensions, (dimension) => dimension.weight),
    sourceWeights: Float64Array.from(sources, (source) => source.weight),
    groupCount: groups.size,
    agreementDimension: methodology.dimensions.findIndex(
      (dimension) => dimension.id === methodology.confidence.agreementDimension,
    ),
  };
}

/**
 * Per-occupation buffers written by {@link combineRow}.
 *
 * @internal
 */
export interface RowBuffers {
  /** Effective source weights (0 when missing), one per source. */
  sourceEffective: Float64Array;
  /** Contributions, one per source. */
  contributions: Float64Array;
  /** Dimension scores (NaN when missing), one per dimension. */
  dimensionScores: Float64Array;
  /** Effective dimension weights (0 when missing). */
  dimensionEffective: Float64Array;
  /** Dimension contributions. */
  dimensionContributions: Float64Array;
}

/**
 * Allocates {@link RowBuffers} for `rows` occupations.
 *
 * @internal
 */
export function createRowBuffers(layout: MethodologyLayout, rows = 1): RowBuffers {
  const sourceCount = layout.sources.length;
  const dimensionCount = layout.dimensionWeights.length;
  return {
    sourceEffective: new Float64Array(rows * sourceCount),
    contributions: new Float64Array(rows * sourceCount),
    dimensionScores: new Float64Array(rows * dimensionCount),
    dimensionEffective: new Float64Array(rows * dimensionCount),
    dimensionContributions: new Float64Array(rows * dimensionCount),
  };
}

/**
 * Combines one occupation's source percentiles (NaN = missing) into its score (methodology §2): a
 * dimension score is the mean of its available sources with their weights rescaled to sum to 1; the score
 * is the sum of the contributions `dimensionEffectiveWeight · sourceEffectiveWeight · percentile`, the
 * available dimensions' weights rescaled to sum to 1. Writes the buffers of row `row` and returns the
 * score, clamped to [0, 1] against rounding, or NaN when no source has data.
 *
 * @internal
 */
export function combineRow(
  layout: MethodologyLayout,
  percentiles: ArrayLike<number>,
  percentileOffset: number,
  buffers: RowBuffers,
  row: number,
  sourceWeights: ArrayLike<number> = layout.sourceWeights,
  dimensionWeights: ArrayLike<number> = layout.dimensionWeights,
): number {
  const sourceCount = layout.sources.length;
  const dimensionCount = dimensionWeights.length;
  const sourceBase = row * sourceCount;
  const dimensionBase = row * dimensionCount;
  const { sourceEffective, contributions, dimensionScores, dimensionEffective, dimensionContributions } =
    buffers;
  let dimensionTotal = 0;
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d]!;
    const end = layout.dimensionStart[d + 1]!;
    let available = 0;
    for (let s = start; s < end; s++) {
      if (!Number.isNaN(percentiles[percentileOffset + s]!)) available += sourceWeights[s]!;
    }
    if (available > 0) {
      let score = 0;
      for (let s = start; s < end; s++) {
        const percentile = percentiles[percentileOffset + s]!;
        if (Number.isNaN(percentile)) {
          sourceEffective[sourceBase + s] = 0;
        } else {
          const effective = sourceWeights[s]! / available;
          sourceEffective[sourceBase + s] = effective;
          score += effective * percentile;
        }
      }
      dimensionScores[dimensionBase + d] = score;
      dimensionTotal += dimensionWeights[d]!;
    } else {
      for (let s = start; s < end; s++) sourceEffective[sourceBase + s] = 0;
      dimensionScores[dimensionBase + d] = Number.NaN;
    }
  }
  let total = 0;
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d]!;
    const end = layout.dimensionStart[d + 1]!;
    const missing = Number.isNaN(dimensionScores[dimensionBase + d]!);
    const effective = missing || dimensionTotal === 0 ? 0 : dimensionWeights[d]! / dimensionTotal;
    dimensionEffective[dimensionBase + d] = effective;
    let dimensionContribution = 0;
    for (let s = start; s < end; s++) {
      const percentile = percentiles[percentileOffset + s]!;
      const contribution = Number.isNaN(percentile)
        ? 0
        : effective * sourceEffective[sourceBase + s]! * percentile;
      contributions[sourceBase + s] = contribution;
      dimensionContribution += contribution;
      total += contribution;
    }
    dimensionContributions[dimensionBase + d] = dimensionContribution;
  }
  if (dimensionTotal === 0) return Number.NaN;
  return Math.min(Math.max(total, 0), 1);
}
