import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError, type OccupationProfile, type TaskResilience } from '@airesilience/core';
import {
  datasetFromSnapshot,
  type LoadedDataset,
  type OccupationDetails,
  occupationDetailsOf,
  profileGroupsOf,
  profileOf,
} from './loaded-dataset.js';
import {
  type DatasetSnapshot,
  majorGroupOf,
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
  type SourceSnapshot,
  sourceFileOf,
  type TasksSnapshot,
  taskFileOf,
} from './snapshot.js';

/**
 * The snapshot directory inside the installed `@airesilience/data` package (`<package>/snapshot`).
 *
 * @returns the absolute path (it may not exist before the package is built).
 */
export function defaultSnapshotDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@airesilience/data') {
      return join(directory, 'snapshot');
    }
    directory = dirname(directory);
  }
  throw new AiResilienceError(
    'IO',
    'cannot find the @airesilience/data package directory to read its snapshot',
  );
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw unreadable(path, cause);
  }
  return parseJson(path, text);
}

function readJsonSync(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw unreadable(path, cause);
  }
  return parseJson(path, text);
}

function unreadable(path: string, cause: unknown): AiResilienceError {
  const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
  return new AiResilienceError(
    'IO',
    missing
      ? `the snapshot ${path} is missing: build it with \`npm run build\` (or \`airesilience data build\`)`
      : `the snapshot ${path} cannot be read`,
    { cause },
  );
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new AiResilienceError('DATA_INTEGRITY', `the snapshot ${path} is not valid JSON: rebuild it`, {
      cause,
    });
  }
}

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** The snapshot directory (default: the one inside the installed package). */
  snapshotDirectory?: string;
  /**
   * Load the values of these sources only (each source is one file): a methodology needs only its own, and
   * a command line that scores with the default methodology starts faster without the others. Default:
   * every source of the snapshot. `details.sources` lists them all either way.
   */
  sources?: readonly string[];
}

/**
 * Loads the embedded snapshot: every occupation and source value (or the sources asked for), ready to
 * score, with no network and no set-up. Tasks are loaded lazily, one SOC major group at a time, by
 * {@link getProfile}.
 *
 * @param options - an alternative snapshot directory; the sources to load.
 * @returns the dataset.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the snapshot is missing; `SNAPSHOT_VERSION` when it was
 *   written by another version; `INVALID_ARGUMENT` naming a source the snapshot does not have.
 * @example
 * ```ts
 * const dataset = await loadDataset();
 * scoreOccupation(dataset, '29-2072').tier.name; // 'Somewhat Resilient'
 * // only what the default methodology reads
 * const lean = await loadDataset({ sources: methodologySourceIds(DEFAULT_METHODOLOGY) });
 * ```
 */
export async function loadDataset(options: LoadDatasetOptions = {}): Promise<LoadedDataset> {
  const directory = options.snapshotDirectory ?? defaultSnapshotDirectory();
  const path = join(directory, SNAPSHOT_FILES.dataset);
  const snapshot = parseDatasetSnapshot(await readJson(path), path);
  const sources = await Promise.all(
    wantedSources(snapshot, options.sources).map(async (id) => {
      const file = join(directory, sourceFileOf(id));
      return checkedSource(id, file, await readJson(file));
    }),
  );
  return datasetFromSnapshot(snapshot, sources, directory);
}

/**
 * {@link loadDataset}, reading the files synchronously: for a command line or a script, where nothing else
 * waits on the event loop, it is a few milliseconds faster (about 8 ms of the command line's 250 ms start).
 * Prefer {@link loadDataset} in a server.
 *
 * @param options - an alternative snapshot directory; the sources to load.
 * @returns the dataset.
 * @throws as {@link loadDataset}.
 * @example
 * ```ts
 * const dataset = loadDatasetSync({ sources: methodologySourceIds(DEFAULT_METHODOLOGY) });
 * scoreOccupation(dataset, '29-2072').scorePercent; // 41.4
 * ```
 */
export function loadDatasetSync(options: LoadDatasetOptions = {}): LoadedDataset {
  const directory = options.snapshotDirectory ?? defaultSnapshotDirectory();
  const path = join(directory, SNAPSHOT_FILES.dataset);
  const snapshot = parseDatasetSnapshot(readJsonSync(path), path);
  const sources = wantedSources(snapshot, options.sources).map((id) => {
    const file = join(directory, sourceFileOf(id));
    return checkedSource(id, file, readJsonSync(file));
  });
  return datasetFromSnapshot(snapshot, sources, directory);
}

/** The distinct sources to load: those asked for (checked against the snapshot's), or all of them. */
function wantedSources(snapshot: DatasetSnapshot, requested: readonly string[] | undefined): string[] {
  const available = snapshot.sources.map((source) => source.id);
  const wanted = requested ?? available;
  for (const id of wanted) {
    if (!available.includes(id)) {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `the snapshot has no source ${JSON.stringify(id)}; it has ${available.join(', ')}`,
      );
    }
  }
  return [...new Set(wanted)];
}

/** A parsed source file, checked, and checked to hold the source it is named for. */
function checkedSource(id: string, file: string, value: unknown): SourceSnapshot {
  const source = parseSourceSnapshot(value, file);
  if (source.id !== id) {
    throw new AiResilienceError(
      'DATA_INTEGRITY',
      `${file} holds the source ${source.id}, not ${id}: rebuild the snapshot`,
    );
  }
  return source;
}

// The parsed (not yet decoded) group files, by path: a profile decodes only its occupation's tasks.
const groupCache = new Map<string, Promise<unknown>>();

/** Options of {@link loadTasks} and {@link loadDetails}. */
export interface LoadTasksOptions {
  /**
   * Load only these SOC major groups (`['29']`): each group is one small file, so a report of one
   * occupation reads about a twentieth of the details. Default: every group of the dataset.
   */
  majorGroups?: readonly string[];
}

async function loadGroup(
  directory: string,
  majorGroup: string,
  select?: (code: string) => boolean,
): Promise<TasksSnapshot> {
  const key = join(directory, taskFileOf(majorGroup));
  let pending = groupCache.get(key);
  if (!pending) {
    pending = readJson(key);
    pending.catch(() => groupCache.delete(key));
    groupCache.set(key, pending);
  }
  return parseTasksSnapshot(await pending, key, select);
}

/**
 * Loads the occupation details of a dataset's snapshot: the tasks, descriptions and BLS facts of every SOC
 * major group, or of the ones asked for (each group file is read once per directory and cached).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param options - `majorGroups` to read only some groups.
 * @returns the details, merged; empty when the dataset has no snapshot directory.
 * @throws `AiResilienceError` `IO` when a group file is missing; `SNAPSHOT_VERSION` when it is of
 *   another version; `DATA_INTEGRITY` when it is damaged.
 * @example
 * ```ts
 * const details = await loadDetails(dataset, { majorGroups: ['29'] });
 * details.descriptions['29-2072.00']?.slice(0, 7); // 'Compile'
 * ```
 */
export async function loadDetails(
  dataset: LoadedDataset,
  options: LoadTasksOptions = {},
): Promise<OccupationDetails> {
  const directory = dataset.snapshotDirectory;
  if (directory === null) return { tasks: {}, descriptions: {}, facts: {} };
  const groups =
    options.majorGroups ??
    [...new Set(dataset.occupations.map((occupation) => majorGroupOf(occupation.code)))].sort();
  return occupationDetailsOf(await Promise.all(groups.map((group) => loadGroup(directory, group))));
}

/**
 * Loads the tasks of a dataset's snapshot: every SOC major group, or the ones asked for (see
 * {@link loadDetails}, which also gives the descriptions and facts).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param options - `majorGroups` to read only some groups.
 * @returns O*NET-SOC code → tasks, most resilient first; empty when the dataset has no snapshot directory.
 * @throws `AiResilienceError` `IO` when a group file is missing; `SNAPSHOT_VERSION` when it is of
 *   another version; `DATA_INTEGRITY` when it is damaged.
 * @example
 * ```ts
 * const tasks = await loadTasks(dataset, { majorGroups: ['29'] });
 * tasks['29-2072.00']?.length; // 17
 * ```
 */
export async function loadTasks(
  dataset: LoadedDataset,
  options: LoadTasksOptions = {},
): Promise<Record<string, TaskResilience[]>> {
  return { ...(await loadDetails(dataset, options)).tasks };
}

/**
 * The profile a report shows for an occupation, loaded from the snapshot: only the group files that
 * {@link profileGroupsOf} names are read (usually one).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param code - a SOC 2018 or O*NET-SOC code.
 * @returns the profile: title, description, BLS facts and tasks.
 * @throws `AiResilienceError` `UNKNOWN_OCCUPATION` when the code is not in the dataset; `IO` when a group
 *   file is missing.
 * @example
 * ```ts
 * const profile = await getProfile(dataset, '29-2072');
 * profile.tasks.length; // 17
 * ```
 */
export async function getProfile(dataset: LoadedDataset, code: string): Promise<OccupationProfile> {
  // Checks the code first, so an unknown code is reported as such rather than as a missing group file.
  const { code: own } = profileOf(dataset, code);
  const directory = dataset.snapshotDirectory;
  if (directory === null) return profileOf(dataset, own);
  // The tasks profileOf can list: the code's own, its O*NET-SOC children's, the codes filed under it.
  const members = dataset.details.matrixCodeOf;
  const select = own.includes('.')
    ? (key: string) => key === own
    : (key: string) => key.startsWith(`${own}.`) || members[key] === own;
  const groups = profileGroupsOf(dataset, own);
  return profileOf(
    dataset,
    own,
    occupationDetailsOf(await Promise.all(groups.map((group) => loadGroup(directory, group, select)))),
  );
}
