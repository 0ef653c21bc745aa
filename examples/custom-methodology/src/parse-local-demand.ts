import { SocCodeSchema, SourceParseError } from '@airesilience/core';

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

/** Splits one CSV line into fields (RFC 4180 quoting; the file has no line breaks inside fields). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else field += character;
  }
  fields.push(field);
  return fields;
}

/**
 * Parses the nonprofit's own local demand CSV: lines starting with `#` are comments, then a header with
 * {@link LOCAL_DEMAND_COLUMNS}, then one row per SOC 2018 code with a finite, non-negative value.
 *
 * @param text - the file's text.
 * @param file - the file name for error messages.
 * @returns one record per row, in file order.
 * @throws {@link SourceParseError} naming the file, row and column of a missing column, a malformed or
 *   repeated code, or a value that is not a non-negative number.
 * @example
 * ```ts
 * parseLocalDemand('soc_code,title,openings_per_1000_jobs\n29-2072,Medical records specialists,48\n', 'x.csv');
 * // [{ code: '29-2072', title: 'Medical records specialists', value: 48, row: 2 }]
 * ```
 */
export function parseLocalDemand(text: string, file: string): LocalDemandRecord[] {
  const fail = (reason: string, row?: number, column?: string): never => {
    throw new SourceParseError(
      {
        source: LOCAL_DEMAND_SOURCE_ID,
        file,
        ...(row === undefined ? {} : { row }),
        ...(column ? { column } : {}),
      },
      reason,
    );
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const records: LocalDemandRecord[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const row = index + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = splitCsvLine(line).map((field) => field.trim());
    if (header === null) {
      header = fields;
      for (const column of LOCAL_DEMAND_COLUMNS) {
        if (!header.includes(column)) fail(`missing column (found: ${header.join(', ')})`, row, column);
      }
      return;
    }
    const cell = (column: (typeof LOCAL_DEMAND_COLUMNS)[number]) => fields[header!.indexOf(column)] ?? '';
    const code = cell('soc_code');
    if (!SocCodeSchema.safeParse(code).success) {
      fail(`must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`, row, 'soc_code');
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) fail(`repeats ${code} (first on row ${earlier})`, row, 'soc_code');
    const rawValue = cell('openings_per_1000_jobs');
    const value = Number(rawValue);
    if (rawValue === '' || !Number.isFinite(value) || value < 0) {
      fail(`must be a non-negative number, got ${JSON.stringify(rawValue)}`, row, 'openings_per_1000_jobs');
    }
    seen.set(code, row);
    records.push({ code, title: cell('title'), value, row });
  });
  if (header === null) fail('is empty: expected a header row');
  if (records.length === 0) fail('has a header but no data rows');
  return records;
}
