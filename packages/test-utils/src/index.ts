export {
  describeFormatter,
  type FormatterContract,
  type FormatterInput,
  HOSTILE_STRINGS,
  withHostileStrings,
  withMissingData,
  withNullsInside,
  withoutProfileData,
} from './describe-formatter.js';
export {
  describeSourceAdapter,
  type ParsedSourceLike,
  type SourceAdapterContract,
} from './describe-source-adapter.js';
export { dataDir, hasMirror, mirrorPath, readCsvRows, readReferenceCsv, referenceDir } from './mirror.js';
export { type FixtureGrid, writeDelimited, writeXlsx } from './write-fixture.js';
