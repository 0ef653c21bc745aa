import { AiResilienceError } from './ai-resilience-error.js';
import type { Dataset } from './dataset.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { findOccupationRow } from './find-occupation.js';
import type { Methodology } from './methodology.js';
import { combineRow, createRowBuffers, type MethodologyLayout } from './methodology-layout.js';
import { NoDataError } from './no-data-error.js';
import { SeededRandom } from './random.js';
import type { Uncertainty } from './score-result.js';
import { getScoringModel, type ScoringModel } from './scoring-model.js';
import { selectQuantiles } from './select-quantiles.js';
import { tierPosition } from './tier.js';

/** Options of the uncertainty analysis. */
export interface UncertaintyOptions {
  /** The number of Monte Carlo draws (default 10,000), an integer from 1 to 10,000,000. */
  draws?: number;
  /** The seed of the pseudo-random generator (default 1), an integer; the same seed gives the same interval. */
  seed?: number;
  /**
   * The Dirichlet concentration `c` (default 50): each weight vector `w` is drawn from
   * `Dirichlet(c·w)`, so a weight's standard deviation is `√(w(1 − w)/(c + 1))`; higher = closer to the
   * methodology's weights.
   */
  concentration?: number;
}

/** The defaults of {@link UncertaintyOptions}. */
export const DEFAULT_UNCERTAINTY_OPTIONS: Readonly<Required<UncertaintyOptions>> = Object.freeze({
  draws: 10_000,
  seed: 1,
  concentration: 50,
});

/** Monte Carlo weight vectors, drawn once and shared by every occupation. */
export interface WeightDraws {
  /** The resolved options. */
  options: Required<UncertaintyOptions>;
  /** `draws × D` dimension weights. */
  dimensionWeights: Float64Array;
  /** `draws × S` source weights (each dimension's block sums to 1). */
  sourceWeights: Float64Array;
}

/**
 * Validates and completes uncertainty options.
 *
 * @internal
 */
export function resolveUncertaintyOptions(
  options: UncertaintyOptions | true = {},
): Required<UncertaintyOptions> {
  const given = options === true ? {} : options;
  const resolved = { ...DEFAULT_UNCERTAINTY_OPTIONS, ...given };
  if (!Number.isInteger(resolved.draws) || resolved.draws < 1 || resolved.draws > 10_000_000) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `uncertainty.draws must be an integer from 1 to 10,000,000, got ${resolved.draws}`,
    );
  }
  if (!Number.isSafeInteger(resolved.seed)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `uncertainty.seed must be an integer, got ${resolved.seed}`,
    );
  }
  if (!(Number.isFinite(resolved.concentration) && resolved.concentration > 0)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `uncertainty.concentration must be a finite number > 0, got ${resolved.concentration}`,
    );
  }
  return resolved;
}

/**
 * Draws the Monte Carlo weight vectors: per draw, the dimension weights from `Dirichlet(c·W)` and, for each
 * dimension with several sources, its source weights from `Dirichlet(c·w)`.
 *
 * @internal
 */
export function drawWeights(layout: MethodologyLayout, options: Required<UncertaintyOptions>): WeightDraws {
  const random = new SeededRandom(options.seed);
  const dimensionCount = layout.dimensionWeights.length;
  const sourceCount = layout.sources.length;
  const draws = options.draws;
  // One alpha vector (the dimensions', then the sources') and one block per Dirichlet draw of a round: the
  // dimensions (when there are several), then each dimension with several sources, in order.
  const alpha = new Float64Array(dimensionCount + sourceCount);
  const blocks: number[] = [];
  const dimensionWeights = new Float64Array(draws * dimensionCount);
  const sourceWeights = new Float64Array(draws * sourceCount);
  layout.dimensionWeights.forEach((weight, d) => {
    alpha[d] = weight * options.concentration;
  });
  layout.sourceWeights.forEach((weight, s) => {
    alpha[dimensionCount + s] = weight * options.concentration;
  });
  if (dimensionCount === 1) dimensionWeights.fill(1);
  else blocks.push(0, dimensionCount, 0, 0);
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d]!;
    const end = layout.dimensionStart[d + 1]!;
    if (end - start > 1) blocks.push(dimensionCount + start, dimensionCount + end, 1, start);
    else for (let draw = 0; draw < draws; draw++) sourceWeights[draw * sourceCount + start] = 1;
  }
  random.fillDirichletRounds(
    draws,
    alpha,
    Int32Array.from(blocks),
    [dimensionWeights, sourceWeights],
    [dimensionCount, sourceCount],
  );
  return { options, dimensionWeights, sourceWeights };
}

/**
 * The weight draws of a model for some options, drawn once and cached on the model.
 *
 * @internal
 */
export function modelWeightDraws(model: ScoringModel, options: Required<UncertaintyOptions>): WeightDraws {
  const key = `${options.draws}:${options.seed}:${options.concentration}`;
  let draws = model.weightDraws.get(key) as WeightDraws | undefined;
  if (draws === undefined) {
    draws = drawWeights(model.layout, options);
    model.weightDraws.clear();
    model.weightDraws.set(key, draws);
  }
  return draws;
}

/** Reusable buffers of {@link computeUncertainty}. */
export interface UncertaintyScratch {
  /** One score per draw. */
  scores: Float64Array;
  /** One percentile row. */
  row: Float64Array;
  /** Available sources, grouped by dimension. */
  available: Int32Array;
  /** `availableEnd[d]`: the end of dimension d's run in `available`. */
  availableEnd: Int32Array;
}

/**
 * Allocates the buffers of {@link computeUncertainty}.
 *
 * @internal
 */
export function createUncertaintyScratch(layout: MethodologyLayout, draws: number): UncertaintyScratch {
  return {
    scores: new Float64Array(draws),
    row: new Float64Array(layout.sources.length),
    available: new Int32Array(layout.sources.length),
    availableEnd: new Int32Array(layout.dimensionWeights.length),
  };
}

/**
 * The uncertainty of one scored occupation of a model: leave-one-out over its sources with data and the
 * Monte Carlo interval over shared weight draws.
 *
 * @internal
 */
export function computeUncertainty(
  model: ScoringModel,
  row: number,
  weightDraws: WeightDraws,
  scratch: UncertaintyScratch = createUncertaintyScratch(model.layout, weightDraws.options.draws),
): Uncertainty {
  const { layout } = model;
  const tiers = model.methodology.tiers;
  const sourceCount = layout.sources.length;
  const dimensionCount = layout.dimensionWeights.length;
  const score = model.scores[row]!;
  const basePosition = tierPosition(Math.floor(1000 * score + 0.5) / 10, tiers);
  const percentiles = scratch.row;
  percentiles.set(model.percentiles.subarray(row * sourceCount, (row + 1) * sourceCount));

  const leaveOneOut: Uncertainty['leaveOneOut'] = [];
  let low = score;
  let high = score;
  let looTierChanged = false;
  const buffers = createRowBuffers(layout);
  for (let s = 0; s < sourceCount; s++) {
    const held = percentiles[s]!;
    if (Number.isNaN(held)) continue;
    percentiles[s] = Number.NaN;
    const without = combineRow(layout, percentiles, 0, buffers, 0);
    percentiles[s] = held;
    if (Number.isNaN(without)) continue;
    const position = tierPosition(Math.floor(1000 * without + 0.5) / 10, tiers);
    if (position !== basePosition) looTierChanged = true;
    leaveOneOut.push({ sourceId: layout.sources[s]!.id, score: without, tier: tiers[position]!.name });
    if (without < low) low = without;
    if (without > high) high = without;
  }

  // Monte Carlo: the available sources of each dimension, then one score per shared weight draw.
  const { available, availableEnd, scores } = scratch;
  let count = 0;
  for (let d = 0; d < dimensionCount; d++) {
    for (let s = layout.dimensionStart[d]!; s < layout.dimensionStart[d + 1]!; s++) {
      if (!Number.isNaN(percentiles[s]!)) available[count++] = s;
    }
    availableEnd[d] = count;
  }
  // The draw keeps the tier when its rounded percent is above the tier's own cut (if any) and not above
  // the cut of the tier above it (if any). Rounding is monotone, so each test is one comparison of the
  // score with the smallest score that rounds above the cut.
  const floor = tiers[basePosition]!.above;
  const lowerScore = floor === null ? Number.NEGATIVE_INFINITY : smallestScoreAbove(floor);
  const upperScore =
    basePosition === 0 ? Number.POSITIVE_INFINITY : smallestScoreAbove(tiers[basePosition - 1]!.above!);
  const { dimensionWeights, sourceWeights, options } = weightDraws;
  const draws = options.draws;
  let changed = 0;
  for (let draw = 0; draw < draws; draw++) {
    const sourceBase = draw * sourceCount;
    const dimensionBase = draw * dimensionCount;
    let total = 0;
    let weightSum = 0;
    let cursor = 0;
    for (let d = 0; d < dimensionCount; d++) {
      const end = availableEnd[d]!;
      let numerator = 0;
      let denominator = 0;
      for (; cursor < end; cursor++) {
        const s = available[cursor]!;
        const weight = sourceWeights[sourceBase + s]!;
        numerator += weight * percentiles[s]!;
        denominator += weight;
      }
      if (denominator > 0) {
        const weight = dimensionWeights[dimensionBase + d]!;
        total += (weight * numerator) / denominator;
        weightSum += weight;
      }
    }
    // A draw that puts all weight on missing sources cannot rescale: it keeps the methodology's score.
    const drawn = weightSum > 0 ? total / weightSum : score;
    scores[draw] = drawn;
    if (drawn < lowerScore || drawn >= upperScore) changed++;
  }
  const [p05, p50, p95] = selectQuantiles(scores, [0.05, 0.5, 0.95]) as [number, number, number];
  const tierChangeRate = changed / draws;
  return {
    leaveOneOut,
    leaveOneOutRange: [low, high],
    monteCarlo: {
      draws,
      seed: options.seed,
      concentration: options.concentration,
      p05,
      p50,
      p95,
      tierChangeRate,
    },
    tierStable: !looTierChanged && tierChangeRate < 0.05,
  };
}

const thresholds = new Map<number, number>();

/**
 * The smallest score `x` whose rounded percent `floor(1000·x + 0.5)/10` is above `cut`, found by bisection
 * over doubles: rounding is monotone, so `percent(x) > cut` exactly when `x ≥` this threshold.
 *
 * @internal
 */
export function smallestScoreAbove(cut: number): number {
  let threshold = thresholds.get(cut);
  if (threshold !== undefined) return threshold;
  const above = (x: number) => Math.floor(1000 * x + 0.5) / 10 > cut;
  let low = -1;
  let high = 2;
  if (above(low)) return low;
  if (!above(high)) return Number.POSITIVE_INFINITY;
  for (;;) {
    const middle = low + (high - low) / 2;
    if (middle === low || middle === high) break;
    if (above(middle)) high = middle;
    else low = middle;
  }
  threshold = high;
  if (thresholds.size > 1000) thresholds.clear();
  thresholds.set(cut, threshold);
  return threshold;
}

/**
 * How stable an occupation's score is under changes to the method (the same analysis as
 * `scoreOccupation(…, { uncertainty })`):
 * - **leave-one-out**: the score with each source that has data left out in turn, its weight rescaled as
 *   for a missing source (a source whose removal leaves no data is skipped), and the range of those
 *   scores together with the full score;
 * - **Monte Carlo**: `draws` weight vectors drawn around the methodology's weights, the dimension weights
 *   from `Dirichlet(c·W)` and each dimension's source weights from `Dirichlet(c·w)` (Marsaglia–Tsang gamma
 *   draws from a seeded xoshiro128** generator), each rescaled over the occupation's available sources as
 *   in the score; the 5th, 50th and 95th percentiles (linear interpolation) of the drawn scores and the
 *   share of draws whose tier differs;
 * - `tierStable`: no leave-one-out changes the tier and under 5 % of draws do.
 *
 * The same seed gives the same result.
 *
 * @param dataset - the dataset.
 * @param code - a SOC 2018 or O*NET-SOC code in the dataset.
 * @param methodology - the methodology (default {@link DEFAULT_METHODOLOGY}).
 * @param options - draws (10,000), seed (1) and concentration (50).
 * @returns the leave-one-out scores and range, the Monte Carlo interval and the tier stability.
 * @throws {@link OccupationCodeError} for a malformed code, {@link UnknownOccupationError} for a code not in
 *   the dataset, {@link NoDataError} when no source has data for it, {@link AiResilienceError}
 *   (`INVALID_ARGUMENT`) for invalid options, {@link MethodologyError} or {@link DatasetError} when the
 *   methodology or the dataset is invalid.
 * @example
 * ```ts
 * const uncertainty = scoreUncertainty(dataset, '29-2072', DEFAULT_METHODOLOGY, { seed: 7 });
 * uncertainty.monteCarlo.p05 <= uncertainty.monteCarlo.p95; // true
 * ```
 */
export function scoreUncertainty(
  dataset: Dataset,
  code: string,
  methodology: Methodology = DEFAULT_METHODOLOGY,
  options: UncertaintyOptions = {},
): Uncertainty {
  const resolved = resolveUncertaintyOptions(options);
  const model = getScoringModel(dataset, methodology);
  const row = findOccupationRow(model, code);
  if (Number.isNaN(model.scores[row]!)) {
    throw new NoDataError(model.occupations[row]!.code, model.methodology.id, model.layout.sources.length);
  }
  return computeUncertainty(model, row, modelWeightDraws(model, resolved));
}
