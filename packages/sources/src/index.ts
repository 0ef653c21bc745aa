export {
  ADAPTIVE_CAPACITY_PROXY_FILE,
  loadAdaptiveCapacityProxy,
} from './adaptive-capacity/load-adaptive-capacity-proxy.js';
export { loadAdaptiveCapacityResults } from './adaptive-capacity/load-adaptive-capacity-results.js';
export {
  ADAPTIVE_CAPACITY_ID,
  type AdaptiveCapacityProxyRecord,
  parseAdaptiveCapacityProxy,
} from './adaptive-capacity/parse-adaptive-capacity-proxy.js';
export {
  ADAPTIVE_CAPACITY_CODE_COLUMN,
  ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN,
  ADAPTIVE_CAPACITY_TITLE_COLUMN,
  ADAPTIVE_CAPACITY_VALUE_COLUMN,
  type AdaptiveCapacityResultRecord,
  type AdaptiveCapacityResultsOptions,
  parseAdaptiveCapacityResults,
} from './adaptive-capacity/parse-adaptive-capacity-results.js';
export type {
  AiResilienceModelInputs,
  ModelTask,
} from './ai-resilience-model/ai-resilience-model-inputs.js';
export {
  type AiResilienceModelOptions,
  DEFAULT_AI_RESILIENCE_MODEL_OPTIONS,
  type ResolvedAiResilienceModelOptions,
  resolveAiResilienceModelOptions,
  TASK_SIGNAL_IDS,
  type TaskSignalId,
  type TaskTypeWeights,
  type TaskWeighting,
} from './ai-resilience-model/ai-resilience-model-options.js';
export type {
  AiResilienceModel,
  ModelCoverage,
  ModelOccupationResult,
  ModelTaskResult,
  TaskSignalValue,
} from './ai-resilience-model/ai-resilience-model-result.js';
export {
  AI_RESILIENCE_MODEL_ID,
  buildAiResilienceModel,
} from './ai-resilience-model/build-ai-resilience-model.js';
export { CompensatedSum, compensatedSum, compensation } from './ai-resilience-model/compensated-sum.js';
export { linearQuantile } from './ai-resilience-model/linear-quantile.js';
export {
  AI_RESILIENCE_MODEL_FILES,
  loadAiResilienceModelInputs,
} from './ai-resilience-model/load-ai-resilience-model-inputs.js';
export { normaliseTaskStatement } from './ai-resilience-model/normalise-task-statement.js';
export type { TaskJoin } from './ai-resilience-model/task-signal-index.js';
export { AIOE_FILES, loadAioe, loadAioeVariant } from './aioe/load-aioe.js';
export {
  AIOE_ID,
  type AioeVariant,
  type AioeVariantOptions,
  parseAioe,
  parseAioeVariant,
} from './aioe/parse-aioe.js';
export { loadAnthropicObservedExposure } from './anthropic-observed-exposure/load-anthropic-observed-exposure.js';
export {
  ANTHROPIC_OBSERVED_EXPOSURE_ID,
  parseAnthropicObservedExposure,
} from './anthropic-observed-exposure/parse-anthropic-observed-exposure.js';
export { loadOews } from './bls-oews/load-oews.js';
export {
  OEWS_ID,
  OEWS_MAY_2024_TOP_CODES,
  OEWS_NOTES_SHEET,
  OEWS_SHEET,
  type OewsGroup,
  type OewsRecord,
  type OewsTopCodes,
  parseOews,
  selectOewsDetailed,
} from './bls-oews/parse-oews.js';
export {
  BLS_ANNUAL_OPENINGS_ID,
  BLS_EMPLOYMENT_CHANGE_ID,
  BLS_LICENCE,
  BLS_PROJECTIONS_CITATION,
  BLS_PROJECTIONS_VINTAGE,
  blsEmploymentChangeDescriptor,
  blsOpeningsDescriptor,
  blsProjectionsDescriptor,
} from './bls-projections/bls-projections-descriptors.js';
export {
  type BlsOpeningsCrossCheck,
  type BlsOpeningsMismatch,
  crossCheckBlsOpenings,
} from './bls-projections/cross-check-bls-openings.js';
export { employmentFactsOf } from './bls-projections/employment-facts-of.js';
export { loadBlsOpeningsTable, loadBlsProjections } from './bls-projections/load-bls-projections.js';
export {
  BLS_OPENINGS_SHEET,
  BLS_SEPARATIONS_OPENINGS_ID,
  type BlsOpeningsRecord,
  parseBlsOpeningsTable,
} from './bls-projections/parse-bls-openings-table.js';
export {
  BLS_PROJECTIONS_SHEET,
  type BlsProjectionRecord,
  parseBlsProjections,
} from './bls-projections/parse-bls-projections.js';
export {
  BLS_MISSING,
  BLS_PROJECTIONS_ID,
  type BlsMatrixRowIdentity,
  type BlsOccupationType,
} from './bls-projections/read-bls-matrix-table.js';
export {
  selectBlsAnnualOpenings,
  selectBlsEmploymentChange,
} from './bls-projections/select-bls-scoring-values.js';
export {
  type Crosswalk,
  type CrosswalkLink,
  type CrosswalkPair,
  composeCrosswalks,
  createCrosswalk,
  createCrosswalkFromMembers,
  crosswalkLinks,
} from './crosswalks/crosswalk.js';
export {
  loadIscoToSoc2010Crosswalk,
  loadNemOnetToSocCrosswalk,
  loadSoc2010To2018Crosswalk,
} from './crosswalks/load-crosswalks.js';
export {
  ISCO_TO_SOC_2010_ID,
  ISCO_TO_SOC_2010_SHEET,
  parseIscoToSoc2010Crosswalk,
} from './crosswalks/parse-isco-to-soc-2010-crosswalk.js';
export {
  MATRIX_AGGREGATE_CODES,
  matrixAggregateMembers,
  NEM_ONET_TO_SOC_ID,
  NEM_ONET_TO_SOC_SHEET,
  type NemCrosswalkRecord,
  parseNemOnetToSocCrosswalk,
} from './crosswalks/parse-nem-onet-to-soc-crosswalk.js';
export {
  parseSoc2010To2018Crosswalk,
  SOC_2010_TO_2018_ID,
} from './crosswalks/parse-soc-2010-to-2018-crosswalk.js';
export { loadEisfeldt } from './eisfeldt/load-eisfeldt.js';
export { EISFELDT_GENAI_EXPOSURE_ID, type EisfeldtRecord, parseEisfeldt } from './eisfeldt/parse-eisfeldt.js';
export { loadEloundouOccupations } from './eloundou-occupation/load-eloundou-occupations.js';
export {
  DEFAULT_ELOUNDOU_MEASURE,
  ELOUNDOU_GPT4_EXPOSURE_ID,
  ELOUNDOU_MEASURES,
  type EloundouMeasure,
  type EloundouOccupationRecord,
  type EloundouOccupationsOptions,
  parseEloundouOccupations,
} from './eloundou-occupation/parse-eloundou-occupations.js';
export { loadIloOutputTree } from './ilo/load-ilo-output-tree.js';
export { loadIloTaskScores } from './ilo/load-ilo-task-scores.js';
export {
  ILO_EXPOSURE_CLASSES,
  type IloExposureClass,
  type IloExposureClassRecord,
  parseIloOutputTree,
} from './ilo/parse-ilo-output-tree.js';
export {
  ILO_GENAI_EXPOSURE_ID,
  type IloUnitGroupScore,
  parseIloTaskScores,
} from './ilo/parse-ilo-task-scores.js';
export { loadMicrosoftAiApplicability } from './microsoft-ai-applicability/load-microsoft-ai-applicability.js';
export { loadMicrosoftSocMetrics } from './microsoft-ai-applicability/load-microsoft-soc-metrics.js';
export { MICROSOFT_AI_APPLICABILITY_ID } from './microsoft-ai-applicability/microsoft-descriptor.js';
export { parseMicrosoftAiApplicability } from './microsoft-ai-applicability/parse-microsoft-ai-applicability.js';
export {
  MICROSOFT_SOC_METRICS,
  type MicrosoftSocMetric,
  type MicrosoftSocMetrics,
  parseMicrosoftSocMetrics,
} from './microsoft-ai-applicability/parse-microsoft-soc-metrics.js';
export { loadOnetEducation } from './onet/load-onet-education.js';
export { loadOnetJobZones } from './onet/load-onet-job-zones.js';
export { loadOnetOccupations } from './onet/load-onet-occupations.js';
export { loadOnetTaskStatements } from './onet/load-onet-task-statements.js';
export {
  type OnetEducation,
  type OnetEducationShare,
  parseOnetEducation,
  REQUIRED_LEVEL_OF_EDUCATION_SCALE,
} from './onet/parse-onet-education.js';
export { type OnetJobZone, parseOnetJobZones } from './onet/parse-onet-job-zones.js';
export { type OnetOccupation, parseOnetOccupations } from './onet/parse-onet-occupations.js';
export { type OnetTaskStatement, parseOnetTaskStatements } from './onet/parse-onet-task-statements.js';
export { ONET_ID, type OnetFileFormat, type OnetParseOptions } from './onet/read-onet-table.js';
export {
  type OccupationValue,
  type ParsedSource,
  type ParseInput,
  sourceFileOf,
  UNKNOWN_SHA256,
} from './shared/parsed-source.js';
export { loadSml } from './sml/load-sml.js';
export { parseSml, SML_ID, type SmlRecord } from './sml/parse-sml.js';
export { loadSocDefinitions2018, loadSocStructure2018 } from './soc-2018/load-soc-2018.js';
export {
  parseSocDefinitions2018,
  SOC_DEFINITIONS_SHEET,
  type SocDefinitionRecord,
} from './soc-2018/parse-soc-definitions-2018.js';
export {
  parseSocStructure2018,
  SOC_STRUCTURE_SHEET,
  type SocStructureRecord,
} from './soc-2018/parse-soc-structure-2018.js';
export { SOC_2018_ID, SOC_LEVEL_PATTERNS, type SocLevel } from './soc-2018/soc-2018-descriptor.js';
export { decodeText } from './tabular/decode-text.js';
export { type ReadDelimitedOptions, readDelimited } from './tabular/read-delimited.js';
export {
  type LoadedSourceFile,
  MAX_SOURCE_FILE_BYTES,
  readSourceFile,
} from './tabular/read-source-file.js';
export {
  listXlsxSheets,
  type ReadXlsxOptions,
  type ReadXlsxTableOptions,
  readXlsxSheet,
  readXlsxTable,
  type XlsxSheet,
} from './tabular/read-xlsx.js';
export { parseNumberStrict, Table, type TableOrigin, type TableRow } from './tabular/table.js';
export { loadAeiTaskStatements } from './task-signals/load-aei-task-statements.js';
export { loadAeiTaskUsage } from './task-signals/load-aei-task-usage.js';
export { loadAlthoffReichardtTaskCapabilities } from './task-signals/load-althoff-reichardt-task-capabilities.js';
export { loadEloundouTaskLabels } from './task-signals/load-eloundou-task-labels.js';
export { loadWorkbankExpertRatings } from './task-signals/load-workbank-expert-ratings.js';
export { loadWorkbankTaskMetadata } from './task-signals/load-workbank-task-metadata.js';
export {
  AEI_TASK_STATEMENTS_ID,
  type AeiTaskStatement,
  parseAeiTaskStatements,
} from './task-signals/parse-aei-task-statements.js';
export {
  AEI_TASK_USAGE_ID,
  type AeiTaskUsage,
  parseAeiTaskUsage,
} from './task-signals/parse-aei-task-usage.js';
export {
  ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
  type AlthoffReichardtTaskCapability,
  parseAlthoffReichardtTaskCapabilities,
} from './task-signals/parse-althoff-reichardt-task-capabilities.js';
export {
  ELOUNDOU_TASK_LABELS_ID,
  type EloundouTaskLabel,
  type ExposureLabel,
  parseEloundouTaskLabels,
} from './task-signals/parse-eloundou-task-labels.js';
export {
  parseWorkbankExpertRatings,
  WORKBANK_CITATION,
  WORKBANK_EXPERT_RATINGS_ID,
  type WorkbankExpertRating,
  type WorkbankRating,
} from './task-signals/parse-workbank-expert-ratings.js';
export {
  parseWorkbankTaskMetadata,
  WORKBANK_TASK_METADATA_ID,
  type WorkbankTask,
} from './task-signals/parse-workbank-task-metadata.js';
export { loadWageBill } from './wage-bill/load-wage-bill.js';
export {
  DEFAULT_WAGE_BILL_SCENARIO,
  parseWageBill,
  WAGE_BILL_FILES,
  WAGE_BILL_ID,
  WAGE_BILL_SCENARIOS,
  type WageBillOptions,
  type WageBillRecord,
  type WageBillScenario,
  type WageBillScenarioParts,
  wageBillScenarioParts,
} from './wage-bill/parse-wage-bill.js';
export { WAGE_BILL_GROUP_OVERRIDES, wageBillGroupFor } from './wage-bill/wage-bill-group-for.js';
export { loadWebb } from './webb/load-webb.js';
export { parseWebb, WEBB_AI_EXPOSURE_ID } from './webb/parse-webb.js';
export { loadFreyOsborneAppendix } from './will-robots-take-my-job/load-frey-osborne-appendix.js';
export { loadWillRobotsTakeMyJob } from './will-robots-take-my-job/load-will-robots-take-my-job.js';
export { parseFreyOsborneAppendix } from './will-robots-take-my-job/parse-frey-osborne-appendix.js';
export {
  parseWillRobotsTakeMyJob,
  WILL_ROBOTS_MISSING_VALUE,
  WILL_ROBOTS_TAKE_MY_JOB_ID,
  type WillRobotsTakeMyJobMissing,
  type WillRobotsTakeMyJobParse,
  type WillRobotsTakeMyJobRecord,
} from './will-robots-take-my-job/parse-will-robots-take-my-job.js';
