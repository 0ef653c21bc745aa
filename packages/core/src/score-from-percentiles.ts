import { AiResilienceError } from './ai-resilience-error.js';
import { assessConfidence } from './confidence.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { assignDimensionLevel } from './dimension-level.js';
import type { Methodology } from './methodology.js';
import { combineRow, createLayout, createRowBuffers } from './methodology-layout.js';
import type { Confidence, DimensionLevel, TierAssignment } from './score-result.js';
import { tierPosition } from './tier.js';
import { toValidatedMethodology } from './validated-methodology.js';

/** One source in a {@link PercentileScore}. */
export interface PercentileSourceScore {
  /** The source id. */
  sourceId: string;
  /** The id of its dimension. */
  dimensionId: string;
  /** The percentile given, or null when missing. */
  percentile: number | null;
  /** The methodology weight inside the dimension. */
  weight: number;
  /** The weight after rescaling for missing sources (0 when missing). */
  effectiveWeight: number;
  /** Its share of the score. */
  contribution: number;
  /** `true` when no percentile was given. */
  missing: boolean;
}

/** One dimension in a {@link PercentileScore}. */
export interface PercentileDimensionScore {
  /** The dimension id. */
  id: string;
  /** The methodology weight. */
  weight: number;
  /** The weight after rescaling for missing dimensions (0 when missing). */
  effectiveWeight: number;
  /** The dimension score, or null when none of its sources has a percentile. */
  score: number | null;
  /** The level under a fixed level rule; null when the score is missing or the rule is `terciles`. */
  level: DimensionLevel | null;
  /** Its share of the score. */
  contribution: number;
}

/** The result of {@link scoreFromPercentiles}. */
export interface PercentileScore {
  /** The score in [0, 1]. */
  score: number;
  /** The score as a percent rounded half-up to one decimal. */
  scorePercent: number;
  /** The tier. */
  tier: TierAssignment;
  /** The dimensions in methodology order. */
  dimensions: PercentileDimensionScore[];
  /** The sources in methodology order. */
  sources: PercentileSourceScore[];
  /** The ids of the sources without a percentile. */
  missingSources: string[];
  /** The confidence. */
  confidence: Confidence;
}

/**
 * Combines source percentiles that are already known into a score, its tier, dimension scores and
 * levels, contributions and confidence, with exactly the rules {@link scoreOccupation} applies after
 * ranking (methodology §2, §4, §5). Useful for what-if analyses and for checking another implementation.
 * Levels follow a fixed level rule; under `terciles` they are null (terciles need the whole universe).
 *
 * @param percentiles - percentiles in [0, 1] (higher = more resilient) by source id; a source left out or
 *   null is missing.
 * @param methodology - the methodology (default {@link DEFAULT_METHODOLOGY}).
 * @returns the combined score.
 * @throws {@link AiResilienceError} `INVALID_ARGUMENT` for a source id the methodology does not have or a
 *   percentile outside [0, 1]; `NO_DATA` when no source has a percentile; {@link MethodologyError} for an
 *   invalid methodology.
 * @example
 * ```ts
 * const combined = scoreFromPercentiles({
 *   'ai-resilience-model': 0.5, 'anthropic-observed-exposure': 0.5, 'microsoft-ai-applicability': 0.5,
 *   'will-robots-take-my-job': 0.5, 'bls-annual-openings': 0.9, 'bls-employment-change': 0.9,
 *   'wage-bill': 0.2,
 * });
 * combined.score; // 0.4·0.5 + 0.3·0.9 + 0.3·0.2 = 0.53
 * combined.tier.name; // 'Mostly Resilient'
 * combined.missingSources; // ['adaptive-capacity']
 * ```
 */
export function scoreFromPercentiles(
  percentiles: Readonly<Record<string, number | null | undefined>>,
  methodology: Methodology = DEFAULT_METHODOLOGY,
): PercentileScore {
  const valid = toValidatedMethodology(methodology);
  const layout = createLayout(valid);
  const known = new Set(layout.sources.map((source) => source.id));
  for (const key of Object.keys(percentiles)) {
    if (!known.has(key)) {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `scoreFromPercentiles: ${JSON.stringify(key)} is not a source of methodology ${valid.id}`,
      );
    }
  }
  const row = Float64Array.from(layout.sources, (source) => {
    const value = Object.hasOwn(percentiles, source.id) ? percentiles[source.id] : undefined;
    if (value === null || value === undefined) return Number.NaN;
    if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `scoreFromPercentiles: the percentile of ${source.id} must be a number in [0, 1], got ${value}`,
      );
    }
    return value;
  });
  const buffers = createRowBuffers(layout);
  const score = combineRow(layout, row, 0, buffers, 0);
  if (Number.isNaN(score)) {
    throw new AiResilienceError(
      'NO_DATA',
      'scoreFromPercentiles: no source has a percentile, so there is no score',
    );
  }
  const groups = new Set<string>();
  const missingSources: string[] = [];
  const agreement: { sourceId: string; percentile: number | null }[] = [];
  const sources = layout.sources.map((source, s): PercentileSourceScore => {
    const percentile = row[s]!;
    const missing = Number.isNaN(percentile);
    if (missing) missingSources.push(source.id);
    else groups.add(source.group);
    if (source.dimensionIndex === layout.agreementDimension) {
      agreement.push({ sourceId: source.id, percentile: missing ? null : percentile });
    }
    return {
      sourceId: source.id,
      dimensionId: source.dimensionId,
      percentile: missing ? null : percentile,
      weight: source.weight,
      effectiveWeight: buffers.sourceEffective[s]!,
      contribution: buffers.contributions[s]!,
      missing,
    };
  });
  const levels = valid.levels;
  const dimensions = valid.dimensions.map((dimension, d): PercentileDimensionScore => {
    const value = buffers.dimensionScores[d]!;
    const present = !Number.isNaN(value);
    return {
      id: dimension.id,
      weight: dimension.weight,
      effectiveWeight: buffers.dimensionEffective[d]!,
      score: present ? value : null,
      level: present && levels.kind === 'fixed' ? assignDimensionLevel(value, levels) : null,
      contribution: buffers.dimensionContributions[d]!,
    };
  });
  const scorePercent = Math.floor(1000 * score + 0.5) / 10;
  const position = tierPosition(scorePercent, valid.tiers);
  const tier = valid.tiers[position]!;
  return {
    score,
    scorePercent,
    tier: { name: tier.name, index: valid.tiers.length - 1 - position, above: tier.above },
    dimensions,
    sources,
    missingSources,
    confidence: assessConfidence(
      { sourcesWithData: groups.size, sourcesTotal: layout.groupCount, agreement },
      valid.confidence,
    ),
  };
}
