export { loadAnthropicObservedExposure } from './anthropic-observed-exposure/load-anthropic-observed-exposure.js';
export {
  ANTHROPIC_OBSERVED_EXPOSURE_ID,
  parseAnthropicObservedExposure,
} from './anthropic-observed-exposure/parse-anthropic-observed-exposure.js';
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
