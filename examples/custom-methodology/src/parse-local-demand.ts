import { SocCodeSchema } from '@airesilience/core';
import { readDelimited } from '@airesilience/sources';

/** The id under which the local source joins the dataset and the methodology names it. */
export const LOCAL_DEMAND_SOURCE_ID = 'local-demand';

/** The columns `data/local-demand.csv` must have. */
export const LOCAL_DEMAND_COLUMNS = ['soc_code', 'title', 'openings_per_1000_jobs'] as const;

/** One row of the local demand file. */
export interface LocalDemandRecord {
  /** The SOC 2018 detailed code, e.g. `29-2072`. */
  code: string;
  /** The title as the file gives it (for people; scoring uses the dataset's titles). */
  title: string;
  /** Open positions per 1,000 jobs in the region (invented example values). */
  value: number;
  /** The 1-based row in the file, comment lines included. */
  row: number;
}

/**
 * Parses the nonprofit's own local demand CSV: lines starting with `#` are comments, then a header with
 * {@link LOCAL_DEMAND_COLUMNS}, then one row per SOC 2018 code with a finite, non-negative value.
 *
 * @param text - the file's text.
 * @param file - the file name for error messages.
 * @returns one record per row, in file order.
 * @throws `SourceParseError` naming the file, row and column of a missing column, a malformed or
 *   repeated code, or a value that is not a non-negative number.
 * @example
 * ```ts
 * parseLocalDemand('soc_code,title,openings_per_1000_jobs\n29-2072,Medical records specialists,48\n', 'x.csv');
 * // [{ code: '29-2072', title: 'Medical records specialists', value: 48, row: 2 }]
 * ```
 */
export function parseLocalDemand(text: string, file: string): LocalDemandRecord[] {
  // The library's CSV reader does the quoting, encoding and column checks; comment lines are blanked
  // (not removed) so row numbers stay those of the file.
  const table = readDelimited(
    text
      .split('\n')
      .map((line) => (line.startsWith('#') ? '' : line))
      .join('\n'),
    { source: LOCAL_DEMAND_SOURCE_ID, file, requiredColumns: LOCAL_DEMAND_COLUMNS },
  );
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const code = table.text(row, 'soc_code').trim();
    if (!SocCodeSchema.safeParse(code).success) {
      throw table.error(
        `must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`,
        row.line,
        'soc_code',
      );
    }
    const earlier = seen.get(code);
    if (earlier !== undefined)
      throw table.error(`repeats ${code} (first on row ${earlier})`, row.line, 'soc_code');
    seen.set(code, row.line);
    const rawValue = table.text(row, 'openings_per_1000_jobs').trim();
    const value = Number(rawValue);
    if (rawValue === '' || !Number.isFinite(value) || value < 0) {
      throw table.error(
        `must be a non-negative number, got ${JSON.stringify(rawValue)}`,
        row.line,
        'openings_per_1000_jobs',
      );
    }
    return { code, title: table.text(row, 'title').trim(), value, row: row.line };
  });
}
