export { loadAnthropicObservedExposure } from './anthropic-observed-exposure/load-anthropic-observed-exposure.js';
export {
  ANTHROPIC_OBSERVED_EXPOSURE_ID,
  parseAnthropicObservedExposure,
} from './anthropic-observed-exposure/parse-anthropic-observed-exposure.js';
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
