import type { Dataset, EmploymentFacts, SourceFile, TaskResilience } from '@airesilience/core';
import type { ModelCoverage } from '@airesilience/sources';
import type { BuiltDataset, SourceCoverage } from '../dataset/build-dataset.js';
import { SNAPSHOT_VERSION, SnapshotVersionError } from './snapshot-version-error.js';

/** The file names of a snapshot directory. */
export const SNAPSHOT_FILES = { dataset: 'dataset.json', tasks: 'tasks.json' } as const;

/** The main snapshot file: the dataset, the facts and descriptions, and what the build learnt. */
export interface DatasetSnapshot {
  /** Always `airesilience-dataset`. */
  format: 'airesilience-dataset';
  /** The snapshot format version ({@link SNAPSHOT_VERSION}). */
  snapshotVersion: number;
  /** The dataset the scoring engine reads. */
  dataset: Dataset;
  /** BLS facts by matrix code. */
  facts: Record<string, EmploymentFacts>;
  /** Descriptions by O*NET-SOC code and by SOC 2018 code. */
  descriptions: Record<string, string>;
  /** O*NET-SOC code → matrix code. */
  matrixCodeOf: Record<string, string>;
  /** Coverage of each source. */
  coverage: SourceCoverage[];
  /** The task model's join coverage. */
  taskModel: ModelCoverage;
  /** Every source file the snapshot was built from, with its checksum. */
  files: SourceFile[];
}

/** The tasks snapshot file, loaded only when a report needs tasks. */
export interface TasksSnapshot {
  /** Always `airesilience-tasks`. */
  format: 'airesilience-tasks';
  /** The snapshot format version. */
  snapshotVersion: number;
  /** O*NET-SOC code → tasks, most resilient first. */
  tasks: Record<string, TaskResilience[]>;
}

/**
 * Splits a built dataset into the two snapshot documents.
 *
 * @param built - the output of `buildDataset`.
 * @returns the dataset document and the tasks document.
 */
export function toSnapshot(built: BuiltDataset): { dataset: DatasetSnapshot; tasks: TasksSnapshot } {
  const files = new Map<string, SourceFile>();
  for (const source of Object.values(built.dataset.sources)) {
    for (const file of source.descriptor.files) files.set(file.path, file);
  }
  return {
    dataset: {
      format: 'airesilience-dataset',
      snapshotVersion: SNAPSHOT_VERSION,
      dataset: built.dataset,
      facts: built.facts,
      descriptions: built.descriptions,
      matrixCodeOf: built.matrixCodeOf,
      coverage: built.coverage,
      taskModel: built.taskModel,
      files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    },
    tasks: { format: 'airesilience-tasks', snapshotVersion: SNAPSHOT_VERSION, tasks: built.tasks },
  };
}

function checkVersion(value: unknown, format: string, file: string): void {
  const document = value as { format?: unknown; snapshotVersion?: unknown } | null;
  if (typeof document !== 'object' || document === null || document.format !== format) {
    throw new SnapshotVersionError(file, null);
  }
  if (document.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new SnapshotVersionError(file, typeof document.snapshotVersion === 'number' ? document.snapshotVersion : null);
  }
}

/**
 * Checks a parsed `dataset.json` document and returns it typed. Pure: use it in a browser with a
 * snapshot fetched over HTTP.
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `dataset.json`).
 * @returns the snapshot.
 * @throws {@link SnapshotVersionError} when it is not a snapshot of this version.
 * @example
 * ```ts
 * const snapshot = parseDatasetSnapshot(await (await fetch('/snapshot/dataset.json')).json());
 * scoreOccupation(snapshot.dataset, '29-2072');
 * ```
 */
export function parseDatasetSnapshot(value: unknown, file: string = SNAPSHOT_FILES.dataset): DatasetSnapshot {
  checkVersion(value, 'airesilience-dataset', file);
  return value as DatasetSnapshot;
}

/**
 * Checks a parsed `tasks.json` document and returns it typed.
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `tasks.json`).
 * @returns the tasks snapshot.
 * @throws {@link SnapshotVersionError} when it is not a tasks snapshot of this version.
 */
export function parseTasksSnapshot(value: unknown, file: string = SNAPSHOT_FILES.tasks): TasksSnapshot {
  checkVersion(value, 'airesilience-tasks', file);
  return value as TasksSnapshot;
}
