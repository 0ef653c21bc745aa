export {
  AiResilienceError,
  type AiResilienceErrorCode,
  type AiResilienceErrorOptions,
} from './ai-resilience-error.js';
export { assessConfidence, CONFIDENCE_LEVELS, type ConfidenceInput } from './confidence.js';
export type { Dataset, Occupation, SourceValues } from './dataset.js';
export { DatasetError } from './dataset-error.js';
export { DEFAULT_METHODOLOGY, EXTENDED_EVIDENCE_METHODOLOGY } from './default-methodology.js';
export { assignDimensionLevel, computeLevelCuts, type LevelCuts } from './dimension-level.js';
export {
  type ComparisonPhrase,
  ComparisonPhraseSchema,
  type ComparisonRule,
  ComparisonRuleSchema,
  type ConfidenceRule,
  ConfidenceRuleSchema,
  type CoverageCap,
  CoverageCapSchema,
  DEFAULT_DISPERSION_THRESHOLDS,
  type LevelRule,
  LevelRuleSchema,
  type Methodology,
  type MethodologyDimension,
  MethodologyDimensionSchema,
  type MethodologyInput,
  MethodologySchema,
  type MethodologySource,
  MethodologySourceSchema,
  type ScenarioOptions,
  type TieRule,
  type TierDefinition,
  TierDefinitionSchema,
  type WeightingRule,
} from './methodology.js';
export { MethodologyError, type MethodologyIssue } from './methodology-error.js';
export { NoDataError } from './no-data-error.js';
export {
  isOccupationCode,
  OccupationCodeSchema,
  type OnetSocCode,
  OnetSocCodeSchema,
  type ParsedOccupationCode,
  parseOccupationCode,
  type SocCode,
  SocCodeSchema,
} from './occupation-code.js';
export { OccupationCodeError } from './occupation-code-error.js';
export type { EmploymentFacts, OccupationProfile, TaskResilience, TaskType } from './occupation-profile.js';
export {
  defineMethodology,
  type ParseMethodologyOptions,
  parseMethodology,
  WEIGHT_TOLERANCE,
} from './parse-methodology.js';
export { computePercentiles, type PercentileOptions } from './percentile.js';
export {
  type ExcludedOccupation,
  type ScoreAllResult,
  type ScoreOptions,
  scoreAll,
  scoreOccupation,
} from './score.js';
export {
  type PercentileDimensionScore,
  type PercentileScore,
  type PercentileSourceScore,
  scoreFromPercentiles,
} from './score-from-percentiles.js';
export type {
  Comparison,
  Confidence,
  ConfidenceLevel,
  DimensionLevel,
  DimensionScore,
  Provenance,
  ScoreResult,
  SourceProvenance,
  SourceScore,
  TierAssignment,
  Uncertainty,
} from './score-result.js';
export {
  type CodeSystem,
  type SourceDescriptor,
  SourceDescriptorSchema,
  type SourceDirection,
  type SourceFile,
  SourceFileSchema,
} from './source-descriptor.js';
export { KNOWN_SOURCE_IDS, SOURCE_IDS } from './source-ids.js';
export { SourceParseError, type SourceParseLocation } from './source-parse-error.js';
export { assignTier, roundScorePercent } from './tier.js';
export {
  DEFAULT_UNCERTAINTY_OPTIONS,
  scoreUncertainty,
  type UncertaintyOptions,
} from './uncertainty.js';
export { type OccupationSuggestion, UnknownOccupationError } from './unknown-occupation-error.js';
export { validateMethodologyAgainstDataset } from './validate-methodology-against-dataset.js';
