import type { OccupationProfile, ScoreResult } from '@airesilience/core';
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

interface Column {
  name: string;
  value: (result: ScoreResult) => string | number | null;
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
  const columns: Column[] = [
    { name: 'code', value: (result) => result.code },
    { name: 'title', value: (result) => result.title },
    { name: 'score', value: (result) => result.score },
    { name: 'score_percent', value: (result) => result.scorePercent },
    { name: 'tier', value: (result) => result.tier.name },
    { name: 'confidence', value: (result) => result.confidence.level },
  ];
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
  for (const id of dimensionIds) {
    const find = (result: ScoreResult) => result.dimensions.find((dimension) => dimension.id === id);
    columns.push(
      { name: `${columnName(id)}_score`, value: (result) => find(result)?.score ?? null },
      { name: `${columnName(id)}_level`, value: (result) => find(result)?.level ?? null },
    );
  }
  for (const id of sourceIds) {
    const find = (result: ScoreResult) =>
      result.dimensions.flatMap((dimension) => dimension.sources).find((source) => source.sourceId === id);
    columns.push(
      { name: `${columnName(id)}_raw`, value: (result) => find(result)?.raw ?? null },
      { name: `${columnName(id)}_percentile`, value: (result) => find(result)?.percentile ?? null },
      {
        name: `${columnName(id)}_contribution`,
        value: (result) => {
          const source = find(result);
          return source && !source.missing ? source.contribution : null;
        },
      },
    );
  }
  const rows = results.map((result) => columns.map((column) => toCsvCell(column.value(result))).join(','));
  if (options.header ?? true) rows.unshift(columns.map((column) => toCsvCell(column.name)).join(','));
  return rows.map((row) => `${row}\r\n`).join('');
}
