import type { DimensionScore, OccupationProfile, ScoreResult, SourceScore } from '@airesilience/core';
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

function columnName(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'unnamed'
  );
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
  const columns = ['code', 'title', 'score', 'score_percent', 'tier', 'confidence'];
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
  for (const id of dimensionIds) columns.push(`${columnName(id)}_score`, `${columnName(id)}_level`);
  for (const id of sourceIds) {
    columns.push(`${columnName(id)}_raw`, `${columnName(id)}_percentile`, `${columnName(id)}_contribution`);
  }
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
