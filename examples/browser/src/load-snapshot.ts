import type { TaskResilience } from '@airesilience/core';
import {
  datasetFromSnapshot,
  type LoadedDataset,
  parseDatasetSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
} from '@airesilience/data';

type Tasks = Record<string, TaskResilience[]>;

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The snapshot served beside the page: the dataset, fetched once, and the tasks, fetched one SOC major group
 * file (`tasks/29.json`) at a time, when a report needs them.
 */
export class BrowserSnapshot {
  readonly #base: URL;
  readonly #groups = new Map<string, Promise<Tasks>>();

  /**
   * @param dataset - the dataset, ready to score.
   * @param base - the URL of the snapshot folder.
   */
  constructor(
    readonly dataset: LoadedDataset,
    base: URL,
  ) {
    this.#base = base;
  }

  /**
   * Fetches and checks the snapshot's `dataset.json`.
   *
   * @param base - the URL of the snapshot folder, e.g. `new URL('snapshot/', document.baseURI)`.
   * @returns the snapshot, with no tasks loaded yet.
   * @throws {@link Error} when the file cannot be fetched; `SnapshotVersionError` for another version.
   * @example
   * ```ts
   * const snapshot = await BrowserSnapshot.load(new URL('snapshot/', document.baseURI));
   * ```
   */
  static async load(base: URL): Promise<BrowserSnapshot> {
    const json = await fetchJson(new URL(SNAPSHOT_FILES.dataset, base));
    return new BrowserSnapshot(datasetFromSnapshot(parseDatasetSnapshot(json, SNAPSHOT_FILES.dataset)), base);
  }

  /**
   * The tasks a report of `code` lists: those of its SOC major group, plus, for a BLS matrix aggregate, the
   * groups of the O*NET-SOC codes filed under it (each group file is fetched once).
   *
   * @param code - the occupation code as scored.
   * @returns O*NET-SOC code → tasks, for those groups.
   * @throws {@link Error} when a tasks file cannot be fetched or is of another version.
   */
  async tasksFor(code: string): Promise<Tasks> {
    const groups = new Set([code.slice(0, 2)]);
    if (!code.includes('.')) {
      for (const [onetSocCode, matrixCode] of Object.entries(this.dataset.details.matrixCodeOf)) {
        if (matrixCode === code) groups.add(onetSocCode.slice(0, 2));
      }
    }
    const loaded = await Promise.all([...groups].sort().map((group) => this.#group(group)));
    return Object.assign({}, ...loaded);
  }

  #group(group: string): Promise<Tasks> {
    let pending = this.#groups.get(group);
    if (!pending) {
      const file = `${SNAPSHOT_FILES.tasks}/${group}.json`;
      pending = fetchJson(new URL(file, this.#base)).then((json) => parseTasksSnapshot(json, file).tasks);
      pending.catch(() => this.#groups.delete(group));
      this.#groups.set(group, pending);
    }
    return pending;
  }
}
