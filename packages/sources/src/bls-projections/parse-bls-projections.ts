import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import type { Table, TableRow } from '../tabular/table.js';
import { blsProjectionsDescriptor } from './bls-projections-descriptors.js';
import {
  BLS_MISSING,
  type BlsMatrixRowIdentity,
  MATRIX_COLUMNS,
  readBlsMatrixTable,
  readMatrixRowIdentity,
} from './read-bls-matrix-table.js';

/** The sheet of `occupation.xlsx` that holds the occupational projections and worker characteristics. */
export const BLS_PROJECTIONS_SHEET = 'Table 1.2';

/** The columns of Table 1.2 after the matrix title, code and occupation type, exactly as BLS names them. */
export const BLS_PROJECTIONS_COLUMNS = {
  employment2024: 'Employment, 2024',
  employment2034: 'Employment, 2034',
  employmentDistribution2024: 'Employment distribution, percent, 2024',
  employmentDistribution2034: 'Employment distribution, percent, 2034',
  employmentChange: 'Employment change, numeric, 2024–34',
  employmentChangePercent: 'Employment change, percent, 2024–34',
  selfEmployedPercent: 'Percent self employed, 2024',
  annualOpenings: 'Occupational openings, 2024–34 annual average',
  medianWage: 'Median annual wage, dollars, 2024[1]',
  typicalEducation: 'Typical education needed for entry',
  workExperience: 'Work experience in a related occupation',
  onTheJobTraining: 'Typical on-the-job training needed to attain competency in the occupation',
} as const;

/** One row of BLS Employment Projections Table 1.2 (employment in thousands; `null` where BLS prints "—"). */
export interface BlsProjectionRecord extends BlsMatrixRowIdentity {
  /** Employment 2024, thousands. */
  employment2024: number | null;
  /** Projected employment 2034, thousands. */
  employment2034: number | null;
  /** Share of total employment 2024, percent. */
  employmentDistribution2024: number | null;
  /** Share of total employment 2034, percent. */
  employmentDistribution2034: number | null;
  /** Projected employment change 2024–34, thousands. */
  employmentChange: number | null;
  /** Projected employment change 2024–34, percent, as published (one decimal, not recomputed). */
  employmentChangePercent: number | null;
  /** Percent of 2024 employment that is self-employed. */
  selfEmployedPercent: number | null;
  /** Projected occupational openings, 2024–34 annual average, thousands. */
  annualOpenings: number | null;
  /** Median annual wage 2024 in dollars (OEWS May 2024); the top code (239,200) when top-coded. */
  medianWage: number | null;
  /** `true` when BLS prints the median wage as top-coded (`>=$239,200`): show it as "≥ $239,200". */
  medianWageTopCoded: boolean;
  /** Typical education needed for entry, e.g. `Postsecondary nondegree award`. */
  typicalEducation: string | null;
  /** Work experience in a related occupation, e.g. `None`. */
  workExperience: string | null;
  /** Typical on-the-job training needed to attain competency, e.g. `None`. */
  onTheJobTraining: string | null;
  /** The 1-based spreadsheet row, for traceability. */
  row: number;
}

const TOP_CODED_WAGE = /^>=\$(\d{1,3}(?:,\d{3})*)$/;

/**
 * Parses Table 1.2 of BLS Employment Projections `occupation.xlsx` ("Occupational projections, 2024–34,
 * and worker characteristics, 2024"): row 1 is the title, row 2 the header, then one row per matrix
 * occupation (the total, the Summary groups and the 832 Line items), then footnote rows, which are
 * skipped. Titles are trimmed and their indentation kept as `indentLevel`; `—` becomes `null`;
 * `>=$239,200` becomes 239200 with `medianWageTopCoded`. Numbers are kept as published (employment
 * and openings in thousands).
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link BlsProjectionRecord} per matrix row, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing sheet or column, a malformed or duplicated code, an
 *   unknown occupation type, or a value that is neither a number nor "—".
 * @example
 * ```ts
 * const { records } = parseBlsProjections({ bytes, file: 'bls/occupation.xlsx' });
 * const specialists = records.find((record) => record.code === '29-2072');
 * specialists?.annualOpenings; // 14.2
 * records.filter((record) => record.occupationType === 'Line item').length; // 832
 * ```
 */
export function parseBlsProjections(input: ParseInput): ParsedSource<BlsProjectionRecord> {
  const { table } = readBlsMatrixTable(
    input.bytes,
    input.file,
    BLS_PROJECTIONS_SHEET,
    Object.values(BLS_PROJECTIONS_COLUMNS),
  );
  const seen = new Map<string, number>();
  const columns = BLS_PROJECTIONS_COLUMNS;
  const records = table.rows.map((row): BlsProjectionRecord => {
    const identity = readMatrixRowIdentity(table, row);
    assertUniqueKey(table, seen, identity.code, row, MATRIX_COLUMNS.code);
    const number = (column: string) => table.optionalNumber(row, column, [BLS_MISSING]);
    const wage = readMedianWage(table, row);
    return {
      ...identity,
      employment2024: number(columns.employment2024),
      employment2034: number(columns.employment2034),
      employmentDistribution2024: number(columns.employmentDistribution2024),
      employmentDistribution2034: number(columns.employmentDistribution2034),
      employmentChange: number(columns.employmentChange),
      employmentChangePercent: number(columns.employmentChangePercent),
      selfEmployedPercent: number(columns.selfEmployedPercent),
      annualOpenings: number(columns.annualOpenings),
      medianWage: wage.value,
      medianWageTopCoded: wage.topCoded,
      typicalEducation: optionalText(table, row, columns.typicalEducation),
      workExperience: optionalText(table, row, columns.workExperience),
      onTheJobTraining: optionalText(table, row, columns.onTheJobTraining),
      row: row.line,
    };
  });
  return { records, descriptor: blsProjectionsDescriptor([sourceFileOf(input)]) };
}

function readMedianWage(table: Table, row: TableRow): { value: number | null; topCoded: boolean } {
  const column = BLS_PROJECTIONS_COLUMNS.medianWage;
  const cell = table.text(row, column).trim();
  const topCode = TOP_CODED_WAGE.exec(cell)?.[1];
  if (topCode !== undefined) return { value: Number(topCode.replaceAll(',', '')), topCoded: true };
  return { value: table.optionalNumber(row, column, [BLS_MISSING]), topCoded: false };
}

function optionalText(table: Table, row: TableRow, column: string): string | null {
  const cell = table.text(row, column).trim();
  return cell === '' || cell === BLS_MISSING ? null : cell;
}
