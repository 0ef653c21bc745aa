import type { Table, TableRow } from '../tabular/table.js';

/**
 * Throws when a key occurs twice in a table, naming both rows.
 *
 * @param table - the table, for the error location.
 * @param seen - the keys seen so far with their rows; updated.
 * @param key - this row's key.
 * @param row - this row.
 * @param column - the key column's name.
 */
export function assertUniqueKey(
  table: Table,
  seen: Map<string, number>,
  key: string,
  row: TableRow,
  column: string,
): void {
  const previous = seen.get(key);
  if (previous !== undefined)
    throw table.error(`duplicate code ${key} (first seen on row ${previous})`, row.line, column);
  seen.set(key, row.line);
}
