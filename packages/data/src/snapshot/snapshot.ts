import type { Dataset, EmploymentFacts, SourceFile, TaskResilience } from '@airesilience/core';
import { AiResilienceError } from '@airesilience/core';
import type { ModelCoverage } from '@airesilience/sources';
import type { BuiltDataset, SourceCoverage } from '../dataset/build-dataset.js';
import { SNAPSHOT_VERSION, SnapshotVersionError } from './snapshot-version-error.js';

/**
 * The names inside a snapshot directory: the dataset file, and the folder holding one tasks file per SOC
 * major group (`tasks/29.json`), so a report reads only its own group's tasks.
 */
export const SNAPSHOT_FILES = {
  /** The dataset file: occupations, source values and links, facts, descriptions, coverage, file checksums. */
  dataset: 'dataset.json',
  /** The folder of the tasks files, one per SOC major group (see {@link taskFileOf}). */
  tasks: 'tasks',
} as const;

/**
 * The path, inside a snapshot directory, of the tasks file of a SOC major group.
 *
 * @param majorGroup - the first two digits of a SOC code (`29`).
 * @returns the relative path, with `/` separators (`tasks/29.json`): join it to the directory or a URL.
 * @throws `AiResilienceError` `INVALID_ARGUMENT` when `majorGroup` is not two digits.
 * @example
 * ```ts
 * taskFileOf('29'); // 'tasks/29.json'
 * taskFileOf(majorGroupOf('29-2072.00')); // 'tasks/29.json'
 * ```
 */
export function taskFileOf(majorGroup: string): string {
  if (!/^\d{2}$/.test(majorGroup)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `a SOC major group is two digits, got ${JSON.stringify(majorGroup)}`,
    );
  }
  return `${SNAPSHOT_FILES.tasks}/${majorGroup}.json`;
}

/**
 * The SOC major group of an occupation code: its first two digits.
 *
 * @param code - a SOC 2018 or O*NET-SOC code (`29-2072`, `29-2072.00`).
 * @returns the major group (`29`).
 * @example
 * ```ts
 * majorGroupOf('29-2072.00'); // '29'
 * ```
 */
export function majorGroupOf(code: string): string {
  return code.slice(0, 2);
}

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

/** The tasks of one SOC major group, as {@link parseTasksSnapshot} returns them (decoded). */
export interface TasksSnapshot {
  /** Always `airesilience-tasks`. */
  format: 'airesilience-tasks';
  /** The snapshot format version. */
  snapshotVersion: number;
  /** The SOC major group whose O*NET-SOC codes the file holds (`29`). */
  majorGroup: string;
  /** O*NET-SOC code → tasks, most resilient first. */
  tasks: Record<string, TaskResilience[]>;
}

/**
 * One task as stored in a tasks file: a tuple instead of an object, and its signals flattened to
 * `[signalIndex, value, joinIndex, …]` (indices into the file's `signals` and `joins` lists). The tasks take
 * less than half the bytes of the same objects (3.4 MB instead of 7.6 MB) and parse faster.
 */
type EncodedTask = [
  taskId: number,
  statement: string,
  taskType: TaskResilience['taskType'],
  resilience: number | null,
  automationLikelihood: number | null,
  weight: number,
  signals: number[],
];

/** A tasks file as written to disk (`tasks/<major group>.json`). */
interface TasksSnapshotFile {
  format: 'airesilience-tasks';
  snapshotVersion: number;
  majorGroup: string;
  /** The signal ids the tasks' signal indices point into. */
  signals: string[];
  /** The join kinds the tasks' join indices point into. */
  joins: TaskResilience['signals'][number]['join'][];
  /** O*NET-SOC code → its encoded tasks, most resilient first. */
  tasks: Record<string, EncodedTask[]>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function encodeTasks(majorGroup: string, byCode: [string, TaskResilience[]][]): TasksSnapshotFile {
  const signals = new Map<string, number>();
  const joins = new Map<TaskResilience['signals'][number]['join'], number>();
  const indexOf = <K>(map: Map<K, number>, key: K) => {
    let index = map.get(key);
    if (index === undefined) {
      index = map.size;
      map.set(key, index);
    }
    return index;
  };
  const tasks: Record<string, EncodedTask[]> = {};
  for (const [code, list] of byCode) {
    tasks[code] = list.map((task): EncodedTask => {
      const flat: number[] = [];
      for (const signal of task.signals) {
        flat.push(indexOf(signals, signal.signal), signal.value, indexOf(joins, signal.join));
      }
      return [
        task.taskId,
        task.statement,
        task.taskType,
        task.resilience,
        task.automationLikelihood,
        task.weight,
        flat,
      ];
    });
  }
  return {
    format: 'airesilience-tasks',
    snapshotVersion: SNAPSHOT_VERSION,
    majorGroup,
    signals: [...signals.keys()],
    joins: [...joins.keys()],
    tasks,
  };
}

/**
 * Splits a built dataset into the snapshot documents, as written to disk: `dataset.json`, and one tasks
 * file per SOC major group of the dataset's occupations (a group without tasks gets an empty file, so a
 * missing file always means a damaged snapshot).
 *
 * @param built - the output of `buildDataset`.
 * @returns the dataset document and the tasks documents by major group, in code order.
 */
export function toSnapshot(built: BuiltDataset): {
  dataset: DatasetSnapshot;
  tasks: { majorGroup: string; document: unknown }[];
} {
  const files = new Map<string, SourceFile>();
  for (const source of Object.values(built.dataset.sources)) {
    for (const file of source.descriptor.files) files.set(file.path, file);
  }
  const groups = new Map<string, [string, TaskResilience[]][]>();
  for (const occupation of built.dataset.occupations) groups.set(majorGroupOf(occupation.code), []);
  for (const code of Object.keys(built.tasks).sort(byText)) {
    const group = majorGroupOf(code);
    const list = groups.get(group);
    const entry: [string, TaskResilience[]] = [code, built.tasks[code] ?? []];
    if (list) list.push(entry);
    else groups.set(group, [entry]);
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
      files: [...files.values()].sort((a, b) => byText(a.path, b.path)),
    },
    tasks: [...groups.keys()]
      .sort(byText)
      .map((majorGroup) => ({ majorGroup, document: encodeTasks(majorGroup, groups.get(majorGroup) ?? []) })),
  };
}

function checkVersion(value: unknown, format: string, file: string): void {
  const document = value as { format?: unknown; snapshotVersion?: unknown } | null;
  if (typeof document !== 'object' || document === null || document.format !== format) {
    throw new SnapshotVersionError(file, null);
  }
  if (document.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new SnapshotVersionError(
      file,
      typeof document.snapshotVersion === 'number' ? document.snapshotVersion : null,
    );
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

function damaged(file: string, reason: string): AiResilienceError {
  return new AiResilienceError('DATA_INTEGRITY', `${file} is damaged (${reason}): rebuild the snapshot`);
}

/**
 * Checks and decodes a parsed tasks file (`tasks/<major group>.json`) of this snapshot version. Pure: use
 * it in a browser with a file fetched over HTTP.
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `tasks/<major group>.json`).
 * @returns the major group's tasks, as `TaskResilience` objects.
 * @throws {@link SnapshotVersionError} when it is not a tasks file of this version;
 *   `AiResilienceError` `DATA_INTEGRITY` when its content is not laid out as this version writes it.
 * @example
 * ```ts
 * const { tasks } = parseTasksSnapshot(await (await fetch(`/snapshot/${taskFileOf('29')}`)).json());
 * tasks['29-2072.00']?.length; // 17
 * ```
 */
export function parseTasksSnapshot(value: unknown, file?: string): TasksSnapshot {
  const name = file ?? `${SNAPSHOT_FILES.tasks}/<major group>.json`;
  checkVersion(value, 'airesilience-tasks', name);
  const document = value as TasksSnapshotFile;
  const { signals, joins, majorGroup } = document;
  if (!Array.isArray(signals) || !Array.isArray(joins) || typeof majorGroup !== 'string') {
    throw damaged(name, 'no signals, joins or majorGroup');
  }
  if (typeof document.tasks !== 'object' || document.tasks === null) throw damaged(name, 'no tasks');
  const tasks: Record<string, TaskResilience[]> = {};
  for (const [code, encoded] of Object.entries(document.tasks)) {
    if (!Array.isArray(encoded)) throw damaged(name, `the tasks of ${code} are not a list`);
    tasks[code] = encoded.map((entry) => {
      if (
        !Array.isArray(entry) ||
        entry.length !== 7 ||
        !Array.isArray(entry[6]) ||
        entry[6].length % 3 !== 0
      ) {
        throw damaged(name, `a task of ${code} is not a 7-item tuple with a signal list`);
      }
      const flat = entry[6];
      const taskSignals: TaskResilience['signals'] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const signal = signals[flat[i]!];
        const join = joins[flat[i + 2]!];
        if (signal === undefined || join === undefined) {
          throw damaged(name, `task ${entry[0]} of ${code} names a signal or join that is not listed`);
        }
        taskSignals.push({ signal, value: flat[i + 1]!, join });
      }
      return {
        taskId: entry[0],
        statement: entry[1],
        taskType: entry[2],
        resilience: entry[3],
        automationLikelihood: entry[4],
        weight: entry[5],
        signals: taskSignals,
      };
    });
  }
  return { format: 'airesilience-tasks', snapshotVersion: SNAPSHOT_VERSION, majorGroup, tasks };
}
