import type {
  Dataset,
  EmploymentFacts,
  SourceDescriptor,
  SourceFile,
  SourceValues,
  TaskResilience,
} from '@airesilience/core';
import { AiResilienceError, linkTableOf } from '@airesilience/core';
import type { ModelCoverage } from '@airesilience/sources';
import type { BuiltDataset, SourceCoverage } from '../dataset/build-dataset.js';
import { SNAPSHOT_VERSION, SnapshotVersionError } from './snapshot-version-error.js';

/**
 * The names inside a snapshot directory: the dataset file, the folder holding one file per source
 * (`sources/aioe.json`), so a methodology reads only its own sources, and the folder holding one file per
 * SOC major group (`tasks/29.json`: the group's tasks, descriptions and BLS facts), so a report reads only
 * its own group's.
 */
export const SNAPSHOT_FILES = {
  /** The dataset file: occupations, the list of sources with their descriptors, coverage, file checksums. */
  dataset: 'dataset.json',
  /** The folder of the source files, one per source: its universe and links (see {@link sourceFileOf}). */
  sources: 'sources',
  /** The folder of the group files (tasks, descriptions, facts), one per SOC major group (see {@link taskFileOf}). */
  tasks: 'tasks',
} as const;

/**
 * The path, inside a snapshot directory, of a source's file (its universe and links).
 *
 * @param sourceId - the source id (`aioe`).
 * @returns the relative path, with `/` separators (`sources/aioe.json`): join it to the directory or a URL.
 * @throws `AiResilienceError` `INVALID_ARGUMENT` when `sourceId` is not a kebab-case id.
 * @example
 * ```ts
 * sourceFileOf('anthropic-observed-exposure'); // 'sources/anthropic-observed-exposure.json'
 * ```
 */
export function sourceFileOf(sourceId: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `a source id is kebab-case, got ${JSON.stringify(sourceId)}`,
    );
  }
  return `${SNAPSHOT_FILES.sources}/${sourceId}.json`;
}

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

/** A source listed in the main snapshot file: its id and descriptor (its values are in its own file). */
export interface SnapshotSource {
  /** The source id; its values are in {@link sourceFileOf}(id). */
  id: string;
  /** Citation, vintage, licence, direction, code system, files. */
  descriptor: SourceDescriptor;
}

/**
 * The main snapshot file: the occupations, the list of sources, and what the build learnt. Each source's
 * values are in its own file, and each major group's tasks, descriptions and facts in another. Each source's values are in its own file ({@link SourceSnapshot}).
 */
export interface DatasetSnapshot {
  /** Always `airesilience-dataset`. */
  format: 'airesilience-dataset';
  /** The snapshot format version ({@link SNAPSHOT_VERSION}). */
  snapshotVersion: number;
  /** The dataset the scoring engine reads, without its sources' values. */
  dataset: Omit<Dataset, 'sources'>;
  /** Every source of the snapshot, in the build's order. */
  sources: SnapshotSource[];
  /** O*NET-SOC code → matrix code. */
  matrixCodeOf: Record<string, string>;
  /** Coverage of each source. */
  coverage: SourceCoverage[];
  /** The task model's join coverage. */
  taskModel: ModelCoverage;
  /** Every source file the snapshot was built from, with its checksum. */
  files: SourceFile[];
  /**
   * A fingerprint of the occupation list (its length and a hash of the codes in order): each source file's
   * link table is aligned with that list and carries the same fingerprint.
   */
  occupationsKey: string;
}

/** A source's file (`sources/<id>.json`): its native universe and its links. */
export interface SourceSnapshot {
  /** Always `airesilience-source`. */
  format: 'airesilience-source';
  /** The snapshot format version ({@link SNAPSHOT_VERSION}). */
  snapshotVersion: number;
  /** The source id. */
  id: string;
  /** The native universe (see `SourceValues.universe` in `@airesilience/core`). */
  universe: SourceValues['universe'];
  /**
   * The links by index (see `SourceValues.linkTable`), aligned with the occupations of `dataset.json`: the
   * occupation codes are theirs, so the file does not repeat them.
   */
  linkTable: {
    /** The {@link DatasetSnapshot.occupationsKey} of the occupation list the table is aligned with. */
    occupationsKey: string;
    /** One more than the occupations: occupation `i`'s native codes are `targets[offsets[i]..offsets[i + 1])`. */
    offsets: number[];
    /** Indexes into `universe.codes`. */
    targets: number[];
  };
}

/**
 * The file of one SOC major group, as {@link parseTasksSnapshot} returns it (decoded): the group's tasks,
 * descriptions and BLS facts.
 */
export interface TasksSnapshot {
  /** Always `airesilience-tasks`. */
  format: 'airesilience-tasks';
  /** The snapshot format version. */
  snapshotVersion: number;
  /** The SOC major group whose O*NET-SOC codes the file holds (`29`). */
  majorGroup: string;
  /** O*NET-SOC code → tasks, most resilient first. */
  tasks: Record<string, TaskResilience[]>;
  /** Descriptions of the group's O*NET-SOC and SOC 2018 codes. */
  descriptions: Record<string, string>;
  /** BLS facts of the group's matrix codes. */
  facts: Record<string, EmploymentFacts>;
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
/** What a major group's file holds, before encoding. */
interface GroupContent {
  tasks: [string, TaskResilience[]][];
  descriptions: Record<string, string>;
  facts: Record<string, EmploymentFacts>;
}

interface TasksSnapshotFile {
  format: 'airesilience-tasks';
  snapshotVersion: number;
  majorGroup: string;
  /** The signal ids the tasks' signal indices point into. */
  signals: string[];
  /** The join kinds the tasks' join indices point into. */
  joins: TaskResilience['signals'][number]['join'][];
  /**
   * O*NET-SOC code → its encoded tasks (most resilient first), as a JSON text of its own: parsing the file
   * then makes one string per occupation rather than every task's arrays, and a report decodes only its
   * occupation's (a group has up to ~3,000 tasks; 9 → 2 ms for group 29).
   */
  tasks: Record<string, string>;
  /** Descriptions of the group's codes. */
  descriptions: Record<string, string>;
  /** BLS facts of the group's matrix codes. */
  facts: Record<string, EmploymentFacts>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function encodeTasks(majorGroup: string, group: GroupContent): TasksSnapshotFile {
  const byCode = group.tasks;
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
  const tasks: Record<string, string> = {};
  for (const [code, list] of byCode) {
    const encoded = list.map((task): EncodedTask => {
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
    tasks[code] = JSON.stringify(encoded);
  }
  return {
    format: 'airesilience-tasks',
    snapshotVersion: SNAPSHOT_VERSION,
    majorGroup,
    signals: [...signals.keys()],
    joins: [...joins.keys()],
    tasks,
    descriptions: group.descriptions,
    facts: group.facts,
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
  sources: { id: string; document: SourceSnapshot }[];
  tasks: { majorGroup: string; document: unknown }[];
} {
  const files = new Map<string, SourceFile>();
  for (const source of Object.values(built.dataset.sources)) {
    for (const file of source.descriptor.files) files.set(file.path, file);
  }
  const groups = new Map<string, GroupContent>();
  const groupOf = (code: string): GroupContent => {
    const key = majorGroupOf(code);
    let group = groups.get(key);
    if (group === undefined) {
      group = { tasks: [], descriptions: {}, facts: {} };
      groups.set(key, group);
    }
    return group;
  };
  for (const occupation of built.dataset.occupations) groupOf(occupation.code);
  for (const code of Object.keys(built.tasks).sort(byText))
    groupOf(code).tasks.push([code, built.tasks[code] ?? []]);
  for (const code of Object.keys(built.descriptions).sort(byText)) {
    groupOf(code).descriptions[code] = built.descriptions[code]!;
  }
  for (const code of Object.keys(built.facts).sort(byText)) groupOf(code).facts[code] = built.facts[code]!;
  const { sources, ...dataset } = built.dataset;
  const occupationsKey = occupationsKeyOf(dataset.occupations.map((occupation) => occupation.code));
  // In the build's order, which the dataset has always had (and `airesilience sources` lists).
  const sourceIds = Object.keys(sources);
  return {
    dataset: {
      format: 'airesilience-dataset',
      snapshotVersion: SNAPSHOT_VERSION,
      dataset,
      sources: sourceIds.map((id) => ({ id, descriptor: sources[id]!.descriptor })),
      matrixCodeOf: built.matrixCodeOf,
      coverage: built.coverage,
      taskModel: built.taskModel,
      files: [...files.values()].sort((a, b) => byText(a.path, b.path)),
      occupationsKey,
    },
    sources: sourceIds.map((id) => ({
      id,
      document: {
        format: 'airesilience-source',
        snapshotVersion: SNAPSHOT_VERSION,
        id,
        universe: sources[id]!.universe,
        linkTable: sourceLinkTable(sources[id]!, dataset.occupations, occupationsKey),
      },
    })),
    tasks: [...groups.keys()]
      .sort(byText)
      .map((majorGroup) => ({ majorGroup, document: encodeTasks(majorGroup, groups.get(majorGroup)!) })),
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
 * snapshot fetched over HTTP; the sources' values are in their own files ({@link parseSourceSnapshot},
 * then `datasetFromSnapshot`).
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `dataset.json`).
 * @returns the snapshot.
 * @throws {@link SnapshotVersionError} when it is not a snapshot of this version;
 *   `AiResilienceError` `DATA_INTEGRITY` when it has no occupations or no list of sources.
 * @example
 * ```ts
 * const snapshot = parseDatasetSnapshot(await (await fetch('/snapshot/dataset.json')).json());
 * snapshot.sources.map((source) => source.id); // ['adaptive-capacity', 'ai-resilience-model', …]
 * ```
 */
export function parseDatasetSnapshot(value: unknown, file: string = SNAPSHOT_FILES.dataset): DatasetSnapshot {
  checkVersion(value, 'airesilience-dataset', file);
  const document = value as DatasetSnapshot;
  if (
    typeof document.dataset !== 'object' ||
    document.dataset === null ||
    !Array.isArray(document.dataset.occupations)
  ) {
    throw damaged(file, 'no dataset with occupations');
  }
  if (!Array.isArray(document.sources)) throw damaged(file, 'no list of sources');
  if (typeof document.occupationsKey !== 'string') throw damaged(file, 'no occupations key');
  for (const source of document.sources) {
    if (
      typeof source?.id !== 'string' ||
      typeof source.descriptor !== 'object' ||
      source.descriptor === null
    ) {
      throw damaged(file, 'a source without an id or a descriptor');
    }
  }
  return document;
}

/**
 * Checks a parsed source file (`sources/<id>.json`) of this snapshot version. Pure: use it in a browser
 * with a file fetched over HTTP.
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `sources/<id>.json`).
 * @returns the source's universe and links.
 * @throws {@link SnapshotVersionError} when it is not a source file of this version;
 *   `AiResilienceError` `DATA_INTEGRITY` when it has no id, universe or links.
 * @example
 * ```ts
 * const source = parseSourceSnapshot(await (await fetch(`/snapshot/${sourceFileOf('aioe')}`)).json());
 * source.universe.codes.length; // 774
 * ```
 */
export function parseSourceSnapshot(value: unknown, file?: string): SourceSnapshot {
  const name = file ?? `${SNAPSHOT_FILES.sources}/<id>.json`;
  checkVersion(value, 'airesilience-source', name);
  const document = value as SourceSnapshot;
  if (typeof document.id !== 'string') throw damaged(name, 'no source id');
  const universe = document.universe as Partial<SourceSnapshot['universe']> | null;
  if (
    typeof universe !== 'object' ||
    universe === null ||
    !Array.isArray(universe.codes) ||
    !Array.isArray(universe.values)
  ) {
    throw damaged(name, 'no universe with codes and values');
  }
  const table = document.linkTable as Partial<SourceSnapshot['linkTable']> | null;
  if (
    typeof table !== 'object' ||
    table === null ||
    typeof table.occupationsKey !== 'string' ||
    !Array.isArray(table.offsets) ||
    !Array.isArray(table.targets)
  ) {
    throw damaged(name, 'no link table with an occupations key, offsets and targets');
  }
  return document;
}

/**
 * A source's links by index, for its file, aligned with the occupations: each occupation's native codes as
 * indexes into the universe (none for an occupation without links).
 *
 * @param values - the source's values.
 * @param occupations - the dataset's occupations, in order.
 * @param occupationsKey - their fingerprint.
 * @returns the link table.
 * @throws `AiResilienceError` `DATA_INTEGRITY` when a link names an occupation the dataset does not have;
 *   `DatasetError` (from `linkTableOf`) when it names a code outside the universe.
 */
function sourceLinkTable(
  values: SourceValues,
  occupations: readonly { code: string }[],
  occupationsKey: string,
): SourceSnapshot['linkTable'] {
  const codes = occupations.map((occupation) => occupation.code);
  // The engine leaves out links to codes outside the dataset; a snapshot refuses them as a build error.
  const known = new Set(codes);
  for (const code of Object.keys(values.links)) {
    if (!known.has(code)) {
      throw new AiResilienceError(
        'DATA_INTEGRITY',
        `${values.descriptor.id}: links ${code}, which is not an occupation of the dataset`,
      );
    }
  }
  const { offsets, targets } = linkTableOf(values.descriptor.id, values.links, values.universe.codes, codes);
  return { occupationsKey, offsets: Array.from(offsets), targets: Array.from(targets) };
}

/**
 * The fingerprint of an occupation list: its length and a 32-bit FNV-1a hash of the codes in order (not a
 * security measure: it tells a source file of another build from one of this build).
 *
 * @param codes - the occupation codes, in order.
 * @returns e.g. `1848-3f2a9c01`.
 */
function occupationsKeyOf(codes: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const code of codes) {
    for (let i = 0; i < code.length; i++) {
      hash ^= code.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${codes.length}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

function damaged(file: string, reason: string): AiResilienceError {
  return new AiResilienceError('DATA_INTEGRITY', `${file} is damaged (${reason}): rebuild the snapshot`);
}

/**
 * Checks and decodes a parsed group file (`tasks/<major group>.json`: the group's tasks, descriptions and
 * BLS facts) of this snapshot version. Pure: use it in a browser with a file fetched over HTTP.
 *
 * @param value - the parsed JSON.
 * @param file - the file name for errors (default `tasks/<major group>.json`).
 * @param select - decode the tasks of the O*NET-SOC codes it accepts only (default: every code), e.g. the
 *   one a report shows: a group file holds up to ~3,000 tasks.
 * @returns the major group's tasks (as `TaskResilience` objects), descriptions and facts.
 * @throws {@link SnapshotVersionError} when it is not a tasks file of this version;
 *   `AiResilienceError` `DATA_INTEGRITY` when its content is not laid out as this version writes it.
 * @example
 * ```ts
 * const { tasks } = parseTasksSnapshot(await (await fetch(`/snapshot/${taskFileOf('29')}`)).json());
 * tasks['29-2072.00']?.length; // 17
 * ```
 */
export function parseTasksSnapshot(
  value: unknown,
  file?: string,
  select?: (code: string) => boolean,
): TasksSnapshot {
  const name = file ?? `${SNAPSHOT_FILES.tasks}/<major group>.json`;
  checkVersion(value, 'airesilience-tasks', name);
  const document = value as TasksSnapshotFile;
  const { signals, joins, majorGroup } = document;
  if (!Array.isArray(signals) || !Array.isArray(joins) || typeof majorGroup !== 'string') {
    throw damaged(name, 'no signals, joins or majorGroup');
  }
  if (typeof document.tasks !== 'object' || document.tasks === null) throw damaged(name, 'no tasks');
  const { descriptions, facts } = document;
  if (
    typeof descriptions !== 'object' ||
    descriptions === null ||
    typeof facts !== 'object' ||
    facts === null
  ) {
    throw damaged(name, 'no descriptions or facts');
  }
  const tasks: Record<string, TaskResilience[]> = {};
  for (const [code, text] of Object.entries(document.tasks)) {
    if (select !== undefined && !select(code)) continue;
    let encoded: unknown;
    try {
      encoded = typeof text === 'string' ? JSON.parse(text) : undefined;
    } catch {
      encoded = undefined;
    }
    if (!Array.isArray(encoded)) throw damaged(name, `the tasks of ${code} are not a JSON list`);
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
  return {
    format: 'airesilience-tasks',
    snapshotVersion: SNAPSHOT_VERSION,
    majorGroup,
    tasks,
    descriptions,
    facts,
  };
}
