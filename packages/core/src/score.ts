import type { Dataset } from './dataset.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { findOccupationRow } from './find-occupation.js';
import type { Methodology } from './methodology.js';
import { NoDataError, noDataMessage } from './no-data-error.js';
import { buildScoreResult } from './row-facts.js';
import type { Provenance, ScoreResult } from './score-result.js';
import { computeAllRows, getScoringModel } from './scoring-model.js';
import {
  computeUncertainty,
  createUncertaintyScratch,
  modelWeightDraws,
  resolveUncertaintyOptions,
  type UncertaintyOptions,
} from './uncertainty.js';

/** Options of {@link scoreOccupation} and {@link scoreAll}. */
export interface ScoreOptions {
  /**
   * Adds the uncertainty analysis to each result (see {@link scoreUncertainty}): `true` for the default
   * options, or the options.
   */
  uncertainty?: boolean | UncertaintyOptions;
}

/** An occupation `scoreAll` could not score, and why. */
export interface ExcludedOccupation {
  /** The occupation code. */
  code: string;
  /** The title. */
  title: string;
  /** Why: `no-data` when no source of the methodology has a value for it. */
  reason: 'no-data';
  /** A sentence saying so. */
  message: string;
}

/** The result of {@link scoreAll}. */
export interface ScoreAllResult {
  /** One result per scored occupation, in the dataset's order. */
  results: ScoreResult[];
  /** The occupations that could not be scored, in the dataset's order. */
  excluded: ExcludedOccupation[];
  /** The median score of the scored universe. */
  medianScore: number;
  /** How many occupations form the scored universe (line items with a score). */
  scoredOccupations: number;
  /** The provenance shared by every result. */
  provenance: Provenance;
}

/**
 * Scores one occupation: its sources' percentiles, the three dimension scores and levels, the score, its
 * tier, the confidence, the comparison with all scored occupations and the provenance (methodology §2–§5).
 *
 * - Each source is ranked in its own universe (`dataset.sources[id].universe`) with the methodology's tie
 *   and weighting rules; an occupation's percentile is the mean of the percentiles of the native codes it
 *   links to (`links[code]`), and the raw value shown is the mean of their values.
 * - A dimension score is the weighted mean of its available sources, the weights rescaled to sum to 1;
 *   the score is the weighted mean of the available dimensions, rescaled the same way. Each source's
 *   `contribution` is `dimensionEffectiveWeight · effectiveWeight · percentile`, and the score is their sum
 *   (so they add up to it exactly).
 * - The tier compares the score rounded half-up to one percent decimal with the cuts (strict `>`).
 * - The **scored universe** the comparison and the tercile levels use is the dataset's line items
 *   (`lineItem: true`) that have a score (every scored occupation when the dataset has no line item). An
 *   O*NET-SOC code is scored like any occupation, from the links the dataset gives it, and compared with
 *   that universe.
 *
 * The percentiles of a (dataset, methodology) pair are computed once and cached, so scoring many
 * occupations one by one is cheap; treat a dataset as immutable once scored.
 *
 * @param dataset - the dataset (from `@airesilience/data`, or built by hand).
 * @param code - a SOC 2018 detailed code (`29-2072`) or an O*NET-SOC code (`29-2072.00`).
 * @param methodology - the methodology (default {@link DEFAULT_METHODOLOGY}).
 * @param options - `uncertainty` to add the leave-one-out and Monte Carlo analysis.
 * @returns the full result.
 * @throws {@link OccupationCodeError} for a malformed code; {@link UnknownOccupationError} (with close codes)
 *   for a code not in the dataset; {@link NoDataError} when no source has a value for the occupation (a score
 *   is never NaN); {@link MethodologyError} for an invalid methodology or one that names a source the dataset
 *   lacks; {@link DatasetError} for a dataset that cannot be scored; {@link AiResilienceError}
 *   (`INVALID_ARGUMENT`) for invalid uncertainty options.
 * @example
 * ```ts
 * const result = scoreOccupation(dataset, '29-2072');
 * result.scorePercent; // 41.4 (Medical Records Specialists, with the embedded snapshot)
 * result.tier.name; // e.g. 'Somewhat Resilient'
 * result.comparison.sentence;
 * // 'somewhat less resilient to AI impacts than most occupations, according to our analysis of 6 sources'
 * // (six: adaptive capacity has no value for 29-2072)
 * ```
 */
export function scoreOccupation(
  dataset: Dataset,
  code: string,
  methodology: Methodology = DEFAULT_METHODOLOGY,
  options: ScoreOptions = {},
): ScoreResult {
  const uncertaintyOptions = options.uncertainty ? resolveUncertaintyOptions(options.uncertainty) : null;
  const model = getScoringModel(dataset, methodology);
  const row = findOccupationRow(model, code);
  if (Number.isNaN(model.scores[row]!)) {
    throw new NoDataError(model.occupations[row]!.code, model.methodology.id, model.layout.sources.length);
  }
  const uncertainty =
    uncertaintyOptions === null
      ? undefined
      : computeUncertainty(model, row, modelWeightDraws(model, uncertaintyOptions));
  return buildScoreResult(model, row, uncertainty);
}

/**
 * Scores every occupation of a dataset in one pass (the percentiles of each source are computed once).
 * Occupations with no data under the methodology are not scored: they are listed in `excluded` with the
 * reason `no-data`. With `uncertainty`, the Monte Carlo weight vectors are drawn once and shared by all
 * occupations. Each result is the one {@link scoreOccupation} gives.
 *
 * @param dataset - the dataset.
 * @param methodology - the methodology (default {@link DEFAULT_METHODOLOGY}).
 * @param options - `uncertainty` to add the leave-one-out and Monte Carlo analysis to every result.
 * @returns the results in the dataset's order, the excluded occupations, the median score and the size of
 *   the scored universe, and the shared provenance.
 * @throws {@link MethodologyError}, {@link DatasetError}, or {@link AiResilienceError} (`INVALID_ARGUMENT`)
 *   for invalid uncertainty options.
 * @example
 * ```ts
 * const { results, excluded, medianScore } = scoreAll(dataset);
 * results.filter((result) => result.tier.name === 'Vulnerable').length; // e.g. 18
 * ```
 */
export function scoreAll(
  dataset: Dataset,
  methodology: Methodology = DEFAULT_METHODOLOGY,
  options: ScoreOptions = {},
): ScoreAllResult {
  const uncertaintyOptions = options.uncertainty ? resolveUncertaintyOptions(options.uncertainty) : null;
  const model = getScoringModel(dataset, methodology);
  computeAllRows(model);
  const weightDraws = uncertaintyOptions === null ? null : modelWeightDraws(model, uncertaintyOptions);
  const scratch =
    weightDraws === null ? null : createUncertaintyScratch(model.layout, weightDraws.options.draws);
  const results: ScoreResult[] = [];
  const excluded: ExcludedOccupation[] = [];
  for (let row = 0; row < model.occupations.length; row++) {
    const occupation = model.occupations[row]!;
    if (Number.isNaN(model.scores[row]!)) {
      excluded.push({
        code: occupation.code,
        title: occupation.title,
        reason: 'no-data',
        message: noDataMessage(occupation.code, model.methodology.id, model.layout.sources.length),
      });
      continue;
    }
    const uncertainty =
      weightDraws === null || scratch === null
        ? undefined
        : computeUncertainty(model, row, weightDraws, scratch);
    results.push(buildScoreResult(model, row, uncertainty));
  }
  return {
    results,
    excluded,
    medianScore: model.median,
    scoredOccupations: model.universe.length,
    provenance: model.provenance,
  };
}
