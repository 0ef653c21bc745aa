import type { Dataset, EmploymentFacts, OccupationProfile, TaskResilience } from '@airesilience/core';
import { AiResilienceError, parseOccupationCode } from '@airesilience/core';
import type { DatasetSnapshot } from './snapshot.js';

/** A dataset loaded from a snapshot: the scoring {@link @airesilience/core!Dataset} plus what reports show. */
export interface LoadedDataset extends Dataset {
  /** The snapshot's facts, descriptions, coverage and file checksums. */
  details: Omit<DatasetSnapshot, 'dataset' | 'format' | 'snapshotVersion'>;
  /** The directory the snapshot came from, for loading tasks lazily; null when built in memory or in a browser. */
  snapshotDirectory: string | null;
}

/**
 * Turns a parsed snapshot into a {@link LoadedDataset}. Pure: works in a browser.
 *
 * @param snapshot - the checked snapshot (see `parseDatasetSnapshot`).
 * @param snapshotDirectory - the directory holding its tasks files (`tasks/29.json`…), if any.
 * @returns the dataset, ready for `scoreOccupation`.
 */
export function datasetFromSnapshot(
  snapshot: DatasetSnapshot,
  snapshotDirectory: string | null = null,
): LoadedDataset {
  const { dataset, format: _format, snapshotVersion: _version, ...details } = snapshot;
  return { ...dataset, details, snapshotDirectory };
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

function factsFor(code: string, dataset: LoadedDataset): EmploymentFacts | null {
  const facts = dataset.details.facts;
  const soc = code.slice(0, 7);
  if (facts[soc]) return facts[soc];
  const matrixCode = dataset.details.matrixCodeOf[code.includes('.') ? code : `${code}.00`];
  return (matrixCode && facts[matrixCode]) || null;
}

/**
 * The profile a report shows for an occupation: title, O*NET description (or SOC 2018 definition), BLS
 * facts and tasks. Pure; pass the tasks when the report lists them.
 *
 * An O*NET-SOC code has its own tasks and description and its parent's BLS facts (or, outside the matrix,
 * the facts of the matrix code it is filed under). A 6-digit code takes its `.00` code's tasks, else its
 * children's, else its matrix members'.
 *
 * @param dataset - the loaded dataset.
 * @param code - a SOC 2018 or O*NET-SOC code in the dataset.
 * @param tasks - the tasks snapshot's map, or omit for a profile without tasks.
 * @returns the profile.
 * @throws {@link @airesilience/core!AiResilienceError} `UNKNOWN_OCCUPATION` when the code is not in the dataset.
 * @example
 * ```ts
 * profileOf(dataset, '29-2072').facts?.medianWage; // 50250
 * ```
 */
export function profileOf(
  dataset: LoadedDataset,
  code: string,
  tasks: Readonly<Record<string, TaskResilience[]>> = {},
): OccupationProfile {
  const parsed = parseOccupationCode(code);
  const occupation = dataset.occupations.find((entry) => entry.code === parsed.code);
  if (!occupation) throw new AiResilienceError('UNKNOWN_OCCUPATION', `${parsed.code} is not in the dataset`);
  const descriptions = dataset.details.descriptions;
  return {
    code: occupation.code,
    title: occupation.title,
    description: descriptions[occupation.code] ?? descriptions[`${occupation.code}.00`] ?? null,
    facts: factsFor(occupation.code, dataset),
    tasks: tasksFor(occupation.code, dataset, tasks),
  };
}
