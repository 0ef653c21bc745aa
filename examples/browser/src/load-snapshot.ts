import { DEFAULT_METHODOLOGY, methodologySourceIds } from '@airesilience/core';
import {
  datasetFromSnapshot,
  type LoadedDataset,
  type OccupationDetails,
  occupationDetailsOf,
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  profileGroupsOf,
  SNAPSHOT_FILES,
  sourceFileOf,
  type TasksSnapshot,
  taskFileOf,
} from '@airesilience/data';

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The snapshot served beside the page: the dataset and the files of the sources the default methodology
 * reads, fetched once, and the occupation details (tasks, description, BLS facts), fetched one SOC major
 * group file (`tasks/29.json`) at a time, when a report needs them.
 */
export class BrowserSnapshot {
  readonly #base: URL;
  readonly #groups = new Map<string, Promise<TasksSnapshot>>();

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
   * Fetches and checks the snapshot's `dataset.json` and the files of the default methodology's sources.
   *
   * @param base - the URL of the snapshot folder, e.g. `new URL('snapshot/', document.baseURI)`.
   * @returns the snapshot, with no occupation details loaded yet.
   * @throws {@link Error} when a file cannot be fetched; `SnapshotVersionError` for another version.
   * @example
   * ```ts
   * const snapshot = await BrowserSnapshot.load(new URL('snapshot/', document.baseURI));
   * ```
   */
  static async load(base: URL): Promise<BrowserSnapshot> {
    const snapshot = parseDatasetSnapshot(
      await fetchJson(new URL(SNAPSHOT_FILES.dataset, base)),
      SNAPSHOT_FILES.dataset,
    );
    const sources = await Promise.all(
      methodologySourceIds(DEFAULT_METHODOLOGY).map(async (id) =>
        parseSourceSnapshot(await fetchJson(new URL(sourceFileOf(id), base)), sourceFileOf(id)),
      ),
    );
    return new BrowserSnapshot(datasetFromSnapshot(snapshot, sources), base);
  }

  /**
   * The details a report of `code` shows: those of the SOC major groups {@link profileGroupsOf} names
   * (usually its own; each group file is fetched once).
   *
   * @param code - the occupation code as scored.
   * @returns the tasks, descriptions and facts of those groups.
   * @throws {@link Error} when a group file cannot be fetched or is of another version.
   */
  async detailsFor(code: string): Promise<OccupationDetails> {
    return occupationDetailsOf(
      await Promise.all(profileGroupsOf(this.dataset, code).map((group) => this.#group(group))),
    );
  }

  #group(group: string): Promise<TasksSnapshot> {
    let pending = this.#groups.get(group);
    if (!pending) {
      const file = taskFileOf(group);
      pending = fetchJson(new URL(file, this.#base)).then((json) => parseTasksSnapshot(json, file));
      pending.catch(() => this.#groups.delete(group));
      this.#groups.set(group, pending);
    }
    return pending;
  }
}
