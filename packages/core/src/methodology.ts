import type { ConfidenceLevel } from './score-result.js';
import type { SourceDirection } from './source-descriptor.js';

/** One source of a dimension, as a methodology weighs it. */
export interface MethodologySource {
  /** The source id, a key of `Dataset.sources` (see {@link SOURCE_IDS}). */
  id: string;
  /** A short human label, e.g. `Anthropic observed exposure`. */
  label: string;
  /** The weight inside its dimension, > 0; the weights of a dimension sum to 1. */
  weight: number;
  /**
   * `higher-is-more-exposed` (ranked with the resilience percentile R) or `higher-is-more-resilient`
   * (ranked with the percentile P).
   */
  direction: SourceDirection;
  /**
   * Sources that share an evidence group count as one source when confidence counts sources with data
   * (BLS openings and growth come from one release: group `bls`). Without it the source is its own group.
   */
  evidenceGroup?: string;
}

/** One dimension of a methodology. */
export interface MethodologyDimension {
  /** The dimension id, e.g. `mhc`. */
  id: string;
  /** The dimension label, e.g. `Meaningful Human Contribution`. */
  label: string;
  /** The weight of the dimension in the score, > 0; the dimension weights sum to 1. */
  weight: number;
  /** The sources, at least one. */
  sources: MethodologySource[];
}

/**
 * One tier. Tiers are listed from the highest to the lowest; an occupation takes the first tier whose
 * `above` its rounded percent exceeds strictly (`scorePercent > above`); the last tier has `above: null`.
 */
export interface TierDefinition {
  /** The tier's name, e.g. `Highly Resilient`. */
  name: string;
  /** The exclusive lower bound in percent (0–100), or null for the lowest tier. */
  above: number | null;
}

/**
 * How a dimension score becomes a level: `fixed` cuts (`Low` below `low`, `High` at or above `high`, else
 * `Med`), or the terciles of that dimension's scores across the scored universe (same rule with the 1/3 and
 * 2/3 quantiles as cuts).
 */
export type LevelRule =
  | {
      /** Fixed cuts. */
      kind: 'fixed';
      /** Scores below it are `Low` (0.4). */
      low: number;
      /** Scores at or above it are `High` (0.7). */
      high: number;
    }
  | {
      /** Cuts at the 1/3 and 2/3 quantiles of the dimension across the scored universe. */
      kind: 'terciles';
    };

/** A cap on confidence from coverage: when the count is at most `atMost`, the level is at most `level`. */
export interface CoverageCap {
  /** The count at or below which the cap applies. */
  atMost: number;
  /** The highest level allowed. */
  level: ConfidenceLevel;
}

/** How confidence is judged from coverage and agreement (methodology §5). */
export interface ConfidenceRule {
  /** The dimension whose sources must agree (`mhc`). */
  agreementDimension: string;
  /**
   * Dispersion cut-offs for High, Medium-high, Medium and Low-medium (`D ≤ t[0]` is High, …, above
   * `t[3]` is Low), non-decreasing.
   */
  dispersionThresholds: [number, number, number, number];
  /** The dispersion assumed when fewer than two agreement sources have data (0.25). */
  dispersionWhenFewSources: number;
  /** Caps from `n`, the number of sources (evidence groups) with data. */
  sourceCaps: CoverageCap[];
  /** Caps from `m`, the number of agreement sources with data. */
  agreementSourceCaps: CoverageCap[];
}

/** One comparative phrase: used when the score percentile is at least `atLeast`. */
export interface ComparisonPhrase {
  /** The phrase, e.g. `somewhat less resilient`. */
  phrase: string;
  /** The lowest score percentile (0–1) for the phrase, or null for the last (catch-all) phrase. */
  atLeast: number | null;
}

/** How a score is compared with all scored occupations (methodology §4). */
export interface ComparisonRule {
  /** The phrases from the highest to the lowest percentile. */
  phrases: ComparisonPhrase[];
  /**
   * The sentence template: `{phrase}` is replaced by the phrase, `{count}` by the number of sources with
   * data (digits) and `{sourceNoun}` by `source` or `sources`.
   */
  sentence: string;
}

/** How ties are ranked: `average` (mid-rank, as pandas `rank(pct=True)`) or `strict`. */
export type TieRule = 'average' | 'strict';

/** Whether percentiles count each native code once (`none`) or by its employment (`employment`). */
export type WeightingRule = 'none' | 'employment';

/** A free record of scenario options, recorded in every result (e.g. the wage-bill scenario). */
export type ScenarioOptions = Record<string, string | number | boolean | null>;

/**
 * A scoring methodology as plain, JSON-serialisable data: dimensions and sources with weights and
 * directions, tier cut-offs, level, confidence and comparison rules, tie and weighting rules. Validate one
 * with {@link parseMethodology} or {@link defineMethodology}; the presets are
 * {@link DEFAULT_METHODOLOGY} and {@link EXTENDED_EVIDENCE_METHODOLOGY}.
 */
export interface Methodology {
  /** A stable id, e.g. `ai-resilience-report-1.5`. */
  id: string;
  /** The methodology's own version. */
  version: string;
  /** The version of the scoring specification it implements, when it implements one (`2`). */
  specificationVersion?: string;
  /** A human label. */
  label: string;
  /** A longer description. */
  description?: string;
  /** The dimensions, at least one. */
  dimensions: MethodologyDimension[];
  /** The tiers, highest first. */
  tiers: TierDefinition[];
  /** The dimension level rule. */
  levels: LevelRule;
  /** The confidence rule. */
  confidence: ConfidenceRule;
  /** The tie rule of the percentiles. */
  ties: TieRule;
  /** The weighting rule of the percentiles. */
  weighting: WeightingRule;
  /** The comparison rule. */
  comparison: ComparisonRule;
  /** Scenario options recorded in every result. */
  scenario: ScenarioOptions;
}

/**
 * What {@link defineMethodology} accepts: a {@link Methodology} in which the rules that have a
 * specification default may be left out (`ties`, `weighting`, `levels`, `comparison`, `scenario`, and
 * every confidence field but `agreementDimension`).
 */
export interface MethodologyInput
  extends Omit<Methodology, 'ties' | 'weighting' | 'levels' | 'comparison' | 'scenario' | 'confidence'> {
  /** The tie rule; default `average`. */
  ties?: TieRule;
  /** The weighting rule; default `none`. */
  weighting?: WeightingRule;
  /** The level rule; default fixed cuts 0.4 and 0.7. */
  levels?: LevelRule;
  /** The comparison rule; default the phrases of methodology §4. */
  comparison?: ComparisonRule;
  /** Scenario options; default none. */
  scenario?: ScenarioOptions;
  /** The confidence rule; only `agreementDimension` is required. */
  confidence: Pick<ConfidenceRule, 'agreementDimension'> & Partial<ConfidenceRule>;
}

/** The default dispersion thresholds of methodology §5. */
export const DEFAULT_DISPERSION_THRESHOLDS: readonly [number, number, number, number] = Object.freeze([
  0.1, 0.2, 0.3, 0.4,
]) as readonly [number, number, number, number];

/**
 * The ids of the sources a methodology reads, in the order it lists them: what a dataset must hold to
 * score with it (e.g. `loadDataset({ sources: methodologySourceIds(methodology) })` in `@airesilience/data`).
 *
 * @param methodology - the methodology (or any object with its `dimensions`).
 * @returns the source ids, each once.
 * @example
 * ```ts
 * methodologySourceIds(DEFAULT_METHODOLOGY).length; // 8
 * ```
 */
export function methodologySourceIds(methodology: Pick<Methodology, 'dimensions'>): string[] {
  return [
    ...new Set(methodology.dimensions.flatMap((dimension) => dimension.sources.map((source) => source.id))),
  ];
}
