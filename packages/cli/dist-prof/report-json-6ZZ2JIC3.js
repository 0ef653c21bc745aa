import {
  external_exports
} from "./chunk-EEYHAKFS.js";
import {
  ReportInputError
} from "./chunk-2NQ36A6W.js";
import "./chunk-VABRXRSJ.js";
import "./chunk-SEOI6WVD.js";

// ../report/src/report-json-schema.ts
var unit = external_exports.number().min(0).max(1);
var confidenceLevel = external_exports.enum(["High", "Medium-high", "Medium", "Low-medium", "Low"]);
var sourceScoreObject = external_exports.object({
  sourceId: external_exports.string().min(1),
  label: external_exports.string(),
  dimensionId: external_exports.string().min(1),
  evidenceGroup: external_exports.string().min(1),
  direction: external_exports.enum(["higher-is-more-exposed", "higher-is-more-resilient"]),
  raw: external_exports.number().nullable(),
  nativeCodes: external_exports.array(external_exports.string()).readonly(),
  percentile: unit.nullable(),
  weight: external_exports.number().nonnegative(),
  effectiveWeight: external_exports.number().nonnegative(),
  contribution: external_exports.number().nonnegative(),
  missing: external_exports.boolean()
});
var dimensionScoreObject = external_exports.object({
  id: external_exports.string().min(1),
  label: external_exports.string(),
  weight: external_exports.number().nonnegative(),
  effectiveWeight: external_exports.number().nonnegative(),
  score: unit.nullable(),
  level: external_exports.enum(["Low", "Med", "High"]).nullable(),
  contribution: external_exports.number().nonnegative(),
  sources: external_exports.array(sourceScoreObject)
});
var tierAssignmentObject = external_exports.object({
  name: external_exports.string(),
  index: external_exports.number().int().nonnegative(),
  above: external_exports.number().nullable()
});
var confidenceObject = external_exports.object({
  level: confidenceLevel,
  sourcesWithData: external_exports.number().int().nonnegative(),
  sourcesTotal: external_exports.number().int().nonnegative(),
  agreementSourcesWithData: external_exports.number().int().nonnegative(),
  agreementSourcesTotal: external_exports.number().int().nonnegative(),
  dispersion: external_exports.number().nonnegative(),
  levelFromAgreement: confidenceLevel,
  coverageCap: confidenceLevel.nullable(),
  mostDisagreeing: external_exports.object({ sourceId: external_exports.string().min(1), percentile: unit, deviation: external_exports.number().nonnegative() }).nullable(),
  agreementMedian: unit.nullable()
});
var comparisonObject = external_exports.object({
  medianScore: unit,
  scorePercentile: unit,
  scoredOccupations: external_exports.number().int().nonnegative(),
  phrase: external_exports.string(),
  sentence: external_exports.string()
});
var uncertaintyObject = external_exports.object({
  leaveOneOut: external_exports.array(external_exports.object({ sourceId: external_exports.string().min(1), score: unit, tier: external_exports.string() })),
  leaveOneOutRange: external_exports.tuple([unit, unit]),
  monteCarlo: external_exports.object({
    draws: external_exports.number().int().positive(),
    seed: external_exports.number().int(),
    concentration: external_exports.number().positive(),
    p05: unit,
    p50: unit,
    p95: unit,
    tierChangeRate: unit
  }),
  tierStable: external_exports.boolean()
});
var sourceProvenanceObject = external_exports.object({
  id: external_exports.string().min(1),
  label: external_exports.string(),
  vintage: external_exports.string(),
  citation: external_exports.string(),
  licence: external_exports.string(),
  proxy: external_exports.boolean(),
  files: external_exports.array(external_exports.object({ path: external_exports.string(), sha256: external_exports.string() }))
});
var provenanceObject = external_exports.object({
  methodologyId: external_exports.string().min(1),
  methodologyVersion: external_exports.string().min(1),
  specificationVersion: external_exports.string().exactOptional(),
  dataset: external_exports.string(),
  ties: external_exports.enum(["average", "strict"]),
  weighting: external_exports.enum(["none", "employment"]),
  // Sorted by key so that the JSON report is byte-stable whatever order the scenario was built in.
  scenario: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.null()])).transform(
    (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0))
  ),
  sources: external_exports.array(sourceProvenanceObject)
});
var scoreResultObject = external_exports.object({
  code: external_exports.string().min(1),
  title: external_exports.string(),
  score: unit,
  scorePercent: external_exports.number().min(0).max(100),
  tier: tierAssignmentObject,
  dimensions: external_exports.array(dimensionScoreObject),
  missingSources: external_exports.array(external_exports.string()),
  confidence: confidenceObject,
  comparison: comparisonObject,
  uncertainty: uncertaintyObject.exactOptional(),
  provenance: provenanceObject
});
var employmentFactsObject = external_exports.object({
  employment2024: external_exports.number().nonnegative().nullable(),
  employment2034: external_exports.number().nonnegative().nullable(),
  employmentChangePercent: external_exports.number().nullable(),
  annualOpenings: external_exports.number().nonnegative().nullable(),
  medianWage: external_exports.number().nonnegative().nullable(),
  medianWageTopCoded: external_exports.boolean(),
  typicalEducation: external_exports.string().nullable(),
  workExperience: external_exports.string().nullable(),
  onTheJobTraining: external_exports.string().nullable(),
  citation: external_exports.string()
});
var taskResilienceObject = external_exports.object({
  taskId: external_exports.number().int(),
  statement: external_exports.string(),
  taskType: external_exports.enum(["Core", "Supplemental"]).nullable(),
  resilience: unit.nullable(),
  automationLikelihood: unit.nullable(),
  weight: external_exports.number().nonnegative(),
  signals: external_exports.array(
    external_exports.object({
      signal: external_exports.string(),
      value: external_exports.number(),
      join: external_exports.enum(["id", "text", "crosswalk", "observed-zero"])
    })
  )
});
var occupationProfileObject = external_exports.object({
  code: external_exports.string().min(1),
  title: external_exports.string(),
  description: external_exports.string().nullable(),
  facts: employmentFactsObject.nullable(),
  tasks: external_exports.array(taskResilienceObject)
});
var REPORT_JSON_VERSION = 1;
var reportJsonObject = external_exports.object({
  reportVersion: external_exports.literal(REPORT_JSON_VERSION),
  result: scoreResultObject,
  profile: occupationProfileObject
});
var ReportJsonSchema = reportJsonObject;

// ../report/src/format-json.ts
function formatJson(input, options = {}) {
  const indent = options.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new ReportInputError(
      "formatJson",
      "options.indent",
      `must be an integer from 0 to 10, got ${indent}`
    );
  }
  const parsed = ReportJsonSchema.safeParse({
    reportVersion: REPORT_JSON_VERSION,
    result: input.result,
    profile: input.profile
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportInputError("formatJson", issue?.path.join(".") ?? "", issue?.message ?? "invalid report");
  }
  return `${JSON.stringify(parsed.data, null, indent)}
`;
}
export {
  formatJson
};
//# sourceMappingURL=report-json-6ZZ2JIC3.js.map