import type { TaskType } from '@airesilience/core';
import type { Table, TableRow } from '../tabular/table.js';

export { readOnetSocCode } from '../onet/read-onet-table.js';

const TASK_ID = /^\d+(\.0+)?$/;

/**
 * Reads an O*NET Task ID: a positive integer, also accepted as an integer-valued decimal (`8823.0`, as
 * pandas writes an integer column that once held a missing value).
 *
 * @param table - the table, for the error location.
 * @param row - the row.
 * @param column - the column holding the Task ID.
 * @returns the Task ID.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not a positive integer.
 */
export function readTaskId(table: Table, row: TableRow, column: string): number {
  const cell = table.text(row, column).trim();
  const value = TASK_ID.test(cell) ? Number(cell) : Number.NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw table.error(`must be a positive integer Task ID, got ${JSON.stringify(cell)}`, row.line, column);
  }
  return value;
}

/**
 * Reads a task statement: non-empty text, trimmed.
 *
 * @param table - the table, for the error location.
 * @param row - the row.
 * @param column - the column holding the statement.
 * @returns the statement.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is empty.
 */
export function readStatement(table: Table, row: TableRow, column: string): string {
  const statement = table.text(row, column).trim();
  if (statement === '') throw table.error('must be a task statement, got an empty cell', row.line, column);
  return statement;
}

/**
 * Reads an O*NET Task Type: `Core`, `Supplemental`, or an empty cell (no type, e.g. analyst-sourced tasks).
 *
 * @param table - the table, for the error location.
 * @param row - the row.
 * @param column - the column holding the Task Type.
 * @returns the Task Type, or null for an empty cell.
 * @throws {@link @airesilience/core!SourceParseError} for any other text.
 */
export function readTaskType(table: Table, row: TableRow, column: string): TaskType {
  const cell = table.text(row, column).trim();
  if (cell === '') return null;
  if (cell === 'Core' || cell === 'Supplemental') return cell;
  throw table.error(`must be Core, Supplemental or empty, got ${JSON.stringify(cell)}`, row.line, column);
}

/**
 * Reads a required number and checks that it is one of the allowed values.
 *
 * @param table - the table, for the error location.
 * @param row - the row.
 * @param column - the column.
 * @param allowed - the values the column may hold.
 * @returns the number.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not a number or not an allowed value.
 */
export function readNumberOf<const T extends number>(
  table: Table,
  row: TableRow,
  column: string,
  allowed: readonly T[],
): T {
  const value = table.number(row, column);
  if (!(allowed as readonly number[]).includes(value)) {
    throw table.error(`must be one of ${allowed.join(', ')}, got ${value}`, row.line, column);
  }
  return value as T;
}

/**
 * Reads a required number and checks that it lies in a closed interval.
 *
 * @param table - the table, for the error location.
 * @param row - the row.
 * @param column - the column.
 * @param minimum - the smallest allowed value.
 * @param maximum - the largest allowed value.
 * @returns the number.
 * @throws {@link @airesilience/core!SourceParseError} when the cell is not a number or lies outside `[minimum, maximum]`.
 */
export function readNumberBetween(
  table: Table,
  row: TableRow,
  column: string,
  minimum: number,
  maximum: number,
): number {
  const value = table.number(row, column);
  if (value < minimum || value > maximum) {
    throw table.error(`must be in [${minimum}, ${maximum}], got ${value}`, row.line, column);
  }
  return value;
}

/**
 * Throws when a Task ID occurs twice in a file, naming both rows.
 *
 * @param table - the table, for the error location.
 * @param seen - the Task IDs seen so far with their rows; updated.
 * @param taskId - this row's Task ID.
 * @param row - this row.
 * @param column - the Task ID column.
 * @throws {@link @airesilience/core!SourceParseError} on a repeated Task ID.
 */
export function assertUniqueTaskId(
  table: Table,
  seen: Map<number, number>,
  taskId: number,
  row: TableRow,
  column: string,
): void {
  const previous = seen.get(taskId);
  if (previous !== undefined)
    throw table.error(`duplicate Task ID ${taskId} (first seen on row ${previous})`, row.line, column);
  seen.set(taskId, row.line);
}
