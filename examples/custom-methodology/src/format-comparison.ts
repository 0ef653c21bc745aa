import type { RankingComparison, RankingRow } from './compare-rankings.js';

/** Labels for the two columns of {@link formatComparison}. */
export interface ComparisonLabels {
  /** The baseline methodology's short name, e.g. `Default`. */
  baseline: string;
  /** The alternative methodology's short name, e.g. `Riverbend`. */
  alternative: string;
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
}

const shorten = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
const percent = (value: number) => `${value.toFixed(1)} %`;
const rank = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const move = (value: number) => (value === 0 ? '=' : value > 0 ? `▲ ${rank(value)}` : `▼ ${rank(-value)}`);

/**
 * Formats a side-by-side table of the chosen occupations under both methodologies: score, tier and rank in
 * each, and the places gained (▲) or lost (▼).
 *
 * @param rows - the rows to show, in the order to show them.
 * @param total - how many occupations were ranked (shown in the rank header).
 * @param labels - the two methodologies' short names.
 * @returns the table's lines.
 * @example
 * ```ts
 * formatSideBySide(rows, 832, { baseline: 'Default', alternative: 'Riverbend' })[0];
 * // 'Code     Occupation  Default  tier  rank/832  Riverbend  tier  rank/832  Move'
 * ```
 */
export function formatSideBySide(
  rows: readonly RankingRow[],
  total: number,
  labels: ComparisonLabels,
): string[] {
  const header = [
    'Code',
    'Occupation',
    labels.baseline,
    'Tier',
    `Rank/${total}`,
    labels.alternative,
    'Tier',
    `Rank/${total}`,
    'Move',
  ];
  const body = rows.map((row) => [
    row.code,
    shorten(row.title, 34),
    percent(row.baselinePercent),
    row.baselineTier,
    rank(row.baselineRank),
    percent(row.alternativePercent),
    row.alternativeTier,
    rank(row.alternativeRank),
    move(row.move),
  ]);
  const lines = table([header, ...body], new Set([2, 4, 5, 7, 8]));
  return [lines[0]!, '─'.repeat(lines[0]!.length), ...lines.slice(1)];
}

/**
 * Formats how the whole ranking moves: Spearman's rank correlation, the median move and the occupations
 * that gain and lose the most places.
 *
 * @param comparison - the ranking comparison.
 * @param labels - the two methodologies' short names.
 * @param count - how many risers and fallers to list (default 5).
 * @returns the summary's lines.
 * @example
 * ```ts
 * formatRankingMoves(comparison, { baseline: 'Default', alternative: 'Riverbend' })[0];
 * // 'Spearman rank correlation, Default vs Riverbend: 0.812 (832 occupations)'
 * ```
 */
export function formatRankingMoves(
  comparison: RankingComparison,
  labels: ComparisonLabels,
  count = 5,
): string[] {
  const { rows } = comparison;
  const byMove = [...rows].sort((a, b) => b.move - a.move || (a.code < b.code ? -1 : 1));
  const risers = byMove.slice(0, count).filter((row) => row.move > 0);
  const fallers = byMove
    .slice(-count)
    .reverse()
    .filter((row) => row.move < 0);
  const line = (row: RankingRow) =>
    `  ${row.code}  ${shorten(row.title, 44).padEnd(44)}  ${rank(row.baselineRank).padStart(5)} → ${rank(row.alternativeRank).padStart(5)}  (${move(row.move)})`;
  const movedFar = rows.filter((row) => Math.abs(row.move) >= 100).length;
  return [
    `Spearman rank correlation, ${labels.baseline} vs ${labels.alternative}: ${comparison.spearman.toFixed(3)} (${rows.length} occupations)`,
    `Median move: ${rank(comparison.medianAbsoluteMove)} places; ${movedFar} occupations move 100 places or more.`,
    `Biggest risers under ${labels.alternative} (rank ${labels.baseline} → ${labels.alternative}):`,
    ...risers.map(line),
    `Biggest fallers under ${labels.alternative}:`,
    ...fallers.map(line),
  ];
}
