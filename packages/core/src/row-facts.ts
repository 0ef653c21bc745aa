import { compareScore } from './comparison.js';
import { confidenceOfAgreement } from './confidence.js';
import { assignDimensionLevel } from './dimension-level.js';
import * as Records from './score-records.js';
import type { Comparison, Confidence, DimensionLevel, ScoreResult, Uncertainty } from './score-result.js';
import { linkedNativeCodes, type ScoringModel } from './scoring-model.js';
import { roundScorePercent, tierPosition } from './tier.js';

/**
 * What every result of one row of a scoring model shows, worked out once per model: a result is then a set
 * of fresh objects filled from it (results are the caller's to change), with nothing computed again.
 *
 * The numbers are kept in ordinary arrays that never hold only numbers (they are made full of null), so
 * V8 stores each number once, boxed, and every result shares the box: a number read from a typed array
 * and stored in an object is boxed anew each time, and that was about fifty allocations per result. A
 * result cannot tell: numbers are values.
 *
 * @internal
 */
export class RowFacts {
  /** Four per source in layout order: raw (null when missing), percentile (null), effective weight, contribution. */
  readonly sourceValues: (number | null)[];
  /** Three per dimension: effective weight, score (null when missing), contribution. */
  readonly dimensionValues: (number | null)[];
  /** The level of each dimension (null when missing). */
  readonly levels: (DimensionLevel | null)[];
  /** The score. */
  readonly score: number;
  /** The score in percent, rounded half-up to one decimal. */
  readonly scorePercent: number;
  /** The tier's position in the methodology's list (highest first). */
  readonly tierPosition: number;
  /** The ids of the sources with no value. */
  readonly missingSources: string[];
  /** The confidence, copied into each result. */
  readonly confidence: Confidence;
  /** The comparison, copied into each result. */
  readonly comparison: Comparison;

  constructor(model: ScoringModel, row: number) {
    const { layout, methodology, buffers } = model;
    const sourceCount = layout.sources.length;
    const dimensionCount = methodology.dimensions.length;
    const sourceBase = row * sourceCount;
    const dimensionBase = row * dimensionCount;
    const sourceValues: (number | null)[] = new Array(4 * sourceCount).fill(null);
    const dimensionValues: (number | null)[] = new Array(3 * dimensionCount).fill(null);
    const levels: (DimensionLevel | null)[] = new Array(dimensionCount).fill(null);
    const missingSources: string[] = [];
    for (let s = 0; s < sourceCount; s++) {
      const percentile = model.percentiles[sourceBase + s]!;
      const layoutSource = layout.sources[s]!;
      if (Number.isNaN(percentile)) {
        missingSources.push(layoutSource.id);
      } else {
        sourceValues[4 * s] = model.raws[sourceBase + s]!;
        sourceValues[4 * s + 1] = percentile;
      }
      sourceValues[4 * s + 2] = buffers.sourceEffective[sourceBase + s]!;
      sourceValues[4 * s + 3] = buffers.contributions[sourceBase + s]!;
    }
    for (let d = 0; d < dimensionCount; d++) {
      const score = buffers.dimensionScores[dimensionBase + d]!;
      dimensionValues[3 * d] = buffers.dimensionEffective[dimensionBase + d]!;
      dimensionValues[3 * d + 2] = buffers.dimensionContributions[dimensionBase + d]!;
      if (!Number.isNaN(score)) {
        dimensionValues[3 * d + 1] = score;
        levels[d] = assignDimensionLevel(score, model.levelCuts[d]!);
      }
    }
    const sourcesWithData = sourcesWithDataOf(model, row);
    const score = model.scores[row]!;
    const scorePercent = roundScorePercent(score);
    this.sourceValues = sourceValues;
    this.dimensionValues = dimensionValues;
    this.levels = levels;
    this.score = score;
    this.scorePercent = scorePercent;
    this.tierPosition = tierPosition(scorePercent, methodology.tiers);
    this.missingSources = missingSources;
    this.confidence = confidenceOfRow(model, row, sourcesWithData);
    this.comparison = compareScore(
      score,
      model.universe,
      model.median,
      sourcesWithData,
      methodology.comparison,
      methodology.ties,
    );
  }
}

/**
 * `n`, the number of sources (evidence groups) with a value for a computed row.
 *
 * @internal
 */
export function sourcesWithDataOf(model: ScoringModel, row: number): number {
  const { layout } = model;
  const groupsWithData = model.groupFlags.fill(0);
  const sourceBase = row * layout.sources.length;
  for (let s = 0; s < layout.sources.length; s++) {
    if (!Number.isNaN(model.percentiles[sourceBase + s]!)) groupsWithData[layout.sources[s]!.groupIndex] = 1;
  }
  let count = 0;
  for (let group = 0; group < groupsWithData.length; group++) count += groupsWithData[group]!;
  return count;
}

/**
 * The confidence of a computed row, given its `n`.
 *
 * @internal
 */
export function confidenceOfRow(model: ScoringModel, row: number, sourcesWithData: number): Confidence {
  const { layout } = model;
  return confidenceOfAgreement(
    sourcesWithData,
    layout.groupCount,
    model.agreementIds,
    model.percentiles,
    layout.agreementDimension === -1
      ? 0
      : row * layout.sources.length + layout.dimensionStart[layout.agreementDimension]!,
    model.agreementScratch,
    model.methodology.confidence,
  );
}

/** The facts of a row, worked out on first use. @internal */
export function rowFactsOf(model: ScoringModel, row: number): RowFacts {
  let facts = model.rowFacts[row];
  if (facts === undefined) {
    facts = new RowFacts(model, row);
    model.rowFacts[row] = facts;
  }
  return facts;
}

const NO_CODES: readonly string[] = Object.freeze([]);

// One frozen copy of a cell's native codes per model, shared by every result that shows it: a fresh copy per
// source per result was a fifth of the objects scoreAll allocates.
function frozenNativeCodes(model: ScoringModel, cell: number): readonly string[] {
  let frozen = model.frozenNativeCodes[cell];
  if (frozen === undefined) {
    const linked = linkedNativeCodes(model, cell);
    frozen = linked === null ? NO_CODES : Object.freeze(linked.slice());
    model.frozenNativeCodes[cell] = frozen;
  }
  return frozen;
}

/**
 * The result of one row (computed, with a score) of a model: new objects throughout, but for the frozen
 * native-code lists and the provenance, which every result of the model shares.
 *
 * @internal
 */
export function buildScoreResult(
  model: ScoringModel,
  row: number,
  uncertainty: Uncertainty | undefined,
): ScoreResult {
  const { layout, methodology } = model;
  const facts = rowFactsOf(model, row);
  const { sourceValues, dimensionValues } = facts;
  const sourceBase = row * layout.sources.length;
  const dimensionCount = methodology.dimensions.length;
  // Arrays of their final length, filled in place: one allocation each, where `push` grows a spare capacity.
  const dimensions: Records.DimensionScore[] = new Array(dimensionCount);
  for (let d = 0; d < dimensionCount; d++) {
    const dimension = methodology.dimensions[d]!;
    const start = layout.dimensionStart[d]!;
    const sources: Records.SourceScore[] = new Array(dimension.sources.length);
    for (let offset = 0; offset < dimension.sources.length; offset++) {
      const source = dimension.sources[offset]!;
      const s = start + offset;
      sources[offset] = new Records.SourceScore(
        source.id,
        source.label,
        dimension.id,
        layout.sources[s]!.group,
        source.direction,
        sourceValues[4 * s]!,
        frozenNativeCodes(model, sourceBase + s),
        sourceValues[4 * s + 1]!,
        source.weight,
        sourceValues[4 * s + 2] as number,
        sourceValues[4 * s + 3] as number,
      );
    }
    dimensions[d] = new Records.DimensionScore(
      dimension.id,
      dimension.label,
      dimension.weight,
      dimensionValues[3 * d] as number,
      dimensionValues[3 * d + 1]!,
      facts.levels[d]!,
      dimensionValues[3 * d + 2] as number,
      sources,
    );
  }
  const tier = methodology.tiers[facts.tierPosition]!;
  const confidence = facts.confidence;
  const disagreeing = confidence.mostDisagreeing;
  const comparison = facts.comparison;
  const occupation = model.occupations[row]!;
  return new Records.ScoreResult(
    occupation.code,
    occupation.title,
    facts.score,
    facts.scorePercent,
    new Records.TierAssignment(tier.name, methodology.tiers.length - 1 - facts.tierPosition, tier.above),
    dimensions,
    facts.missingSources.slice(),
    new Records.Confidence(
      confidence.level,
      confidence.sourcesWithData,
      confidence.sourcesTotal,
      confidence.agreementSourcesWithData,
      confidence.agreementSourcesTotal,
      confidence.dispersion,
      confidence.levelFromAgreement,
      confidence.coverageCap,
      disagreeing === null
        ? null
        : new Records.MostDisagreeing(disagreeing.sourceId, disagreeing.percentile, disagreeing.deviation),
      confidence.agreementMedian,
    ),
    new Records.Comparison(
      comparison.medianScore,
      comparison.scorePercentile,
      comparison.scoredOccupations,
      comparison.phrase,
      comparison.sentence,
    ),
    uncertainty,
    model.provenance,
  );
}
