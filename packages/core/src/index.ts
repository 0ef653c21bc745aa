export {
  AiResilienceError,
  type AiResilienceErrorCode,
  type AiResilienceErrorOptions,
} from './ai-resilience-error.js';
export { assessConfidence, CONFIDENCE_LEVELS, type ConfidenceInput } from './confidence.js';
export type { Dataset, LinkTable, Occupation, SourceValues } from './dataset.js';
export { DatasetError } from './dataset-error.js';
export { DEFAULT_METHODOLOGY, EXTENDED_EVIDENCE_METHODOLOGY } from './default-methodology.js';
export { assignDimensionLevel, computeLevelCuts, type LevelCuts } from './dimension-level.js';
export { linkedCodesOf, linkTableOf } from './link-table.js';
export {
  type ComparisonPhrase,
  type ComparisonRule,
  type ConfidenceRule,
  type CoverageCap,
  DEFAULT_DISPERSION_THRESHOLDS,
  type LevelRule,
  type Methodology,
  type MethodologyDimension,
  type MethodologyInput,
  type MethodologySource,
  methodologySourceIds,
  type ScenarioOptions,
  type TieRule,
  type TierDefinition,
  type WeightingRule,
} from './methodology.js';
export { MethodologyError, type MethodologyIssue } from './methodology-error.js';
export {
  ComparisonPhraseSchema,
  ComparisonRuleSchema,
  ConfidenceRuleSchema,
  CoverageCapSchema,
  LevelRuleSchema,
  MethodologyDimensionSchema,
  MethodologySchema,
  MethodologySourceSchema,
  TierDefinitionSchema,
} from './methodology-schema.js';
export { NoDataError } from './no-data-error.js';
export {
  isOccupationCode,
  type OnetSocCode,
  type ParsedOccupationCode,
  parseOccupationCode,
  type SocCode,
} from './occupation-code.js';
export { OccupationCodeError } from './occupation-code-error.js';
export { OccupationCodeSchema, OnetSocCodeSchema, SocCodeSchema } from './occupation-code-schema.js';
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
  type ScoreTable,
  type ScoreTableDimension,
  type ScoreTableSource,
  scoreTable,
} from './score-table.js';
export type { CodeSystem, SourceDescriptor, SourceDirection, SourceFile } from './source-descriptor.js';
export { SourceDescriptorSchema, SourceFileSchema } from './source-descriptor-schema.js';
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
