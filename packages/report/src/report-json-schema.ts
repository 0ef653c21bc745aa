import type {
  Comparison,
  Confidence,
  DimensionScore,
  EmploymentFacts,
  OccupationProfile,
  Provenance,
  ScoreResult,
  SourceProvenance,
  SourceScore,
  TaskResilience,
  TierAssignment,
  Uncertainty,
} from '@airesilience/core';
import { z } from 'zod';
import type { ReportInput } from './report-input.js';

const unit = z.number().min(0).max(1);
const confidenceLevel = z.enum(['High', 'Medium-high', 'Medium', 'Low-medium', 'Low']);

/**
 * The object schema behind {@link SourceScoreSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const sourceScoreObject = z.object({
  sourceId: z.string().min(1),
  label: z.string(),
  dimensionId: z.string().min(1),
  evidenceGroup: z.string().min(1),
  direction: z.enum(['higher-is-more-exposed', 'higher-is-more-resilient']),
  raw: z.number().nullable(),
  nativeCodes: z.array(z.string()).readonly(),
  percentile: unit.nullable(),
  weight: z.number().nonnegative(),
  effectiveWeight: z.number().nonnegative(),
  contribution: z.number().nonnegative(),
  missing: z.boolean(),
}) satisfies z.ZodType<SourceScore>;

/** Zod schema of `SourceScore` from `@airesilience/core`: `SourceScoreSchema.parse(value)` returns a valid `SourceScore` or throws. */
export const SourceScoreSchema: z.ZodType<SourceScore> = sourceScoreObject;

/**
 * The object schema behind {@link DimensionScoreSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const dimensionScoreObject = z.object({
  id: z.string().min(1),
  label: z.string(),
  weight: z.number().nonnegative(),
  effectiveWeight: z.number().nonnegative(),
  score: unit.nullable(),
  level: z.enum(['Low', 'Med', 'High']).nullable(),
  contribution: z.number().nonnegative(),
  sources: z.array(sourceScoreObject),
}) satisfies z.ZodType<DimensionScore>;

/** Zod schema of `DimensionScore` from `@airesilience/core`: `DimensionScoreSchema.parse(value)` returns a valid `DimensionScore` or throws. */
export const DimensionScoreSchema: z.ZodType<DimensionScore> = dimensionScoreObject;

/**
 * The object schema behind {@link TierAssignmentSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const tierAssignmentObject = z.object({
  name: z.string(),
  index: z.number().int().nonnegative(),
  above: z.number().nullable(),
}) satisfies z.ZodType<TierAssignment>;

/** Zod schema of `TierAssignment` from `@airesilience/core`: `TierAssignmentSchema.parse(value)` returns a valid `TierAssignment` or throws. */
export const TierAssignmentSchema: z.ZodType<TierAssignment> = tierAssignmentObject;

/**
 * The object schema behind {@link ConfidenceSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const confidenceObject = z.object({
  level: confidenceLevel,
  sourcesWithData: z.number().int().nonnegative(),
  sourcesTotal: z.number().int().nonnegative(),
  agreementSourcesWithData: z.number().int().nonnegative(),
  agreementSourcesTotal: z.number().int().nonnegative(),
  dispersion: z.number().nonnegative(),
  levelFromAgreement: confidenceLevel,
  coverageCap: confidenceLevel.nullable(),
  mostDisagreeing: z
    .object({ sourceId: z.string().min(1), percentile: unit, deviation: z.number().nonnegative() })
    .nullable(),
  agreementMedian: unit.nullable(),
}) satisfies z.ZodType<Confidence>;

/** Zod schema of `Confidence` from `@airesilience/core`: `ConfidenceSchema.parse(value)` returns a valid `Confidence` or throws. */
export const ConfidenceSchema: z.ZodType<Confidence> = confidenceObject;

/**
 * The object schema behind {@link ComparisonSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const comparisonObject = z.object({
  medianScore: unit,
  scorePercentile: unit,
  scoredOccupations: z.number().int().nonnegative(),
  phrase: z.string(),
  sentence: z.string(),
}) satisfies z.ZodType<Comparison>;

/** Zod schema of `Comparison` from `@airesilience/core`: `ComparisonSchema.parse(value)` returns a valid `Comparison` or throws. */
export const ComparisonSchema: z.ZodType<Comparison> = comparisonObject;

/**
 * The object schema behind {@link UncertaintySchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const uncertaintyObject = z.object({
  leaveOneOut: z.array(z.object({ sourceId: z.string().min(1), score: unit, tier: z.string() })),
  leaveOneOutRange: z.tuple([unit, unit]),
  monteCarlo: z.object({
    draws: z.number().int().positive(),
    seed: z.number().int(),
    concentration: z.number().positive(),
    p05: unit,
    p50: unit,
    p95: unit,
    tierChangeRate: unit,
  }),
  tierStable: z.boolean(),
}) satisfies z.ZodType<Uncertainty>;

/** Zod schema of `Uncertainty` from `@airesilience/core`: `UncertaintySchema.parse(value)` returns a valid `Uncertainty` or throws. */
export const UncertaintySchema: z.ZodType<Uncertainty> = uncertaintyObject;

/**
 * The object schema behind {@link SourceProvenanceSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const sourceProvenanceObject = z.object({
  id: z.string().min(1),
  label: z.string(),
  vintage: z.string(),
  citation: z.string(),
  licence: z.string(),
  proxy: z.boolean(),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })),
}) satisfies z.ZodType<SourceProvenance>;

/** Zod schema of `SourceProvenance` from `@airesilience/core`: `SourceProvenanceSchema.parse(value)` returns a valid `SourceProvenance` or throws. */
export const SourceProvenanceSchema: z.ZodType<SourceProvenance> = sourceProvenanceObject;

/**
 * The object schema behind {@link ProvenanceSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const provenanceObject = z.object({
  methodologyId: z.string().min(1),
  methodologyVersion: z.string().min(1),
  specificationVersion: z.string().exactOptional(),
  dataset: z.string(),
  ties: z.enum(['average', 'strict']),
  weighting: z.enum(['none', 'employment']),
  // Sorted by key so that the JSON report is byte-stable whatever order the scenario was built in.
  scenario: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .transform((record) =>
      Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ),
  sources: z.array(sourceProvenanceObject),
}) satisfies z.ZodType<Provenance>;

/** Zod schema of `Provenance` from `@airesilience/core`: `ProvenanceSchema.parse(value)` returns a valid `Provenance` or throws. */
export const ProvenanceSchema: z.ZodType<Provenance> = provenanceObject;

/**
 * The object schema behind {@link ScoreResultSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const scoreResultObject = z.object({
  code: z.string().min(1),
  title: z.string(),
  score: unit,
  scorePercent: z.number().min(0).max(100),
  tier: tierAssignmentObject,
  dimensions: z.array(dimensionScoreObject),
  missingSources: z.array(z.string()),
  confidence: confidenceObject,
  comparison: comparisonObject,
  uncertainty: uncertaintyObject.exactOptional(),
  provenance: provenanceObject,
}) satisfies z.ZodType<ScoreResult>;

/** Zod schema of `ScoreResult` from `@airesilience/core`: `ScoreResultSchema.parse(value)` returns a valid `ScoreResult` or throws. */
export const ScoreResultSchema: z.ZodType<ScoreResult> = scoreResultObject;

/**
 * The object schema behind {@link EmploymentFactsSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const employmentFactsObject = z.object({
  employment2024: z.number().nonnegative().nullable(),
  employment2034: z.number().nonnegative().nullable(),
  employmentChangePercent: z.number().nullable(),
  annualOpenings: z.number().nonnegative().nullable(),
  medianWage: z.number().nonnegative().nullable(),
  medianWageTopCoded: z.boolean(),
  typicalEducation: z.string().nullable(),
  workExperience: z.string().nullable(),
  onTheJobTraining: z.string().nullable(),
  citation: z.string(),
}) satisfies z.ZodType<EmploymentFacts>;

/** Zod schema of `EmploymentFacts` from `@airesilience/core`: `EmploymentFactsSchema.parse(value)` returns a valid `EmploymentFacts` or throws. */
export const EmploymentFactsSchema: z.ZodType<EmploymentFacts> = employmentFactsObject;

/**
 * The object schema behind {@link TaskResilienceSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const taskResilienceObject = z.object({
  taskId: z.number().int(),
  statement: z.string(),
  taskType: z.enum(['Core', 'Supplemental']).nullable(),
  resilience: unit.nullable(),
  automationLikelihood: unit.nullable(),
  weight: z.number().nonnegative(),
  signals: z.array(
    z.object({
      signal: z.string(),
      value: z.number(),
      join: z.enum(['id', 'text', 'crosswalk', 'observed-zero']),
    }),
  ),
}) satisfies z.ZodType<TaskResilience>;

/** Zod schema of `TaskResilience` from `@airesilience/core`: `TaskResilienceSchema.parse(value)` returns a valid `TaskResilience` or throws. */
export const TaskResilienceSchema: z.ZodType<TaskResilience> = taskResilienceObject;

/**
 * The object schema behind {@link OccupationProfileSchema}, whose output type the type test compares with core's.
 *
 * @internal
 */
export const occupationProfileObject = z.object({
  code: z.string().min(1),
  title: z.string(),
  description: z.string().nullable(),
  facts: employmentFactsObject.nullable(),
  tasks: z.array(taskResilienceObject),
}) satisfies z.ZodType<OccupationProfile>;

/** Zod schema of `OccupationProfile` from `@airesilience/core`: `OccupationProfileSchema.parse(value)` returns a valid `OccupationProfile` or throws. */
export const OccupationProfileSchema: z.ZodType<OccupationProfile> = occupationProfileObject;

/** The version of the JSON report's shape; it changes when a field is renamed or removed. */
export const REPORT_JSON_VERSION = 1;

/** The JSON report: its shape version, the full result and the profile. */
export interface ReportJson extends ReportInput {
  /** The version of this shape ({@link REPORT_JSON_VERSION}). */
  reportVersion: typeof REPORT_JSON_VERSION;
}

/**
 * The object schema behind {@link ReportJsonSchema}.
 *
 * @internal
 */
export const reportJsonObject = z.object({
  reportVersion: z.literal(REPORT_JSON_VERSION),
  result: scoreResultObject,
  profile: occupationProfileObject,
}) satisfies z.ZodType<ReportJson>;

/**
 * Zod schema of the JSON report written by {@link formatJson}: validates a report read back from disk.
 * Its key order is the order {@link formatJson} writes.
 *
 * @example
 * ```ts
 * const report = ReportJsonSchema.parse(JSON.parse(formatJson({ result, profile })));
 * report.result.tier.name; // 'Somewhat Resilient'
 * ```
 */
export const ReportJsonSchema: z.ZodType<ReportJson> = reportJsonObject;
