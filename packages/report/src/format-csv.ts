import type {
  DimensionScore,
  OccupationProfile,
  ScoreResult,
  ScoreTable,
  SourceScore,
} from '@airesilience/core';
import { toCsvCell } from './csv-cell.js';

/** One row of {@link formatCsv}: a result (its profile is accepted and not needed). */
export interface CsvRowInput {
  /** The scored occupation. */
  result: ScoreResult;
  /** The profile, ignored by the CSV. */
  profile?: OccupationProfile;
}

/** Options of {@link formatCsv}. */
export interface CsvOptions {
  /** Write the header row (default `true`). */
  header?: boolean;
}

const FIRST_COLUMNS = ['code', 'title', 'score', 'score_percent', 'tier', 'confidence'] as const;

function columnName(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'unnamed'
  );
}

/** The columns after the six first: each dimension's score and level, each source's three values. */
function valueColumns(dimensionIds: readonly string[], sourceIds: readonly string[]): string[] {
  const columns: string[] = [];
  for (const id of dimensionIds) columns.push(`${columnName(id)}_score`, `${columnName(id)}_level`);
  for (const id of sourceIds) {
    columns.push(`${columnName(id)}_raw`, `${columnName(id)}_percentile`, `${columnName(id)}_contribution`);
  }
  return columns;
}

/**
 * Formats one or many results as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break), one row per occupation with the columns `code`, `title`,
 * `score`, `score_percent`, `tier`, `confidence`, then `<dimension>_score` and `<dimension>_level` for
 * each dimension and `<source>_raw`, `<source>_percentile` and `<source>_contribution` for each source
 * (ids in snake case, in the order they first appear). Missing values are empty fields. Text fields
 * that a spreadsheet would run as a formula get a leading single quote; numbers stay numeric.
 *
 * @param input - one result, or a batch (a result with its profile is accepted as is).
 * @param options - whether to write the header.
 * @returns the CSV text, ending with CRLF.
 * @example
 * ```ts
 * formatCsv({ result, profile }).split('\r\n')[0]?.startsWith('code,title,score,score_percent,tier,confidence,mhc_score,mhc_level');
 * // true
 * ```
 */
export function formatCsv(input: CsvRowInput | readonly CsvRowInput[], options: CsvOptions = {}): string {
  const results = (Array.isArray(input) ? (input as readonly CsvRowInput[]) : [input as CsvRowInput]).map(
    (row) => row.result,
  );
  const columns: string[] = [...FIRST_COLUMNS];
  const dimensionIds: string[] = [];
  const sourceIds: string[] = [];
  for (const result of results) {
    for (const dimension of result.dimensions) {
      if (!dimensionIds.includes(dimension.id)) dimensionIds.push(dimension.id);
      for (const source of dimension.sources) {
        if (!sourceIds.includes(source.sourceId)) sourceIds.push(source.sourceId);
      }
    }
  }
  columns.push(...valueColumns(dimensionIds, sourceIds));
  // One pass per result: its dimensions and sources by id (the first source with an id, as listed), then
  // the cells in column order.
  const rows = results.map((result) => {
    const cells = [
      toCsvCell(result.code),
      toCsvCell(result.title),
      toCsvCell(result.score),
      toCsvCell(result.scorePercent),
      toCsvCell(result.tier.name),
      toCsvCell(result.confidence.level),
    ];
    const dimensions = new Map<string, DimensionScore>();
    const sources = new Map<string, SourceScore>();
    for (const dimension of result.dimensions) {
      if (!dimensions.has(dimension.id)) dimensions.set(dimension.id, dimension);
      for (const source of dimension.sources)
        if (!sources.has(source.sourceId)) sources.set(source.sourceId, source);
    }
    for (const id of dimensionIds) {
      const dimension = dimensions.get(id);
      cells.push(toCsvCell(dimension?.score ?? null), toCsvCell(dimension?.level ?? null));
    }
    for (const id of sourceIds) {
      const source = sources.get(id);
      cells.push(
        toCsvCell(source?.raw ?? null),
        toCsvCell(source?.percentile ?? null),
        toCsvCell(source && !source.missing ? source.contribution : null),
      );
    }
    return cells.join(',');
  });
  if (options.header ?? true) rows.unshift(columns.map(toCsvCell).join(','));
  return rows.map((row) => `${row}\r\n`).join('');
}

/**
 * Formats a score table (`scoreTable` of `@airesilience/core`) as CSV: the same bytes as
 * {@link formatCsv} of `scoreAll`'s results for the same dataset and methodology, without the result
 * objects (the command line's `export --format csv` writes it this way).
 *
 * @param table - the table.
 * @param options - whether to write the header.
 * @returns the CSV text, ending with CRLF (the header alone for a table without rows).
 * @example
 * ```ts
 * const csv = formatCsvTable(scoreTable(dataset));
 * csv === formatCsv(scoreAll(dataset).results.map((result) => ({ result }))); // true
 * ```
 */
export function formatCsvTable(table: ScoreTable, options: CsvOptions = {}): string {
  // Like formatCsv, whose columns come from the results: no value columns without a row.
  const dimensions = table.length === 0 ? [] : table.dimensions;
  const sources: ScoreTable['sources'] = [];
  const seen = new Set<string>();
  if (table.length > 0) {
    for (const source of table.sources) {
      if (seen.has(source.id)) continue;
      seen.add(source.id);
      sources.push(source);
    }
  }
  // A handful of tier, confidence and level names: each escaped once.
  const escaped = new Map<string, string>();
  const label = (value: string | null): string => {
    if (value === null) return '';
    let cell = escaped.get(value);
    if (cell === undefined) {
      cell = toCsvCell(value);
      escaped.set(value, cell);
    }
    return cell;
  };
  const lines: string[] = [];
  if (options.header ?? true) {
    const columns = [
      ...FIRST_COLUMNS,
      ...valueColumns(
        dimensions.map((dimension) => dimension.id),
        sources.map((source) => source.id),
      ),
    ];
    lines.push(`${columns.map(toCsvCell).join(',')}\r\n`);
  }
  // One array of cells reused for every row and joined: a command line formats the table once, in code the
  // engine has not optimised yet, and a join is a quarter faster there than concatenating the cells
  // (docs/performance.md §5).
  const cells: string[] = new Array(FIRST_COLUMNS.length + 2 * dimensions.length + 3 * sources.length);
  for (let i = 0; i < table.length; i++) {
    cells[0] = toCsvCell(table.codes[i]!);
    cells[1] = toCsvCell(table.titles[i]!);
    cells[2] = toCsvCell(table.scores[i]!);
    cells[3] = toCsvCell(table.scorePercents[i]!);
    cells[4] = label(table.tiers[i]!);
    cells[5] = label(table.confidence[i]!);
    let c = 6;
    for (let d = 0; d < dimensions.length; d++) {
      const dimension = dimensions[d]!;
      cells[c++] = toCsvCell(dimension.scores[i]!);
      cells[c++] = label(dimension.levels[i]!);
    }
    for (let k = 0; k < sources.length; k++) {
      const source = sources[k]!;
      const percentile = source.percentiles[i]!;
      cells[c++] = toCsvCell(source.raws[i]!);
      cells[c++] = toCsvCell(percentile);
      cells[c++] = Number.isNaN(percentile) ? '' : toCsvCell(source.contributions[i]!);
    }
    lines.push(`${cells.join(',')}\r\n`);
  }
  return lines.join('');
}
