import type {
  Dataset,
  EmploymentFacts,
  OccupationProfile,
  SourceDescriptor,
  SourceValues,
  TaskResilience,
} from '@airesilience/core';
import { AiResilienceError, linkedCodesOf, parseOccupationCode } from '@airesilience/core';
import { type DatasetSnapshot, majorGroupOf, type SourceSnapshot, type TasksSnapshot } from './snapshot.js';

/** A dataset loaded from a snapshot: the scoring {@link @airesilience/core!Dataset} plus what reports show. */
export interface LoadedDataset extends Dataset {
  /** The snapshot's list of sources (loaded or not), facts, descriptions, coverage and file checksums. */
  details: Omit<DatasetSnapshot, 'dataset' | 'format' | 'snapshotVersion'>;
  /** The directory the snapshot came from, for loading tasks lazily; null when built in memory or in a browser. */
  snapshotDirectory: string | null;
}

/**
 * Turns a parsed snapshot and the source files loaded with it into a {@link LoadedDataset}. Pure: works in
 * a browser.
 *
 * @param snapshot - the checked snapshot (see `parseDatasetSnapshot`).
 * @param sources - the checked source files to include (see `parseSourceSnapshot`): all of the snapshot's
 *   sources, or those a methodology uses. `details.sources` lists every source either way.
 * @param snapshotDirectory - the directory holding its tasks files (`tasks/29.json`…), if any.
 * @returns the dataset, ready for `scoreOccupation`.
 * @throws `AiResilienceError` `DATA_INTEGRITY` when a source file is not one of the snapshot's sources.
 * @example
 * ```ts
 * const dataset = datasetFromSnapshot(snapshot, [parseSourceSnapshot(aioeJson)]);
 * Object.keys(dataset.sources); // ['aioe']
 * ```
 */
export function datasetFromSnapshot(
  snapshot: DatasetSnapshot,
  sources: readonly SourceSnapshot[] = [],
  snapshotDirectory: string | null = null,
): LoadedDataset {
  const { dataset, format: _format, snapshotVersion: _version, ...details } = snapshot;
  const descriptors = new Map(details.sources.map((source) => [source.id, source.descriptor]));
  const values: Dataset['sources'] = {};
  // One list of the occupation codes, which every source's link table is aligned with.
  const codes = dataset.occupations.map((occupation) => occupation.code);
  for (const source of sources) {
    const descriptor = descriptors.get(source.id);
    if (descriptor === undefined) {
      throw new AiResilienceError(
        'DATA_INTEGRITY',
        `the source file of ${source.id} does not belong to this snapshot (it lists ${[...descriptors.keys()].join(', ')}): rebuild the snapshot`,
      );
    }
    const table = source.linkTable;
    if (table.occupationsKey !== details.occupationsKey || table.offsets.length !== codes.length + 1) {
      throw new AiResilienceError(
        'DATA_INTEGRITY',
        `the source file of ${source.id} was built for another list of occupations (${table.occupationsKey}, this snapshot has ${details.occupationsKey}): rebuild the snapshot`,
      );
    }
    values[source.id] = sourceValuesOf(descriptor, source, codes);
  }
  return { ...dataset, sources: values, details, snapshotDirectory };
}

/**
 * A source's values with its link table, and `links` made from the table when first read (or replaced when
 * set): from then on the table is gone, so the links you see are the ones scored. The table is not
 * enumerable, so a copy or the JSON of the dataset has the links alone.
 */
function sourceValuesOf(
  descriptor: SourceDescriptor,
  source: SourceSnapshot,
  codes: readonly string[],
): SourceValues {
  const values = { descriptor, universe: source.universe } as SourceValues;
  const { offsets, targets } = source.linkTable;
  const table = { codes, offsets, targets };
  const settle = (links: SourceValues['links']): void => {
    Object.defineProperty(values, 'links', {
      value: links,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    delete values.linkTable;
  };
  Object.defineProperty(values, 'links', {
    get() {
      const links: SourceValues['links'] = {};
      for (let i = 0; i < codes.length; i++) {
        if (offsets[i + 1] !== offsets[i]) links[codes[i]!] = linkedCodesOf(table, source.universe.codes, i);
      }
      settle(links);
      return links;
    },
    set(links: SourceValues['links']) {
      settle(links);
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(values, 'linkTable', {
    value: table,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  return values;
}

function tasksFor(
  code: string,
  dataset: LoadedDataset,
  tasks: Readonly<Record<string, TaskResilience[]>>,
): TaskResilience[] {
  if (code.includes('.')) return tasks[code] ?? [];
  const own = tasks[`${code}.00`];
  if (own) return own;
  const children = Object.keys(tasks).filter((key) => key.startsWith(`${code}.`));
  const members = dataset.details.matrixCodeOf;
  const viaMatrix =
    children.length > 0
      ? children
      : Object.keys(members).filter((key) => members[key] === code && tasks[key]);
  return viaMatrix
    .sort()
    .flatMap((key) => tasks[key] ?? [])
    .sort((a, b) => (b.resilience ?? -1) - (a.resilience ?? -1) || a.taskId - b.taskId);
}

function factsFor(
  code: string,
  dataset: LoadedDataset,
  facts: Readonly<Record<string, EmploymentFacts>>,
): EmploymentFacts | null {
  const soc = code.slice(0, 7);
  if (facts[soc]) return facts[soc];
  const matrixCode = dataset.details.matrixCodeOf[code.includes('.') ? code : `${code}.00`];
  return (matrixCode && facts[matrixCode]) || null;
}

/**
 * What the group files of a snapshot (`tasks/<major group>.json`) hold for the occupations of some SOC
 * major groups: as `loadDetails` in `@airesilience/data` returns them, or merged from `parseTasksSnapshot`.
 */
export interface OccupationDetails {
  /** O*NET-SOC code → tasks, most resilient first. */
  tasks: Readonly<Record<string, TaskResilience[]>>;
  /** Descriptions by O*NET-SOC code and by SOC 2018 code. */
  descriptions: Readonly<Record<string, string>>;
  /** BLS facts by matrix code. */
  facts: Readonly<Record<string, EmploymentFacts>>;
}

/**
 * The details of some major groups in one object: their group files' tasks, descriptions and facts, merged
 * (each code is in one group only). Pure: works on group files fetched in a browser too.
 *
 * @param groups - the parsed group files (see `parseTasksSnapshot`).
 * @returns the merged details.
 * @example
 * ```ts
 * const details = occupationDetailsOf([parseTasksSnapshot(json29)]);
 * details.tasks['29-2072.00']?.length; // 17
 * ```
 */
export function occupationDetailsOf(groups: readonly TasksSnapshot[]): OccupationDetails {
  return {
    tasks: Object.assign({}, ...groups.map((group) => group.tasks)),
    descriptions: Object.assign({}, ...groups.map((group) => group.descriptions)),
    facts: Object.assign({}, ...groups.map((group) => group.facts)),
  };
}

/**
 * The SOC major groups whose group files hold an occupation's profile: its own, the group of the BLS
 * matrix code it is filed under (for the facts) and, for a 6-digit code, the groups of the O*NET-SOC codes
 * filed under it (for the tasks).
 *
 * @param dataset - the loaded dataset.
 * @param code - a SOC 2018 or O*NET-SOC code.
 * @returns the two-digit groups, sorted.
 * @example
 * ```ts
 * profileGroupsOf(dataset, '29-2072'); // ['29']
 * ```
 */
export function profileGroupsOf(dataset: LoadedDataset, code: string): string[] {
  const members = dataset.details.matrixCodeOf;
  const groups = new Set([majorGroupOf(code)]);
  const matrixCode = members[code.includes('.') ? code : `${code}.00`];
  if (matrixCode !== undefined) groups.add(majorGroupOf(matrixCode));
  if (!code.includes('.')) {
    for (const [onetSocCode, filedUnder] of Object.entries(members)) {
      if (filedUnder === code) groups.add(majorGroupOf(onetSocCode));
    }
  }
  return [...groups].sort();
}

/**
 * The profile a report shows for an occupation: title, O*NET description (or SOC 2018 definition), BLS
 * facts and tasks. Pure: pass the details of the groups {@link profileGroupsOf} names (without them the
 * profile has the title only).
 *
 * An O*NET-SOC code has its own tasks and description and its parent's BLS facts (or, outside the matrix,
 * the facts of the matrix code it is filed under). A 6-digit code takes its `.00` code's tasks, else its
 * children's, else its matrix members'.
 *
 * @param dataset - the loaded dataset.
 * @param code - a SOC 2018 or O*NET-SOC code in the dataset.
 * @param details - the tasks, descriptions and facts of those groups (see `loadDetails`), or omit for a
 *   profile with the title only.
 * @returns the profile.
 * @throws {@link @airesilience/core!AiResilienceError} `UNKNOWN_OCCUPATION` when the code is not in the dataset.
 * @example
 * ```ts
 * const details = await loadDetails(dataset, { majorGroups: profileGroupsOf(dataset, '29-2072') });
 * profileOf(dataset, '29-2072', details).facts?.medianWage; // 50250
 * ```
 */
export function profileOf(
  dataset: LoadedDataset,
  code: string,
  details: Partial<OccupationDetails> = {},
): OccupationProfile {
  const parsed = parseOccupationCode(code);
  const occupation = dataset.occupations.find((entry) => entry.code === parsed.code);
  if (!occupation) throw new AiResilienceError('UNKNOWN_OCCUPATION', `${parsed.code} is not in the dataset`);
  const descriptions = details.descriptions ?? {};
  return {
    code: occupation.code,
    title: occupation.title,
    description: descriptions[occupation.code] ?? descriptions[`${occupation.code}.00`] ?? null,
    facts: factsFor(occupation.code, dataset, details.facts ?? {}),
    tasks: tasksFor(occupation.code, dataset, details.tasks ?? {}),
  };
}
