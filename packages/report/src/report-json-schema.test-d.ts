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
  comparisonObject,
  confidenceObject,
  dimensionScoreObject,
  employmentFactsObject,
  occupationProfileObject,
  provenanceObject,
  ReportJson,
  reportJsonObject,
  scoreResultObject,
  sourceProvenanceObject,
  sourceScoreObject,
  taskResilienceObject,
  tierAssignmentObject,
  uncertaintyObject,
} from './report-json-schema.js';

// Each schema's output is exactly its core interface: a field added to, removed from or changed in core
// fails this file (`satisfies` alone lets a schema miss an optional field).
expectTypeOf<z.output<typeof sourceScoreObject>>().toEqualTypeOf<SourceScore>();
expectTypeOf<z.output<typeof dimensionScoreObject>>().toEqualTypeOf<DimensionScore>();
expectTypeOf<z.output<typeof tierAssignmentObject>>().toEqualTypeOf<TierAssignment>();
expectTypeOf<z.output<typeof confidenceObject>>().toEqualTypeOf<Confidence>();
expectTypeOf<z.output<typeof comparisonObject>>().toEqualTypeOf<Comparison>();
expectTypeOf<z.output<typeof uncertaintyObject>>().toEqualTypeOf<Uncertainty>();
expectTypeOf<z.output<typeof sourceProvenanceObject>>().toEqualTypeOf<SourceProvenance>();
expectTypeOf<z.output<typeof provenanceObject>>().toEqualTypeOf<Provenance>();
expectTypeOf<z.output<typeof scoreResultObject>>().toEqualTypeOf<ScoreResult>();
expectTypeOf<z.output<typeof employmentFactsObject>>().toEqualTypeOf<EmploymentFacts>();
expectTypeOf<z.output<typeof taskResilienceObject>>().toEqualTypeOf<TaskResilience>();
expectTypeOf<z.output<typeof occupationProfileObject>>().toEqualTypeOf<OccupationProfile>();
expectTypeOf<z.output<typeof reportJsonObject>>().toEqualTypeOf<ReportJson>();
