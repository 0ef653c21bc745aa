/**
 * Lays out rows as aligned columns (left-aligned text, right-aligned numbers).
 *
 * @param header - the column names.
 * @param rows - the cells, as text.
 * @param rightAligned - indexes of columns to right-align.
 * @returns the table, one line per row, ending with a line break.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[] = [],
): string {
  const widths = header.map((name, column) =>
    Math.max(name.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}

/**
 * A score as a percent with one decimal (half-up, as the tiers use).
 *
 * @param score - a score in [0, 1], or null.
 * @returns e.g. `41.4%`, or `—`.
 */
export function percent(score: number | null): string {
  return score === null ? '—' : `${(Math.floor(score * 1000 + 0.5) / 10).toFixed(1)}%`;
}
