import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { ADAPTIVE_CAPACITY_ID } from './parse-adaptive-capacity-proxy.js';

/**
 * The column of the authors' results file that holds the Census occupation title, the key of each row
 * (as read by third-party users of `t6aguirre/adaptive-capacity-index`, `data/final/adaptive_capacity_results.csv`).
 */
export const ADAPTIVE_CAPACITY_TITLE_COLUMN = 'description';

/**
 * The column of the authors' results file that holds a Census occupation code, read when present. The
 * file was not available to check its name; pass `codeColumn` to {@link parseAdaptiveCapacityResults}
 * if the file names it otherwise.
 */
export const ADAPTIVE_CAPACITY_CODE_COLUMN = 'occ_code';

/**
 * The column of the authors' main specification: the adaptive-capacity percentile in [0, 1] (growth-weighted
 * skill transferability, log liquid wealth, metro density, share aged 55+).
 */
export const ADAPTIVE_CAPACITY_VALUE_COLUMN = 'ac_gw-sw-imp-raw_log-md-nlw_dens_age55_pct';

/** The column of the authors' results file with the occupation's employment (a count), read when present. */
export const ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN = 'total_emp';

/** Options of {@link parseAdaptiveCapacityResults}: the column names, for a file that renames them. */
export interface AdaptiveCapacityResultsOptions {
  /** The title column (default {@link ADAPTIVE_CAPACITY_TITLE_COLUMN}); required in the file. */
  titleColumn?: string;
  /** The Census code column (default {@link ADAPTIVE_CAPACITY_CODE_COLUMN}); read when present. */
  codeColumn?: string;
  /** The value column (default {@link ADAPTIVE_CAPACITY_VALUE_COLUMN}); required in the file. */
  valueColumn?: string;
}

/** One Census occupation of Manning & Aguirre's results file. */
export interface AdaptiveCapacityResultRecord {
  /** The Census occupation title as published (trimmed), the row's key. */
  title: string;
  /** The Census occupation code, when the file has a code column and the cell is not empty. */
  code: string | null;
  /** The adaptive-capacity percentile in [0, 1] (higher = more adaptive capacity). */
  value: number;
  /** The occupation's employment, when the file has a `total_emp` column and the cell is not empty. */
  employment: number | null;
  /** The 1-based row it came from (the header is row 1). */
  row: number;
}

/**
 * Parses the authors' results file of Manning & Aguirre (2026), `adaptive_capacity_results.csv`: one row
 * per Census occupation, keyed by its title ({@link ADAPTIVE_CAPACITY_TITLE_COLUMN}), with the main
 * specification's adaptive-capacity percentile ({@link ADAPTIVE_CAPACITY_VALUE_COLUMN}, in [0, 1], higher =
 * more adaptive capacity). Other columns are ignored. Rows whose value cell is empty are left out.
 * The file is not in the data mirror; bringing its Census titles to SOC 2018 is a crosswalk's job.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the column names, when the file renames them; recorded in the descriptor.
 * @returns one {@link AdaptiveCapacityResultRecord} per occupation with a value, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing title or value column, an empty title, a duplicated
 *   title or code, or a value that is not a number in [0, 1].
 * @example
 * ```ts
 * const text = 'description,ac_gw-sw-imp-raw_log-md-nlw_dens_age55_pct,total_emp\nCashiers,0.12,3300000\n';
 * const { records } = parseAdaptiveCapacityResults({ bytes: new TextEncoder().encode(text), file: 'results.csv' });
 * records[0]; // { title: 'Cashiers', code: null, value: 0.12, employment: 3300000, row: 2 }
 * ```
 */
export function parseAdaptiveCapacityResults(
  input: ParseInput,
  options: AdaptiveCapacityResultsOptions = {},
): ParsedSource<AdaptiveCapacityResultRecord> {
  const titleColumn = options.titleColumn ?? ADAPTIVE_CAPACITY_TITLE_COLUMN;
  const codeColumn = options.codeColumn ?? ADAPTIVE_CAPACITY_CODE_COLUMN;
  const valueColumn = options.valueColumn ?? ADAPTIVE_CAPACITY_VALUE_COLUMN;
  const table = readDelimited(input.bytes, {
    source: ADAPTIVE_CAPACITY_ID,
    file: input.file,
    requiredColumns: [titleColumn, valueColumn],
  });
  const hasCode = table.columnIndex(codeColumn) !== undefined;
  const hasEmployment = table.columnIndex(ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN) !== undefined;
  const titles = new Map<string, number>();
  const codes = new Map<string, number>();
  const records: AdaptiveCapacityResultRecord[] = [];
  for (const row of table.rows) {
    const title = table.text(row, titleColumn).trim();
    if (title === '')
      throw table.error('must be an occupation title, got an empty cell', row.line, titleColumn);
    const value = table.optionalNumber(row, valueColumn, ['NA', 'nan']);
    if (value === null) continue;
    if (value < 0 || value > 1)
      throw table.error(`must be a percentile in [0, 1], got ${value}`, row.line, valueColumn);
    const titleKey = title.toLowerCase();
    const firstTitle = titles.get(titleKey);
    if (firstTitle !== undefined)
      throw table.error(
        `duplicate title ${JSON.stringify(title)} (first seen on row ${firstTitle})`,
        row.line,
        titleColumn,
      );
    titles.set(titleKey, row.line);
    const codeText = hasCode ? table.text(row, codeColumn).trim() : '';
    const code = codeText === '' ? null : codeText;
    if (code !== null) {
      const firstCode = codes.get(code);
      if (firstCode !== undefined)
        throw table.error(`duplicate code ${code} (first seen on row ${firstCode})`, row.line, codeColumn);
      codes.set(code, row.line);
    }
    const employment = hasEmployment
      ? table.optionalNumber(row, ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN, ['NA', 'nan'])
      : null;
    records.push({ title, code, value, employment, row: row.line });
  }
  if (records.length === 0)
    throw table.error('has no occupation with a value', table.headerLine, valueColumn);
  return {
    records,
    descriptor: adaptiveCapacityResultsDescriptor(input, { titleColumn, codeColumn, valueColumn }),
  };
}

function adaptiveCapacityResultsDescriptor(
  input: ParseInput,
  columns: Required<AdaptiveCapacityResultsOptions>,
): SourceDescriptor {
  return {
    id: ADAPTIVE_CAPACITY_ID,
    label: 'Adaptive capacity (Manning & Aguirre 2026)',
    citation:
      'Manning, S. J. & Aguirre, T. (2026). How Adaptable Are American Workers to AI-Induced Job Displacement? NBER Working Paper 34705. doi:10.3386/w34705. Data: github.com/t6aguirre/adaptive-capacity-index, data/final/adaptive_capacity_results.csv.',
    vintage: 'NBER Working Paper 34705 (2026), main specification',
    licence: 'MIT (t6aguirre/adaptive-capacity-index, as reported by third parties); cite the authors',
    direction: 'higher-is-more-resilient',
    codeSystem: 'census-2018',
    files: [sourceFileOf(input)],
    proxy: false,
    notes:
      'The authors’ index: skill transferability, liquid wealth, metro density and age. Rows are Census occupations keyed by title.',
    options: { ...columns },
  };
}
