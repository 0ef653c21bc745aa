import type { Table, TableRow } from '../tabular/table.js';

const SOC_2018 = /^\d{2}-\d{4}$/;

/**
 * Reads the `SOC Code` of a row of Microsoft's per-SOC files: a SOC 2018 detailed code, or one of the
 * BLS matrix aggregates Microsoft publishes as such (e.g. `13-1020`), both `XX-XXXX`.
 *
 * @param table - the table.
 * @param row - the row.
 * @returns the trimmed code.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not a 6-digit SOC code.
 */
export function readMicrosoftSocCode(table: Table, row: TableRow): string {
  const code = table.text(row, 'SOC Code').trim();
  if (!SOC_2018.test(code)) {
    throw table.error(
      `must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`,
      row.line,
      'SOC Code',
    );
  }
  return code;
}

/**
 * Reads a share in [0, 1].
 *
 * @param table - the table.
 * @param row - the row.
 * @param column - the column.
 * @returns the number.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not a number in [0, 1].
 */
export function readUnitInterval(table: Table, row: TableRow, column: string): number {
  const value = table.number(row, column);
  if (value < 0 || value > 1) throw table.error(`must be in [0, 1], got ${value}`, row.line, column);
  return value;
}
