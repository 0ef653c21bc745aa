// The objects a score result is made of, as classes: plain data (no methods), with the fields of the
// interfaces in score-result.ts in the same order, so a result prints and serialises as before.
//
// Why classes and not object literals: V8 tracks each object or array literal by its allocation site and,
// when most objects from a site survive a young-generation collection, allocates them in the old generation
// from then on ("pretenuring"). `scoreAll` keeps every result alive until it returns, so a collection in the
// middle of a call could tip the result literals into the old generation; from then on every collection had
// to walk them, and a warm `scoreAll` took 17–26 ms instead of 2–5 ms in most processes (docs/performance.md
// §6). Objects made by a constructor carry no allocation site, so that cannot happen.
//
// The fields are class fields, defined (as undefined) before the constructor assigns them: V8 then stores
// every field as a reference, and a number taken from the row's facts (row-facts.ts) is stored as the box it
// is already in, not copied into a new one.
import type * as Result from './score-result.js';

/** One source's part in an occupation's score. */
export class SourceScore implements Result.SourceScore {
  sourceId: string;
  label: string;
  dimensionId: string;
  evidenceGroup: string;
  direction: Result.SourceScore['direction'];
  raw: number | null;
  nativeCodes: readonly string[];
  percentile: number | null;
  weight: number;
  effectiveWeight: number;
  contribution: number;
  missing: boolean;

  constructor(
    sourceId: string,
    label: string,
    dimensionId: string,
    evidenceGroup: string,
    direction: Result.SourceScore['direction'],
    raw: number | null,
    nativeCodes: readonly string[],
    percentile: number | null,
    weight: number,
    effectiveWeight: number,
    contribution: number,
  ) {
    this.sourceId = sourceId;
    this.label = label;
    this.dimensionId = dimensionId;
    this.evidenceGroup = evidenceGroup;
    this.direction = direction;
    this.raw = raw;
    this.nativeCodes = nativeCodes;
    this.percentile = percentile;
    this.weight = weight;
    this.effectiveWeight = effectiveWeight;
    this.contribution = contribution;
    this.missing = percentile === null;
  }
}

/** One dimension's score. */
export class DimensionScore implements Result.DimensionScore {
  id: string;
  label: string;
  weight: number;
  effectiveWeight: number;
  score: number | null;
  level: Result.DimensionLevel | null;
  contribution: number;
  sources: Result.SourceScore[];

  constructor(
    id: string,
    label: string,
    weight: number,
    effectiveWeight: number,
    score: number | null,
    level: Result.DimensionLevel | null,
    contribution: number,
    sources: Result.SourceScore[],
  ) {
    this.id = id;
    this.label = label;
    this.weight = weight;
    this.effectiveWeight = effectiveWeight;
    this.score = score;
    this.level = level;
    this.contribution = contribution;
    this.sources = sources;
  }
}

/** The tier an occupation falls into. */
export class TierAssignment implements Result.TierAssignment {
  name: string;
  index: number;
  above: number | null;

  constructor(name: string, index: number, above: number | null) {
    this.name = name;
    this.index = index;
    this.above = above;
  }
}

/** The agreement source furthest from the median. */
export class MostDisagreeing {
  sourceId: string;
  percentile: number;
  deviation: number;

  constructor(sourceId: string, percentile: number, deviation: number) {
    this.sourceId = sourceId;
    this.percentile = percentile;
    this.deviation = deviation;
  }
}

/** Confidence in a score. */
export class Confidence implements Result.Confidence {
  level: Result.ConfidenceLevel;
  sourcesWithData: number;
  sourcesTotal: number;
  agreementSourcesWithData: number;
  agreementSourcesTotal: number;
  dispersion: number;
  levelFromAgreement: Result.ConfidenceLevel;
  coverageCap: Result.ConfidenceLevel | null;
  mostDisagreeing: MostDisagreeing | null;
  agreementMedian: number | null;

  constructor(
    level: Result.ConfidenceLevel,
    sourcesWithData: number,
    sourcesTotal: number,
    agreementSourcesWithData: number,
    agreementSourcesTotal: number,
    dispersion: number,
    levelFromAgreement: Result.ConfidenceLevel,
    coverageCap: Result.ConfidenceLevel | null,
    mostDisagreeing: MostDisagreeing | null,
    agreementMedian: number | null,
  ) {
    this.level = level;
    this.sourcesWithData = sourcesWithData;
    this.sourcesTotal = sourcesTotal;
    this.agreementSourcesWithData = agreementSourcesWithData;
    this.agreementSourcesTotal = agreementSourcesTotal;
    this.dispersion = dispersion;
    this.levelFromAgreement = levelFromAgreement;
    this.coverageCap = coverageCap;
    this.mostDisagreeing = mostDisagreeing;
    this.agreementMedian = agreementMedian;
  }
}

/** Where a score stands among all scored occupations. */
export class Comparison implements Result.Comparison {
  medianScore: number;
  scorePercentile: number;
  scoredOccupations: number;
  phrase: string;
  sentence: string;

  constructor(
    medianScore: number,
    scorePercentile: number,
    scoredOccupations: number,
    phrase: string,
    sentence: string,
  ) {
    this.medianScore = medianScore;
    this.scorePercentile = scorePercentile;
    this.scoredOccupations = scoredOccupations;
    this.phrase = phrase;
    this.sentence = sentence;
  }
}

/** The full result of scoring one occupation. */
export class ScoreResult implements Result.ScoreResult {
  code: string;
  title: string;
  score: number;
  scorePercent: number;
  tier: Result.TierAssignment;
  dimensions: Result.DimensionScore[];
  missingSources: string[];
  confidence: Result.Confidence;
  comparison: Result.Comparison;
  // Not class fields: assigned in the constructor, so that `uncertainty`, when there is one, comes before
  // `provenance` (a class field would be defined, in declaration order, before the constructor runs).
  declare uncertainty?: Result.Uncertainty;
  declare provenance: Result.Provenance;

  constructor(
    code: string,
    title: string,
    score: number,
    scorePercent: number,
    tier: Result.TierAssignment,
    dimensions: Result.DimensionScore[],
    missingSources: string[],
    confidence: Result.Confidence,
    comparison: Result.Comparison,
    uncertainty: Result.Uncertainty | undefined,
    provenance: Result.Provenance,
  ) {
    this.code = code;
    this.title = title;
    this.score = score;
    this.scorePercent = scorePercent;
    this.tier = tier;
    this.dimensions = dimensions;
    this.missingSources = missingSources;
    this.confidence = confidence;
    this.comparison = comparison;
    // Only when requested, and before the provenance: the key order of the result as JSON.
    if (uncertainty !== undefined) this.uncertainty = uncertainty;
    this.provenance = provenance;
  }
}
