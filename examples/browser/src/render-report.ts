import type { Occupation, ScoreResult } from '@airesilience/core';
import { type LoadedDataset, type OccupationDetails, profileOf } from '@airesilience/data';
import { formatHtml } from '@airesilience/report';

/**
 * Formats the HTML report of a scored occupation, with the profile (title, and the description, BLS facts
 * and tasks from the details given). Pure: the same in the browser and in Node.
 *
 * @param dataset - the dataset the result was scored on.
 * @param result - the result of `scoreOccupation`.
 * @param details - the details of the occupation's major group(s) (`BrowserSnapshot.detailsFor`).
 * @returns the self-contained HTML document of `formatHtml`.
 * @example
 * ```ts
 * reportHtml(dataset, scoreOccupation(dataset, '29-2072'), details).startsWith('<!doctype html>'); // true
 * ```
 */
export function reportHtml(
  dataset: LoadedDataset,
  result: ScoreResult,
  details: Partial<OccupationDetails> = {},
): string {
  return formatHtml({ result, profile: profileOf(dataset, result.code, details) });
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
