import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { listXlsxSheets, readXlsxSheet, readXlsxTable } from '../tabular/read-xlsx.js';
import { Table, type TableRow } from '../tabular/table.js';

/** The source id of the OEWS national estimates. */
export const OEWS_ID = 'bls-oews';

/** The sheet of `national_M2024_dl.xlsx` holding the estimates. */
export const OEWS_SHEET = 'national_M2024_dl';

/** The sheet whose notes state the top-coded wages (`# = … $115.00 per hour or $239,200 per year`). */
export const OEWS_NOTES_SHEET = 'Field Descriptions';

/** The SOC levels of an OEWS row (`O_GROUP`). */
export type OewsGroup = 'total' | 'major' | 'minor' | 'broad' | 'detailed';

/** The wages at and above which OEWS prints `#` instead of the estimate. */
export interface OewsTopCodes {
  /** The annual top code in dollars (May 2024: 239,200). */
  annual: number;
  /** The hourly top code in dollars (May 2024: 115.00). */
  hourly: number;
}

/** The top codes of the May 2024 release, used when the workbook has no notes sheet stating them. */
export const OEWS_MAY_2024_TOP_CODES: OewsTopCodes = { annual: 239200, hourly: 115 };

/**
 * One row of the OEWS national cross-industry estimates. Wages are `null` where OEWS prints `*` (not
 * available); a top-coded wage (`#`) is the top code with its `…TopCoded` flag set, to be shown as
 * "≥ $239,200".
 */
export interface OewsRecord {
  /** `OCC_CODE`: the SOC 2018 code, or an OEWS-specific aggregate (e.g. `13-1020`). */
  code: string;
  /** `OCC_TITLE`, as published. */
  title: string;
  /**
   * `O_GROUP`: the SOC level. An occupation OEWS publishes only at the broad level appears twice, once
   * as `broad` and once as `detailed`, so the key of a row is its code and group.
   */
  group: OewsGroup;
  /** `TOT_EMP`: employment, rounded to the nearest 10, self-employed excluded; null for `**`. */
  employment: number | null;
  /** `A_MEAN`: mean annual wage, dollars. */
  meanWage: number | null;
  /** `true` when `A_MEAN` is `#`. */
  meanWageTopCoded: boolean;
  /** `A_MEDIAN`: median annual wage, dollars. */
  medianWage: number | null;
  /** `true` when `A_MEDIAN` is `#` (at or above $239,200 in May 2024). */
  medianWageTopCoded: boolean;
  /** `H_MEAN`: mean hourly wage, dollars. */
  hourlyMeanWage: number | null;
  /** `true` when `H_MEAN` is `#`. */
  hourlyMeanWageTopCoded: boolean;
  /** `H_MEDIAN`: median hourly wage, dollars. */
  hourlyMedianWage: number | null;
  /** `true` when `H_MEDIAN` is `#` (at or above $115.00 in May 2024). */
  hourlyMedianWageTopCoded: boolean;
  /** `ANNUAL` is `TRUE`: only annual wages are released (teachers, pilots…). */
  annualOnly: boolean;
  /** `HOURLY` is `TRUE`: only hourly wages are released (actors, dancers…). */
  hourlyOnly: boolean;
  /** The 1-based spreadsheet row, for traceability. */
  row: number;
}

const COLUMNS = [
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'H_MEAN',
  'A_MEAN',
  'H_MEDIAN',
  'A_MEDIAN',
  'ANNUAL',
  'HOURLY',
] as const;
const GROUPS: readonly string[] = ['total', 'major', 'minor', 'broad', 'detailed'];
const SOC_CODE = /^\d{2}-\d{4}$/;
const NOT_AVAILABLE = '*';
const TOP_CODED = '#';
const EMPLOYMENT_NOT_AVAILABLE = '**';

/**
 * Parses the OEWS national estimates workbook (`national_M2024_dl.xlsx`, sheet `national_M2024_dl`:
 * one header row, one row per occupation and SOC level, all industries and ownerships). The header's
 * column names are matched in either case (`OCC_CODE` or `occ_code`). `*` gives `null`, `**` in
 * `TOT_EMP` gives `null`, `#` gives the top code with a flag; the top codes are read from the notes of
 * the `Field Descriptions` sheet when present, else {@link OEWS_MAY_2024_TOP_CODES}.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link OewsRecord} per row, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing sheet or column, a malformed code, an unknown group, a
 *   row repeating a code and group, or a wage that is not a number, `*` or `#`.
 * @example
 * ```ts
 * const { records } = parseOews({ bytes, file: 'bls/national_M2024_dl.xlsx' });
 * records.find((record) => record.code === '29-2072')?.medianWage; // 50250
 * ```
 */
export function parseOews(input: ParseInput): ParsedSource<OewsRecord> {
  const origin = { source: OEWS_ID, file: input.file };
  const table = readXlsxTable(input.bytes, { ...origin, sheet: OEWS_SHEET, headerRow: 1 });
  const upperHeader = table.header.map((name) => name.toUpperCase());
  const normalised = new Table(table.origin, upperHeader, table.rows, table.headerLine);
  normalised.requireColumns(COLUMNS);
  const topCodes = readTopCodes(input.bytes, origin);
  const seen = new Map<string, number>();
  const records = normalised.rows.map((row): OewsRecord => {
    const code = normalised.text(row, 'OCC_CODE').trim();
    if (!SOC_CODE.test(code)) {
      throw normalised.error(
        `must be a SOC code like 29-2072, got ${JSON.stringify(code)}`,
        row.line,
        'OCC_CODE',
      );
    }
    const group = normalised.text(row, 'O_GROUP').trim();
    if (!GROUPS.includes(group)) {
      throw normalised.error(
        `must be one of ${GROUPS.join(', ')}, got ${JSON.stringify(group)}`,
        row.line,
        'O_GROUP',
      );
    }
    const key = `${code} ${group}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw normalised.error(
        `duplicate code ${code} at level ${group} (first seen on row ${previous})`,
        row.line,
        'OCC_CODE',
      );
    }
    seen.set(key, row.line);
    const meanWage = readWage(normalised, row, 'A_MEAN', topCodes.annual);
    const medianWage = readWage(normalised, row, 'A_MEDIAN', topCodes.annual);
    const hourlyMeanWage = readWage(normalised, row, 'H_MEAN', topCodes.hourly);
    const hourlyMedianWage = readWage(normalised, row, 'H_MEDIAN', topCodes.hourly);
    return {
      code,
      title: normalised.text(row, 'OCC_TITLE').trim(),
      group: group as OewsGroup,
      employment: normalised.optionalNumber(row, 'TOT_EMP', [EMPLOYMENT_NOT_AVAILABLE]),
      meanWage: meanWage.value,
      meanWageTopCoded: meanWage.topCoded,
      medianWage: medianWage.value,
      medianWageTopCoded: medianWage.topCoded,
      hourlyMeanWage: hourlyMeanWage.value,
      hourlyMeanWageTopCoded: hourlyMeanWage.topCoded,
      hourlyMedianWage: hourlyMedianWage.value,
      hourlyMedianWageTopCoded: hourlyMedianWage.topCoded,
      annualOnly: isTrue(normalised, row, 'ANNUAL'),
      hourlyOnly: isTrue(normalised, row, 'HOURLY'),
      row: row.line,
    };
  });
  return { records, descriptor: oewsDescriptor(input, topCodes) };
}

/**
 * The rows OEWS marks `detailed`: its most detailed estimate for every occupation (a SOC detailed code,
 * or a broad code or OEWS aggregate where it publishes no finer one). Unique by code.
 *
 * @param records - the records of {@link parseOews}.
 * @returns a map from code to its detailed-level record.
 * @example
 * ```ts
 * selectOewsDetailed(records).get('13-1020')?.title; // 'Buyers and Purchasing Agents'
 * ```
 */
export function selectOewsDetailed(records: readonly OewsRecord[]): Map<string, OewsRecord> {
  return new Map(
    records.filter((record) => record.group === 'detailed').map((record) => [record.code, record]),
  );
}

function readWage(
  table: Table,
  row: TableRow,
  column: string,
  topCode: number,
): { value: number | null; topCoded: boolean } {
  const cell = table.text(row, column).trim();
  if (cell === TOP_CODED) return { value: topCode, topCoded: true };
  if (cell === NOT_AVAILABLE) return { value: null, topCoded: false };
  // An empty wage cell is not an OEWS convention (it prints `*`), so it is an error, not a silent null.
  return { value: table.number(row, column), topCoded: false };
}

function isTrue(table: Table, row: TableRow, column: string): boolean {
  const cell = table.text(row, column).trim().toUpperCase();
  if (cell === '' || cell === 'FALSE') return false;
  if (cell === 'TRUE' || cell === '1') return true;
  throw table.error(`must be TRUE or empty, got ${JSON.stringify(cell)}`, row.line, column);
}

const TOP_CODE_NOTE = /#\s*=.*?\$([\d,]+(?:\.\d+)?)\s*per hour or \$([\d,]+(?:\.\d+)?)\s*per year/i;

function readTopCodes(bytes: Uint8Array, origin: { source: string; file: string }): OewsTopCodes {
  if (!listXlsxSheets(bytes, origin).includes(OEWS_NOTES_SHEET)) return OEWS_MAY_2024_TOP_CODES;
  for (const row of readXlsxSheet(bytes, { ...origin, sheet: OEWS_NOTES_SHEET }).rows) {
    const match = TOP_CODE_NOTE.exec(row.cells.join(' '));
    if (match?.[1] && match[2]) {
      return { hourly: Number(match[1].replaceAll(',', '')), annual: Number(match[2].replaceAll(',', '')) };
    }
  }
  return OEWS_MAY_2024_TOP_CODES;
}

function oewsDescriptor(input: ParseInput, topCodes: OewsTopCodes): SourceDescriptor {
  return {
    id: OEWS_ID,
    label: 'BLS Occupational Employment and Wage Statistics, May 2024',
    citation:
      'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2024 national cross-industry estimates (national_M2024_dl.xlsx).',
    vintage: 'OEWS May 2024 national estimates (from oesm24nat.zip)',
    licence: 'Public domain (U.S. Government work)',
    direction: 'higher-is-more-resilient',
    codeSystem: 'soc-2018',
    files: [sourceFileOf(input)],
    notes:
      'Wages and employment facts, not a scoring source. * = not available (null); # = at or above the top code (kept as the top code with a flag); ** = employment not available.',
    options: { topCodedAnnualWage: topCodes.annual, topCodedHourlyWage: topCodes.hourly },
  };
}
