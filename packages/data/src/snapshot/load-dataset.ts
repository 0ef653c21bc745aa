import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError, type OccupationProfile, type TaskResilience } from '@airesilience/core';
import { datasetFromSnapshot, type LoadedDataset, profileOf } from './loaded-dataset.js';
import {
  majorGroupOf,
  parseDatasetSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
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
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AiResilienceError(
      'IO',
      missing
        ? `the snapshot ${path} is missing: build it with \`npm run build\` (or \`airesilience data build\`)`
        : `the snapshot ${path} cannot be read`,
      { cause },
    );
  }
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
}

/**
 * Loads the embedded snapshot: every occupation and source value, ready to score, with no network and
 * no set-up. Tasks are loaded lazily, one SOC major group at a time, by {@link getProfile}.
 *
 * @param options - an alternative snapshot directory.
 * @returns the dataset.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the snapshot is missing; `SNAPSHOT_VERSION` when it was
 *   written by another version.
 * @example
 * ```ts
 * const dataset = await loadDataset();
 * scoreOccupation(dataset, '29-2072').tier.name; // 'Somewhat Resilient'
 * ```
 */
export async function loadDataset(options: LoadDatasetOptions = {}): Promise<LoadedDataset> {
  const directory = options.snapshotDirectory ?? defaultSnapshotDirectory();
  const path = join(directory, SNAPSHOT_FILES.dataset);
  return datasetFromSnapshot(parseDatasetSnapshot(await readJson(path), path), directory);
}

const taskCache = new Map<string, Promise<Record<string, TaskResilience[]>>>();

/** Options of {@link loadTasks}. */
export interface LoadTasksOptions {
  /**
   * Load only these SOC major groups (`['29']`): each group is one small file, so a report of one
   * occupation reads about a twentieth of the tasks. Default: every group of the dataset.
   */
  majorGroups?: readonly string[];
}

function loadTaskGroup(directory: string, majorGroup: string): Promise<Record<string, TaskResilience[]>> {
  const key = join(directory, taskFileOf(majorGroup));
  let pending = taskCache.get(key);
  if (!pending) {
    pending = readJson(key).then((value) => parseTasksSnapshot(value, key).tasks);
    pending.catch(() => taskCache.delete(key));
    taskCache.set(key, pending);
  }
  return pending;
}

/**
 * Loads the tasks of a dataset's snapshot: every SOC major group, or the ones asked for (each group file is
 * read once per directory and cached).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param options - `majorGroups` to read only some groups.
 * @returns O*NET-SOC code → tasks, most resilient first; empty when the dataset has no snapshot directory.
 * @throws `AiResilienceError` `IO` when a tasks file is missing; `SNAPSHOT_VERSION` when it is of
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
  const directory = dataset.snapshotDirectory;
  if (directory === null) return {};
  const groups =
    options.majorGroups ??
    [...new Set(dataset.occupations.map((occupation) => majorGroupOf(occupation.code)))].sort();
  const loaded = await Promise.all(groups.map((group) => loadTaskGroup(directory, group)));
  return loaded.length === 1 ? { ...loaded[0] } : Object.assign({}, ...loaded);
}

/**
 * The profile a report shows for an occupation, with its tasks loaded from the snapshot: only the tasks
 * file of the occupation's SOC major group is read (plus, for a BLS matrix aggregate, the groups of the
 * O*NET-SOC codes filed under it).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param code - a SOC 2018 or O*NET-SOC code.
 * @returns title, description, BLS facts and tasks.
 * @throws `AiResilienceError` `UNKNOWN_OCCUPATION` for a code not in the dataset; the errors of
 *   {@link loadTasks}.
 * @example
 * ```ts
 * (await getProfile(dataset, '29-2072')).tasks.length; // 17
 * ```
 */
export async function getProfile(dataset: LoadedDataset, code: string): Promise<OccupationProfile> {
  // Checks the code first, so an unknown code is reported as such rather than as a missing tasks file.
  const profile = profileOf(dataset, code);
  const groups = new Set([majorGroupOf(profile.code)]);
  if (!profile.code.includes('.')) {
    for (const [onetSocCode, matrixCode] of Object.entries(dataset.details.matrixCodeOf)) {
      if (matrixCode === profile.code) groups.add(majorGroupOf(onetSocCode));
    }
  }
  return profileOf(dataset, profile.code, await loadTasks(dataset, { majorGroups: [...groups].sort() }));
}
