import type { ParseInput } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';
import type { Table, TableRow } from '../tabular/table.js';

/** The source id of every O*NET file (O*NET is descriptive data, not a score). */
export const ONET_ID = 'onet';

/**
 * The two formats the O*NET Resource Center publishes the database in, with the same column names:
 * `csv` (from release 30.x: comma-separated, RFC 4180 quoting, CRLF, UTF-8, e.g. `task_statements.csv`)
 * and `xlsx` (one sheet, header on row 1, e.g. `Task Statements.xlsx`).
 */
export type OnetFileFormat = 'csv' | 'xlsx';

/** Options shared by the O*NET parsers. */
export interface OnetParseOptions {
  /** The file's format; default: `xlsx` when the file name ends in `.xlsx`, else `csv`. */
  format?: OnetFileFormat;
  /**
   * The O*NET release, e.g. `30.3`, recorded in the descriptor's vintage; default: a folder of the file
   * path named like a release (`onet/29.3/Job Zones.xlsx` gives `29.3`), else "release not stated".
   */
  release?: string;
}

/**
 * The format of an O*NET file: the explicit option, else its extension.
 *
 * @param file - the file name or path.
 * @param options - the parse options.
 * @returns `xlsx` or `csv`.
 */
export function onetFormatOf(file: string, options: OnetParseOptions): OnetFileFormat {
  return options.format ?? (/\.xlsx$/i.test(file) ? 'xlsx' : 'csv');
}

/**
 * Reads one O*NET file, CSV or XLSX (first sheet, header on row 1), as a {@link Table} with the
 * required columns checked.
 *
 * @param input - the file's bytes and name.
 * @param options - the format (and release, unused here).
 * @param requiredColumns - the columns that must be present, named as in the O*NET data dictionary.
 * @returns the table.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged file, a wrong encoding or a missing column.
 */
export function readOnetTable(
  input: ParseInput,
  options: OnetParseOptions,
  requiredColumns: readonly string[],
): Table {
  const origin = { source: ONET_ID, file: input.file };
  return onetFormatOf(input.file, options) === 'xlsx'
    ? readXlsxTable(input.bytes, { ...origin, sheet: 0, headerRow: 1, requiredColumns })
    : readDelimited(input.bytes, { ...origin, requiredColumns });
}

const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * Reads and validates the O*NET-SOC code of a row.
 *
 * @param table - the table.
 * @param row - the row.
 * @param column - the code column (`O*NET-SOC Code`).
 * @returns the trimmed code, e.g. `29-2072.00`.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not an O*NET-SOC code.
 */
export function readOnetSocCode(table: Table, row: TableRow, column = 'O*NET-SOC Code'): string {
  const code = table.text(row, column).trim();
  if (!ONET_SOC_CODE.test(code)) {
    throw table.error(
      `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(code)}`,
      row.line,
      column,
    );
  }
  return code;
}

/**
 * Reads a required, non-empty text cell (trimmed).
 *
 * @param table - the table.
 * @param row - the row.
 * @param column - the column.
 * @returns the trimmed text.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is empty.
 */
export function readRequiredText(table: Table, row: TableRow, column: string): string {
  const text = table.text(row, column).trim();
  if (text === '') throw table.error('must not be empty', row.line, column);
  return text;
}

/**
 * Reads a required integer in a range.
 *
 * @param table - the table.
 * @param row - the row.
 * @param column - the column.
 * @param minimum - the smallest allowed value.
 * @param maximum - the largest allowed value.
 * @returns the integer.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not an integer in [minimum, maximum].
 */
export function readInteger(
  table: Table,
  row: TableRow,
  column: string,
  minimum: number,
  maximum: number,
): number {
  const value = table.number(row, column);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw table.error(`must be an integer from ${minimum} to ${maximum}, got ${value}`, row.line, column);
  }
  return value;
}

const ONET_DATE = /^(0[1-9]|1[0-2])\/\d{4}$/;

/**
 * Reads an O*NET `Date` cell (`MM/YYYY`, the month the value was last updated).
 *
 * @param table - the table.
 * @param row - the row.
 * @param column - the column (default `Date`).
 * @returns the date text as published, e.g. `11/2020`.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not `MM/YYYY`.
 */
export function readOnetDate(table: Table, row: TableRow, column = 'Date'): string {
  const date = table.text(row, column).trim();
  if (!ONET_DATE.test(date))
    throw table.error(`must be a month like 08/2023, got ${JSON.stringify(date)}`, row.line, column);
  return date;
}
