/**
 * Formatters for AI resilience reports: JSON, Markdown, self-contained HTML with SVG charts, CSV and
 * terminal text. Each takes a {@link ReportInput} (a `ScoreResult` and its `OccupationProfile` from
 * `@airesilience/core`) and returns a string; nothing here reads or writes files, so it runs in a browser.
 *
 * @packageDocumentation
 */
export { toCsvCell } from './csv-cell.js';
export { describeDrivers } from './describe-drivers.js';
export { escapeHtml } from './escape-html.js';
export { escapeMarkdown } from './escape-markdown.js';
export { explainConfidence } from './explain-confidence.js';
export { type CsvOptions, type CsvRowInput, formatCsv, formatCsvTable } from './format-csv.js';
export { formatHtml, HTML_CONTENT_SECURITY_POLICY } from './format-html.js';
export { formatJson, type JsonOptions } from './format-json.js';
export { formatMarkdown } from './format-markdown.js';
export { formatText, type TextOptions } from './format-text.js';
export type { ReportInput, ReportMethodology, ReportOptions } from './report-input.js';
export { ReportInputError } from './report-input-error.js';
export {
  ComparisonSchema,
  ConfidenceSchema,
  DimensionScoreSchema,
  EmploymentFactsSchema,
  OccupationProfileSchema,
  ProvenanceSchema,
  REPORT_JSON_VERSION,
  type ReportJson,
  ReportJsonSchema,
  ScoreResultSchema,
  SourceProvenanceSchema,
  SourceScoreSchema,
  TaskResilienceSchema,
  TierAssignmentSchema,
  UncertaintySchema,
} from './report-json-schema.js';
export {
  buildReportView,
  type CitationView,
  type DimensionView,
  type FactsView,
  type FactView,
  type LeaveOneOutView,
  type ReportView,
  type SourceView,
  type TaskView,
  type UncertaintyView,
} from './report-view.js';
export {
  explainSource,
  findSourceGuide,
  formatSourceRaw,
  SOURCE_GUIDES,
  type SourceGuide,
  sourceShortName,
} from './source-guide.js';
export { toTerminalText } from './terminal-text.js';
export { resolveTierBands, type TierBand } from './tier-bands.js';
