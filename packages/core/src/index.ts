export {
  AiResilienceError,
  type AiResilienceErrorCode,
  type AiResilienceErrorOptions,
} from './ai-resilience-error.js';
export type { Dataset, Occupation, SourceValues } from './dataset.js';
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
export type {
  Comparison,
  Confidence,
  ConfidenceLevel,
  DimensionLevel,
  DimensionScore,
  Provenance,
  ScoreResult,
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
export { SourceParseError, type SourceParseLocation } from './source-parse-error.js';
