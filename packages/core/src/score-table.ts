import { scorePercentileOf } from './comparison.js';
import type { Dataset } from './dataset.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { assignDimensionLevel } from './dimension-level.js';
import type { Methodology } from './methodology.js';
import { noDataMessage } from './no-data-error.js';
import { confidenceOfRow, sourcesWithDataOf } from './row-facts.js';
import type { ExcludedOccupation } from './score.js';
import type { ConfidenceLevel, DimensionLevel, Provenance } from './score-result.js';
import { computeAllRows, getScoringModel } from './scoring-model.js';
import { roundScorePercent, tierPosition } from './tier.js';

/** One dimension's column of a {@link ScoreTable}. */
export interface ScoreTableDimension {
  /** The dimension id, e.g. `mhc`. */
  id: string;
  /** The dimension label. */
  label: string;
  /** The dimension score of each row, NaN where no source of the dimension has a value. */
  scores: Float64Array;
  /** The level of each row, null where the score is missing. */
  levels: (DimensionLevel | null)[];
}

/** One source's columns of a {@link ScoreTable}. */
export interface ScoreTableSource {
  /** The source id. */
  id: string;
  /** The source label. */
  label: string;
  /** The id of the dimension the source feeds. */
  dimensionId: string;
  /** The raw value of each row (the mean of the linked native values), NaN where the source has no value. */
  raws: Float64Array;
  /** The percentile of each row (higher = more resilient), NaN where the source has no value. */
  percentiles: Float64Array;
  /** The source's share of each row's score (0 where the source has no value). */
  contributions: Float64Array;
}

/**
 * Every scored occupation of a dataset as columns: the numbers of {@link scoreAll}'s results (row `i` is
 * `results[i]`, the same numbers to the bit) without an object per occupation, dimension and source. For
 * a table, a chart or a file of every occupation; {@link scoreAll} for the full results.
 */
export interface ScoreTable {
  /** The number of rows: the scored occupations, in the dataset's order. */
  length: number;
  /** The occupation codes. */
  codes: string[];
  /** The titles. */
  titles: string[];
  /** The scores in [0, 1]. */
  scores: Float64Array;
  /** The scores in percent rounded half-up to one decimal (the values compared with the tier cuts). */
  scorePercents: Float64Array;
  /** The tier names. */
  tiers: string[];
  /** The confidence levels. */
  confidence: ConfidenceLevel[];
  /** Each score's percentile among the scored universe (the comparison's `scorePercentile`). */
  scorePercentiles: Float64Array;
  /** The dimensions in methodology order. */
  dimensions: ScoreTableDimension[];
  /** The sources in methodology order (dimension by dimension). */
  sources: ScoreTableSource[];
  /** The occupations that could not be scored, as in {@link scoreAll}. */
  excluded: ExcludedOccupation[];
  /** The median score of the scored universe. */
  medianScore: number;
  /** How many occupations form the scored universe (line items with a score). */
  scoredOccupations: number;
  /** The provenance of every row. */
  provenance: Provenance;
}

/**
 * Scores every occupation of a dataset, as a table of columns (see {@link ScoreTable}): what
 * {@link scoreAll} computes, without building its result objects, so several times faster for exports,
 * tables and charts of every occupation. Row `i` has the numbers of `scoreAll(dataset, methodology).results[i]`.
 *
 * @param dataset - the dataset.
 * @param methodology - the methodology (default {@link DEFAULT_METHODOLOGY}).
 * @returns the columns, the excluded occupations, the median, the size of the scored universe and the
 *   provenance.
 * @throws {@link MethodologyError} or {@link DatasetError}, as {@link scoreAll}.
 * @example
 * ```ts
 * const table = scoreTable(dataset);
 * const mhc = table.dimensions.find((dimension) => dimension.id === 'mhc')!;
 * for (let i = 0; i < table.length; i++) {
 *   console.log(table.codes[i], table.scorePercents[i], table.tiers[i], mhc.levels[i]);
 * }
 * ```
 */
export function scoreTable(dataset: Dataset, methodology: Methodology = DEFAULT_METHODOLOGY): ScoreTable {
  const model = getScoringModel(dataset, methodology);
  computeAllRows(model);
  const { layout, occupations, buffers } = model;
  const rules = model.methodology;
  const sourceCount = layout.sources.length;
  const dimensionCount = rules.dimensions.length;
  const excluded: ExcludedOccupation[] = [];
  const rows: number[] = [];
  for (let row = 0; row < occupations.length; row++) {
    if (!Number.isNaN(model.scores[row]!)) {
      rows.push(row);
      continue;
    }
    const occupation = occupations[row]!;
    excluded.push({
      code: occupation.code,
      title: occupation.title,
      reason: 'no-data',
      message: noDataMessage(occupation.code, rules.id, sourceCount),
    });
  }
  const length = rows.length;
  const codes: string[] = new Array(length);
  const titles: string[] = new Array(length);
  const scores = new Float64Array(length);
  const scorePercents = new Float64Array(length);
  const tiers: string[] = new Array(length);
  const confidence: ConfidenceLevel[] = new Array(length);
  const scorePercentiles = new Float64Array(length);
  const dimensions: ScoreTableDimension[] = rules.dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.label,
    scores: new Float64Array(length),
    levels: new Array<DimensionLevel | null>(length).fill(null),
  }));
  const sources: ScoreTableSource[] = layout.sources.map((source) => ({
    id: source.id,
    label: source.label,
    dimensionId: source.dimensionId,
    raws: new Float64Array(length),
    percentiles: new Float64Array(length),
    contributions: new Float64Array(length),
  }));
  for (let i = 0; i < length; i++) {
    const row = rows[i]!;
    const occupation = occupations[row]!;
    const score = model.scores[row]!;
    const scorePercent = roundScorePercent(score);
    codes[i] = occupation.code;
    titles[i] = occupation.title;
    scores[i] = score;
    scorePercents[i] = scorePercent;
    tiers[i] = rules.tiers[tierPosition(scorePercent, rules.tiers)]!.name;
    confidence[i] = confidenceOfRow(model, row, sourcesWithDataOf(model, row)).level;
    scorePercentiles[i] = scorePercentileOf(score, model.universe, rules.ties);
    for (let d = 0; d < dimensionCount; d++) {
      const dimensionScore = buffers.dimensionScores[row * dimensionCount + d]!;
      const column = dimensions[d]!;
      column.scores[i] = dimensionScore;
      if (!Number.isNaN(dimensionScore)) {
        column.levels[i] = assignDimensionLevel(dimensionScore, model.levelCuts[d]!);
      }
    }
    for (let s = 0; s < sourceCount; s++) {
      const cell = row * sourceCount + s;
      const column = sources[s]!;
      column.raws[i] = model.raws[cell]!;
      column.percentiles[i] = model.percentiles[cell]!;
      column.contributions[i] = buffers.contributions[cell]!;
    }
  }
  return {
    length,
    codes,
    titles,
    scores,
    scorePercents,
    tiers,
    confidence,
    scorePercentiles,
    dimensions,
    sources,
    excluded,
    medianScore: model.median,
    scoredOccupations: model.universe.length,
    provenance: model.provenance,
  };
}
