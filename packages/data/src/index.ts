export { type AtomicFile, type AtomicWriteOptions, openAtomicFile } from './atomic-write/atomic-file.js';
export { type AtomicWriteData, writeFileAtomic } from './atomic-write/write-file-atomic.js';
export {
  type BuildDatasetOptions,
  type BuildProgress,
  type BuiltDataset,
  buildDataset,
  DATASET_SCHEMA_VERSION,
  type SourceCoverage,
} from './dataset/build-dataset.js';
export { renderCoverageTable } from './dataset/render-coverage-table.js';
export {
  classifyRedistribution,
  DataPullError,
  type DataPullErrorDetails,
  type DataPullFailure,
  describeMirrorFile,
  type FileFingerprint,
  hashFile,
  type LoadedManifest,
  MANIFEST_COLUMNS,
  MANIFEST_FILE_NAME,
  MANIFEST_SOURCE_ID,
  type ManifestEntry,
  type MirrorFileReport,
  type MirrorFileStatus,
  MirrorIntegrityError,
  type MirrorIntegrityErrorOptions,
  type ParseManifestOptions,
  type PermissiveLicence,
  type PullAction,
  type PullDataOptions,
  type PullDataResult,
  type PulledFile,
  type PullProgress,
  type PullRetry,
  parseManifest,
  pullData,
  type Redistribution,
  type RenderDataLicensesOptions,
  readManifest,
  renderDataLicenses,
} from './mirror/index.js';
export {
  assertMirror,
  type MirrorProgress,
  type MirrorReport,
  type VerifyMirrorOptions,
  verifyMirror,
} from './mirror/verify-mirror.js';
export {
  defaultSnapshotDirectory,
  getProfile,
  type LoadDatasetOptions,
  type LoadTasksOptions,
  loadDataset,
  loadDatasetSync,
  loadDetails,
  loadTasks,
} from './snapshot/load-dataset.js';
export {
  datasetFromSnapshot,
  type LoadedDataset,
  type OccupationDetails,
  occupationDetailsOf,
  profileGroupsOf,
  profileOf,
} from './snapshot/loaded-dataset.js';
export {
  type DatasetSnapshot,
  majorGroupOf,
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
  type SnapshotSource,
  type SourceSnapshot,
  sourceFileOf,
  type TasksSnapshot,
  taskFileOf,
} from './snapshot/snapshot.js';
export { SNAPSHOT_VERSION, SnapshotVersionError } from './snapshot/snapshot-version-error.js';
export { type BuildSnapshotOptions, buildSnapshot, writeSnapshot } from './snapshot/write-snapshot.js';
