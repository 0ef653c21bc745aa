import type { Occupation, ScoreResult, TaskResilience } from '@airesilience/core';
import { type LoadedDataset, profileOf } from '@airesilience/data';
import { formatHtml } from '@airesilience/report';

/**
 * Formats the HTML report of a scored occupation, with the profile (title, description, BLS facts and the
 * tasks given) taken from the dataset. Pure: the same in the browser and in Node.
 *
 * @param dataset - the dataset the result was scored on.
 * @param result - the result of `scoreOccupation`.
 * @param tasks - the tasks of the occupation's major group(s), for the report's task list.
 * @returns the self-contained HTML document of `formatHtml`.
 * @example
 * ```ts
 * reportHtml(dataset, scoreOccupation(dataset, '29-2072'), tasks).startsWith('<!doctype html>'); // true
 * ```
 */
export function reportHtml(
  dataset: LoadedDataset,
  result: ScoreResult,
  tasks: Readonly<Record<string, TaskResilience[]>> = {},
): string {
  return formatHtml({ result, profile: profileOf(dataset, result.code, tasks) });
}

/**
 * The occupations to offer in the picker: the SOC 2018 detailed occupations, by title.
 *
 * @param dataset - the dataset.
 * @returns the occupations, sorted by title.
 * @example
 * ```ts
 * pickerOccupations(dataset).every((occupation) => occupation.kind === 'soc'); // true
 * ```
 */
export function pickerOccupations(dataset: LoadedDataset): Occupation[] {
  return dataset.occupations
    .filter((occupation) => occupation.kind === 'soc')
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
