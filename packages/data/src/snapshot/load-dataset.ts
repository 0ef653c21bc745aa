import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError, type OccupationProfile, type TaskResilience } from '@airesilience/core';
import { datasetFromSnapshot, type LoadedDataset, profileOf } from './loaded-dataset.js';
import { parseDatasetSnapshot, parseTasksSnapshot, SNAPSHOT_FILES } from './snapshot.js';

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
  throw new AiResilienceError('IO', 'cannot find the @airesilience/data package directory to read its snapshot');
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
    throw new AiResilienceError('DATA_INTEGRITY', `the snapshot ${path} is not valid JSON: rebuild it`, { cause });
  }
}

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** The snapshot directory (default: the one inside the installed package). */
  snapshotDirectory?: string;
}

/**
 * Loads the embedded snapshot: every occupation and source value, ready to score, with no network and
 * no set-up. Tasks are loaded lazily by {@link getProfile}.
 *
 * @param options - an alternative snapshot directory.
 * @returns the dataset.
 * @throws {@link AiResilienceError} `IO` when the snapshot is missing; `SNAPSHOT_VERSION` when it was
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

/**
 * Loads the tasks of a dataset's snapshot (once per directory).
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @returns O*NET-SOC code → tasks, most resilient first; empty when the dataset has no snapshot directory.
 * @throws {@link AiResilienceError} when the tasks file is missing or of another version.
 */
export async function loadTasks(dataset: LoadedDataset): Promise<Record<string, TaskResilience[]>> {
  const directory = dataset.snapshotDirectory;
  if (directory === null) return {};
  let pending = taskCache.get(directory);
  if (!pending) {
    const path = join(directory, SNAPSHOT_FILES.tasks);
    pending = readJson(path).then((value) => parseTasksSnapshot(value, path).tasks);
    pending.catch(() => taskCache.delete(directory));
    taskCache.set(directory, pending);
  }
  return pending;
}

/**
 * The profile a report shows for an occupation, with its tasks loaded from the snapshot.
 *
 * @param dataset - a dataset loaded by {@link loadDataset}.
 * @param code - a SOC 2018 or O*NET-SOC code.
 * @returns title, description, BLS facts and tasks.
 * @throws {@link AiResilienceError} `UNKNOWN_OCCUPATION` for a code not in the dataset.
 * @example
 * ```ts
 * (await getProfile(dataset, '29-2072')).tasks.length; // 17
 * ```
 */
export async function getProfile(dataset: LoadedDataset, code: string): Promise<OccupationProfile> {
  return profileOf(dataset, code, await loadTasks(dataset));
}
