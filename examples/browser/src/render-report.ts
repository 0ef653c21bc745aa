import { type Occupation, type ScoreResult, scoreOccupation, type TaskResilience } from '@airesilience/core';
import { type LoadedDataset, profileOf } from '@airesilience/data';
import { formatHtml } from '@airesilience/report';

/** A rendered report. */
export interface RenderedReport {
  /** The score behind the report. */
  result: ScoreResult;
  /** The self-contained HTML document of `formatHtml`. */
  html: string;
}

/**
 * Scores one occupation with the default methodology and formats its HTML report. Pure: the same in the
 * browser and in Node.
 *
 * @param dataset - the dataset.
 * @param code - a SOC 2018 or O*NET-SOC code.
 * @param tasks - the tasks of the occupation's major group(s), for the report's task list.
 * @returns the result and the report document.
 * @throws `OccupationCodeError` for a malformed code, `UnknownOccupationError` for a code not in the
 *   dataset, `NoDataError` when no source has data for it.
 * @example
 * ```ts
 * renderReport(dataset, '29-2072', tasks).result.tier.name; // 'Somewhat Resilient'
 * ```
 */
export function renderReport(
  dataset: LoadedDataset,
  code: string,
  tasks: Readonly<Record<string, TaskResilience[]>> = {},
): RenderedReport {
  const result = scoreOccupation(dataset, code);
  const profile = profileOf(dataset, result.code, tasks);
  return { result, html: formatHtml({ result, profile }) };
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
