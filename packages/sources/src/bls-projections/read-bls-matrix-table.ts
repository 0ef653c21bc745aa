import { readXlsxTable } from '../tabular/read-xlsx.js';
import { Table, type TableRow } from '../tabular/table.js';

/** The source id used in error messages of the BLS Employment Projections tables. */
export const BLS_PROJECTIONS_ID = 'bls-projections';

/** The occupation types of the National Employment Matrix: an aggregate row or a published occupation. */
export type BlsOccupationType = 'Summary' | 'Line item';

/** The cell BLS prints where a value is unavailable (an em dash, U+2014). */
export const BLS_MISSING = '—';

/** The columns every National Employment Matrix table of `occupation.xlsx` starts with. */
export const MATRIX_COLUMNS = {
  title: '2024 National Employment Matrix title',
  code: '2024 National Employment Matrix code',
  occupationType: 'Occupation type',
} as const;

const MATRIX_CODE = /^\d{2}-\d{4}$/;
const OCCUPATION_TYPES: readonly string[] = ['Summary', 'Line item'];

/** The fields every row of a National Employment Matrix table has, whatever the table. */
export interface BlsMatrixRowIdentity {
  /** The National Employment Matrix code (`29-2072`; `00-0000` for the total, `11-0000` for a group). */
  code: string;
  /** The title, trimmed of the indentation BLS uses to show the hierarchy. */
  title: string;
  /** The hierarchy depth shown by the title's indentation: 0 for the total, +1 per two leading spaces. */
  indentLevel: number;
  /** `Summary` for an aggregate row, `Line item` for a published occupation. */
  occupationType: BlsOccupationType;
}

/** A National Employment Matrix table with its footnote rows set apart. */
export interface BlsMatrixTable {
  /** The table; its rows are the data rows only. */
  table: Table;
  /** The text of the footnote rows that follow the data (`Footnotes:`, `[1] …`, `Note: …`, `Source: …`). */
  footnotes: string[];
}

/**
 * Reads one table of BLS `occupation.xlsx` (row 1 the title, row 2 the header, data from row 3, then
 * footnote rows whose code cell is empty). The trailing rows without a code are returned as footnotes;
 * a row without a code followed by a row with one is an error, so a gap in the data is never skipped.
 *
 * @param bytes - the workbook's bytes.
 * @param file - the file name for error messages.
 * @param sheet - the sheet, e.g. `Table 1.2`.
 * @param requiredColumns - the columns the table must have besides the matrix columns.
 * @returns the table of data rows and the footnotes.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged workbook, a missing sheet or column, or a gap in the data.
 */
export function readBlsMatrixTable(
  bytes: Uint8Array,
  file: string,
  sheet: string,
  requiredColumns: readonly string[],
): BlsMatrixTable {
  const table = readXlsxTable(bytes, {
    source: BLS_PROJECTIONS_ID,
    file,
    sheet,
    headerRow: 2,
    requiredColumns: [...Object.values(MATRIX_COLUMNS), ...requiredColumns],
  });
  let end = table.rows.length;
  while (end > 0 && table.text(table.rows[end - 1]!, MATRIX_COLUMNS.code).trim() === '') end--;
  const footnotes = table.rows.slice(end).map((row) =>
    row.cells
      .filter((cell) => cell.trim() !== '')
      .join(' ')
      .trim(),
  );
  const data = table.rows.slice(0, end);
  if (data.length === 0) throw table.error(`sheet "${sheet}" has no data rows before its footnotes`);
  return { table: new Table(table.origin, table.header, data, table.headerLine), footnotes };
}

/**
 * Reads the code, title, indentation and occupation type of one matrix row.
 *
 * @param table - the matrix table.
 * @param row - the data row.
 * @returns the row's identity.
 * @throws {@link @airesilience/core!SourceParseError} for an empty or malformed code, an empty title, an indentation that is
 *   not a multiple of two spaces, or an unknown occupation type.
 */
export function readMatrixRowIdentity(table: Table, row: TableRow): BlsMatrixRowIdentity {
  const code = table.text(row, MATRIX_COLUMNS.code).trim();
  if (!MATRIX_CODE.test(code)) {
    throw table.error(
      `must be a National Employment Matrix code like 29-2072, got ${JSON.stringify(code)}`,
      row.line,
      MATRIX_COLUMNS.code,
    );
  }
  const rawTitle = table.text(row, MATRIX_COLUMNS.title).trimEnd();
  const title = rawTitle.trimStart();
  if (title === '') throw table.error('must not be empty', row.line, MATRIX_COLUMNS.title);
  const indent = rawTitle.length - title.length;
  if (indent % 2 !== 0) {
    throw table.error(
      `is indented by ${indent} spaces; the hierarchy is shown in steps of two`,
      row.line,
      MATRIX_COLUMNS.title,
    );
  }
  const occupationType = table.text(row, MATRIX_COLUMNS.occupationType).trim();
  if (!OCCUPATION_TYPES.includes(occupationType)) {
    throw table.error(
      `must be "Summary" or "Line item", got ${JSON.stringify(occupationType)}`,
      row.line,
      MATRIX_COLUMNS.occupationType,
    );
  }
  return { code, title, indentLevel: indent / 2, occupationType: occupationType as BlsOccupationType };
}
