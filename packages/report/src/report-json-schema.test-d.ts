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
import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type {
  ComparisonSchema,
  ConfidenceSchema,
  DimensionScoreSchema,
  EmploymentFactsSchema,
  OccupationProfileSchema,
  ProvenanceSchema,
  ReportJson,
  ReportJsonSchema,
  ScoreResultSchema,
  SourceProvenanceSchema,
  SourceScoreSchema,
  TaskResilienceSchema,
  TierAssignmentSchema,
  UncertaintySchema,
} from './report-json-schema.js';

// Each schema's output is exactly its core interface: a field added to, removed from or changed in core
// fails this file (`satisfies` alone lets a schema miss an optional field).
expectTypeOf<z.output<typeof SourceScoreSchema>>().toEqualTypeOf<SourceScore>();
expectTypeOf<z.output<typeof DimensionScoreSchema>>().toEqualTypeOf<DimensionScore>();
expectTypeOf<z.output<typeof TierAssignmentSchema>>().toEqualTypeOf<TierAssignment>();
expectTypeOf<z.output<typeof ConfidenceSchema>>().toEqualTypeOf<Confidence>();
expectTypeOf<z.output<typeof ComparisonSchema>>().toEqualTypeOf<Comparison>();
expectTypeOf<z.output<typeof UncertaintySchema>>().toEqualTypeOf<Uncertainty>();
expectTypeOf<z.output<typeof SourceProvenanceSchema>>().toEqualTypeOf<SourceProvenance>();
expectTypeOf<z.output<typeof ProvenanceSchema>>().toEqualTypeOf<Provenance>();
expectTypeOf<z.output<typeof ScoreResultSchema>>().toEqualTypeOf<ScoreResult>();
expectTypeOf<z.output<typeof EmploymentFactsSchema>>().toEqualTypeOf<EmploymentFacts>();
expectTypeOf<z.output<typeof TaskResilienceSchema>>().toEqualTypeOf<TaskResilience>();
expectTypeOf<z.output<typeof OccupationProfileSchema>>().toEqualTypeOf<OccupationProfile>();
expectTypeOf<z.output<typeof ReportJsonSchema>>().toEqualTypeOf<ReportJson>();
