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

/** Zod schema of {@link SourceScore}. */
export const SourceScoreSchema = z.object({
  sourceId: z.string().min(1),
  label: z.string(),
  dimensionId: z.string().min(1),
  evidenceGroup: z.string().min(1),
  direction: z.enum(['higher-is-more-exposed', 'higher-is-more-resilient']),
  raw: z.number().nullable(),
  nativeCodes: z.array(z.string()),
  percentile: unit.nullable(),
  weight: z.number().nonnegative(),
  effectiveWeight: z.number().nonnegative(),
  contribution: z.number().nonnegative(),
  missing: z.boolean(),
}) satisfies z.ZodType<SourceScore>;

/** Zod schema of {@link DimensionScore}. */
export const DimensionScoreSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  weight: z.number().nonnegative(),
  effectiveWeight: z.number().nonnegative(),
  score: unit.nullable(),
  level: z.enum(['Low', 'Med', 'High']).nullable(),
  contribution: z.number().nonnegative(),
  sources: z.array(SourceScoreSchema),
}) satisfies z.ZodType<DimensionScore>;

/** Zod schema of {@link TierAssignment}. */
export const TierAssignmentSchema = z.object({
  name: z.string(),
  index: z.number().int().nonnegative(),
  above: z.number().nullable(),
}) satisfies z.ZodType<TierAssignment>;

/** Zod schema of {@link Confidence}. */
export const ConfidenceSchema = z.object({
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

/** Zod schema of {@link Comparison}. */
export const ComparisonSchema = z.object({
  medianScore: unit,
  scorePercentile: unit,
  scoredOccupations: z.number().int().nonnegative(),
  phrase: z.string(),
  sentence: z.string(),
}) satisfies z.ZodType<Comparison>;

/** Zod schema of {@link Uncertainty}. */
export const UncertaintySchema = z.object({
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

/** Zod schema of {@link SourceProvenance}. */
export const SourceProvenanceSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  vintage: z.string(),
  citation: z.string(),
  licence: z.string(),
  proxy: z.boolean(),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })),
}) satisfies z.ZodType<SourceProvenance>;

/** Zod schema of {@link Provenance}. */
export const ProvenanceSchema = z.object({
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
  sources: z.array(SourceProvenanceSchema),
}) satisfies z.ZodType<Provenance>;

/** Zod schema of {@link ScoreResult}. */
export const ScoreResultSchema = z.object({
  code: z.string().min(1),
  title: z.string(),
  score: unit,
  scorePercent: z.number().min(0).max(100),
  tier: TierAssignmentSchema,
  dimensions: z.array(DimensionScoreSchema),
  missingSources: z.array(z.string()),
  confidence: ConfidenceSchema,
  comparison: ComparisonSchema,
  uncertainty: UncertaintySchema.exactOptional(),
  provenance: ProvenanceSchema,
}) satisfies z.ZodType<ScoreResult>;

/** Zod schema of {@link EmploymentFacts}. */
export const EmploymentFactsSchema = z.object({
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

/** Zod schema of {@link TaskResilience}. */
export const TaskResilienceSchema = z.object({
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

/** Zod schema of {@link OccupationProfile}. */
export const OccupationProfileSchema = z.object({
  code: z.string().min(1),
  title: z.string(),
  description: z.string().nullable(),
  facts: EmploymentFactsSchema.nullable(),
  tasks: z.array(TaskResilienceSchema),
}) satisfies z.ZodType<OccupationProfile>;

/** The version of the JSON report's shape; it changes when a field is renamed or removed. */
export const REPORT_JSON_VERSION = 1;

/** The JSON report: its shape version, the full result and the profile. */
export interface ReportJson extends ReportInput {
  /** The version of this shape ({@link REPORT_JSON_VERSION}). */
  reportVersion: typeof REPORT_JSON_VERSION;
}

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
export const ReportJsonSchema = z.object({
  reportVersion: z.literal(REPORT_JSON_VERSION),
  result: ScoreResultSchema,
  profile: OccupationProfileSchema,
}) satisfies z.ZodType<ReportJson>;
