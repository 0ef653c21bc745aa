export {
  classifyRedistribution,
  type PermissiveLicence,
  type Redistribution,
} from './classify-redistribution.js';
export { DataPullError, type DataPullErrorDetails, type DataPullFailure } from './data-pull-error.js';
export { type FileFingerprint, hashFile } from './hash-file.js';
export { describeMirrorFile, type MirrorFileReport, type MirrorFileStatus } from './mirror-file-report.js';
export { MirrorIntegrityError, type MirrorIntegrityErrorOptions } from './mirror-integrity-error.js';
export {
  MANIFEST_COLUMNS,
  MANIFEST_FILE_NAME,
  MANIFEST_SOURCE_ID,
  type ManifestEntry,
  type ParseManifestOptions,
  parseManifest,
} from './parse-manifest.js';
export {
  type PullAction,
  type PullDataOptions,
  type PullDataResult,
  type PulledFile,
  type PullProgress,
  type PullRetry,
  pullData,
} from './pull-data.js';
export { type LoadedManifest, readManifest } from './read-manifest.js';
export { type RenderDataLicensesOptions, renderDataLicenses } from './render-data-licenses.js';
export {
  assertMirror,
  type MirrorProgress,
  type MirrorReport,
  type VerifyMirrorOptions,
  verifyMirror,
} from './verify-mirror.js';
