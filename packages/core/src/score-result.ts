/** A dimension level. */
export type DimensionLevel = 'Low' | 'Med' | 'High';

/** The five confidence levels, highest first. */
export type ConfidenceLevel = 'High' | 'Medium-high' | 'Medium' | 'Low-medium' | 'Low';

/** One source's part in an occupation's score. */
export interface SourceScore {
  /** The source id, e.g. `anthropic-observed-exposure`. */
  sourceId: string;
  /** The source's label. */
  label: string;
  /** The id of the dimension the source feeds. */
  dimensionId: string;
  /** The evidence group the source counts in for confidence (its own id when the methodology gives none). */
  evidenceGroup: string;
  /** `higher-is-more-exposed` (ranked with R) or `higher-is-more-resilient` (ranked with P). */
  direction: 'higher-is-more-exposed' | 'higher-is-more-resilient';
  /** The native value (the mean of the linked native values when several feed the occupation); null when missing. */
  raw: number | null;
  /** The native codes the value came from (empty when missing); frozen, and shared by the results of a model. */
  nativeCodes: readonly string[];
  /** The normalised value in [0, 1], higher = more resilient; null when missing. */
  percentile: number | null;
  /** The weight inside its dimension as the methodology gives it. */
  weight: number;
  /** The weight inside its dimension after rescaling for missing sources (0 when missing). */
  effectiveWeight: number;
  /** This source's share of the overall score: dimension effective weight × effective weight × percentile. */
  contribution: number;
  /** `true` when the source has no value for this occupation. */
  missing: boolean;
}

/** One dimension's score. */
export interface DimensionScore {
  /** The dimension id, e.g. `mhc`. */
  id: string;
  /** The dimension label, e.g. `Meaningful Human Contribution`. */
  label: string;
  /** The dimension weight as the methodology gives it. */
  weight: number;
  /** The weight after rescaling for missing dimensions (0 when this one is missing). */
  effectiveWeight: number;
  /** The dimension score in [0, 1]; null when no source has data. */
  score: number | null;
  /** The level; null when the score is missing. */
  level: DimensionLevel | null;
  /** This dimension's share of the overall score (sum of its sources' contributions). */
  contribution: number;
  /** The dimension's sources in methodology order. */
  sources: SourceScore[];
}

/** The tier an occupation falls into. */
export interface TierAssignment {
  /** The tier's name, e.g. `Somewhat Resilient`. */
  name: string;
  /** 0-based position from the lowest tier. */
  index: number;
  /** The lower bound (exclusive, in percent) of the tier, or null for the lowest. */
  above: number | null;
}

/** Confidence in a score, from coverage and agreement. */
export interface Confidence {
  /** The final level: the lower of the agreement level and the coverage cap. */
  level: ConfidenceLevel;
  /** Number of sources (evidence groups) with data, e.g. 6 of 7. */
  sourcesWithData: number;
  /** Number of sources (evidence groups) in the methodology. */
  sourcesTotal: number;
  /** Number of agreement sources (the exposure sources) with data. */
  agreementSourcesWithData: number;
  /** Number of agreement sources in the methodology. */
  agreementSourcesTotal: number;
  /** Mean absolute deviation of the agreement sources' percentiles from their median. */
  dispersion: number;
  /** The level the dispersion alone gives. */
  levelFromAgreement: ConfidenceLevel;
  /** The cap from coverage, or null when coverage does not cap the level. */
  coverageCap: ConfidenceLevel | null;
  /** The agreement source furthest from the median (when at least three have data). */
  mostDisagreeing: {
    /** The source id. */
    sourceId: string;
    /** Its percentile. */
    percentile: number;
    /** Its absolute deviation from the median of the agreement sources' percentiles. */
    deviation: number;
  } | null;
  /** The median of the agreement sources' percentiles, or null without any. */
  agreementMedian: number | null;
}

/** Where a score stands among all scored occupations. */
export interface Comparison {
  /** The median score of the scored universe (the dataset's line items that have a score). */
  medianScore: number;
  /**
   * The occupation's percentile among them, in [0, 1], with the methodology's tie rule (average: the
   * mid-rank `(#{s < x} + (#{s = x} + 1)/2)/N`, capped at 1).
   */
  scorePercentile: number;
  /** How many occupations the comparison is made with (the scored universe: line items with a score). */
  scoredOccupations: number;
  /** E.g. `somewhat less resilient`. */
  phrase: string;
  /** E.g. `somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources`. */
  sentence: string;
}

/** How stable a score is under changes to the method. */
export interface Uncertainty {
  /**
   * The score with each source that has data left out in turn (its weight redistributed as for a missing
   * source); a source whose removal would leave no data is skipped.
   */
  leaveOneOut: {
    /** The source left out. */
    sourceId: string;
    /** The score without it. */
    score: number;
    /** The tier of that score. */
    tier: string;
  }[];
  /** The lowest and highest leave-one-out score (including the full score). */
  leaveOneOutRange: [number, number];
  /** The Monte Carlo interval from Dirichlet-perturbed weights. */
  monteCarlo: {
    /** Number of draws. */
    draws: number;
    /** The seed used (same seed, same interval). */
    seed: number;
    /** The Dirichlet concentration (higher = closer to the methodology's weights). */
    concentration: number;
    /** 5th percentile of the drawn scores. */
    p05: number;
    /** Median of the drawn scores. */
    p50: number;
    /** 95th percentile of the drawn scores. */
    p95: number;
    /** Share of draws whose tier differs from the occupation's tier. */
    tierChangeRate: number;
  };
  /** `true` when the tier never changes under leave-one-out and changes in under 5 % of draws. */
  tierStable: boolean;
}

/** Where one source's values came from, as its descriptor in the dataset says. */
export interface SourceProvenance {
  /** The source id. */
  id: string;
  /** The descriptor's label. */
  label: string;
  /** The vintage of the data. */
  vintage: string;
  /** The full citation. */
  citation: string;
  /** The licence as stated by the publisher. */
  licence: string;
  /** `true` when the values are an open proxy for a measure that is not itself available. */
  proxy: boolean;
  /** The files read, with their sha256. */
  files: {
    /** The path relative to the data mirror. */
    path: string;
    /** The lowercase hex sha256 of the file. */
    sha256: string;
  }[];
}

/** Provenance carried by every result. */
export interface Provenance {
  /** The methodology id, e.g. `ai-resilience-report-1.5`. */
  methodologyId: string;
  /** The methodology's own version. */
  methodologyVersion: string;
  /** The version of the specification the methodology implements, when it records one. */
  specificationVersion?: string;
  /** The dataset label. */
  dataset: string;
  /** The tie rule the percentiles were computed with. */
  ties: 'average' | 'strict';
  /** The weighting rule the percentiles were computed with. */
  weighting: 'none' | 'employment';
  /** The methodology's scenario options (e.g. the wage-bill scenario). */
  scenario: Record<string, string | number | boolean | null>;
  /** Each source used: id, vintage, citation, licence and file checksums. */
  sources: SourceProvenance[];
}

/** The full result of scoring one occupation. */
export interface ScoreResult {
  /** The occupation code as scored. */
  code: string;
  /** The occupation title. */
  title: string;
  /** The score in [0, 1]. */
  score: number;
  /** The score as a percent rounded half-up to one decimal, the value compared with the tier cuts. */
  scorePercent: number;
  /** The tier. */
  tier: TierAssignment;
  /** The dimensions in methodology order. */
  dimensions: DimensionScore[];
  /** Ids of the sources with no value. */
  missingSources: string[];
  /** Confidence. */
  confidence: Confidence;
  /** Comparison with all scored occupations. */
  comparison: Comparison;
  /** Uncertainty, when requested. */
  uncertainty?: Uncertainty;
  /** Provenance. */
  provenance: Provenance;
}
