/**
 * One CSV field, RFC 4180 quoted when needed and safe against formula injection: a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote so that a
 * spreadsheet shows it as text. Numbers are written as numbers (a negative number stays numeric);
 * `null` is an empty field.
 *
 * @param value - the cell: text, a number or null.
 * @returns the field, quoted when it contains a comma, a double quote or a line break.
 * @example
 * ```ts
 * toCsvCell('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * toCsvCell(-0.05); // '-0.05'
 * toCsvCell('Medical Records Specialists'); // 'Medical Records Specialists'
 * ```
 */
export function toCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : '';
  // Most text needs neither the quote prefix nor quoting: one test for both.
  if (!/^[=+\-@\t\r]|[",\r\n]/.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
