import type { SourceDescriptor, SourceFile } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { BLS_LICENCE, BLS_PROJECTIONS_VINTAGE } from './bls-projections-descriptors.js';
import {
  BLS_MISSING,
  type BlsMatrixRowIdentity,
  MATRIX_COLUMNS,
  readBlsMatrixTable,
  readMatrixRowIdentity,
} from './read-bls-matrix-table.js';

/** The sheet of `occupation.xlsx` that holds the occupational separations and openings. */
export const BLS_OPENINGS_SHEET = 'Table 1.10';

/** The source id of Table 1.10 (used as a cross-check of Table 1.2's openings, not as a scoring source). */
export const BLS_SEPARATIONS_OPENINGS_ID = 'bls-separations-openings';

/** The columns of Table 1.10 after the matrix title, code and occupation type, exactly as BLS names them. */
export const BLS_OPENINGS_COLUMNS = {
  employment2024: 'Employment, 2024',
  employment2034: 'Employment, 2034',
  employmentChange: 'Employment change, numeric, 2024–34',
  employmentChangePercent: 'Employment change, percent, 2024–34',
  laborForceExitRate: 'Labor force exit rate, 2024–34 annual average',
  occupationalTransferRate: 'Occupational transfer rate, 2024–34 annual average',
  separationsRate: 'Total occupational separations rate, 2024–34 annual average',
  laborForceExits: 'Labor force exits, 2024–34 annual average',
  occupationalTransfers: 'Occupational transfers, 2024–34 annual average',
  separations: 'Total occupational separations, 2024–34 annual average',
  annualOpenings: 'Occupational openings, 2024–34 annual average',
} as const;

/** One row of BLS Employment Projections Table 1.10 (thousands and percent; `null` where BLS prints "—"). */
export interface BlsOpeningsRecord extends BlsMatrixRowIdentity {
  /** Employment 2024, thousands. */
  employment2024: number | null;
  /** Projected employment 2034, thousands. */
  employment2034: number | null;
  /** Projected employment change 2024–34, thousands. */
  employmentChange: number | null;
  /** Projected employment change 2024–34, percent. */
  employmentChangePercent: number | null;
  /** Labor force exit rate, 2024–34 annual average, percent. */
  laborForceExitRate: number | null;
  /** Occupational transfer rate, 2024–34 annual average, percent. */
  occupationalTransferRate: number | null;
  /** Total occupational separations rate, 2024–34 annual average, percent. */
  separationsRate: number | null;
  /** Labor force exits, 2024–34 annual average, thousands. */
  laborForceExits: number | null;
  /** Occupational transfers, 2024–34 annual average, thousands. */
  occupationalTransfers: number | null;
  /** Total occupational separations, 2024–34 annual average, thousands. */
  separations: number | null;
  /** Occupational openings, 2024–34 annual average, thousands (growth plus separations). */
  annualOpenings: number | null;
  /** The 1-based spreadsheet row, for traceability. */
  row: number;
}

/**
 * Parses Table 1.10 of BLS Employment Projections `occupation.xlsx` ("Occupational separations and
 * openings, projected 2024–34"), laid out like Table 1.2: title on row 1, header on row 2, data, then a
 * source row, which is skipped. Used to cross-check Table 1.2's openings
 * ({@link crossCheckBlsOpenings}).
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link BlsOpeningsRecord} per matrix row, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing sheet or column, a malformed or duplicated code, an
 *   unknown occupation type, or a value that is neither a number nor "—".
 * @example
 * ```ts
 * const { records } = parseBlsOpeningsTable({ bytes, file: 'bls/occupation.xlsx' });
 * records.find((record) => record.code === '29-2072')?.separations; // 12.9
 * ```
 */
export function parseBlsOpeningsTable(input: ParseInput): ParsedSource<BlsOpeningsRecord> {
  const { table } = readBlsMatrixTable(
    input.bytes,
    input.file,
    BLS_OPENINGS_SHEET,
    Object.values(BLS_OPENINGS_COLUMNS),
  );
  const seen = new Map<string, number>();
  const columns = BLS_OPENINGS_COLUMNS;
  const records = table.rows.map((row): BlsOpeningsRecord => {
    const identity = readMatrixRowIdentity(table, row);
    assertUniqueKey(table, seen, identity.code, row, MATRIX_COLUMNS.code);
    const number = (column: string) => table.optionalNumber(row, column, [BLS_MISSING]);
    return {
      ...identity,
      employment2024: number(columns.employment2024),
      employment2034: number(columns.employment2034),
      employmentChange: number(columns.employmentChange),
      employmentChangePercent: number(columns.employmentChangePercent),
      laborForceExitRate: number(columns.laborForceExitRate),
      occupationalTransferRate: number(columns.occupationalTransferRate),
      separationsRate: number(columns.separationsRate),
      laborForceExits: number(columns.laborForceExits),
      occupationalTransfers: number(columns.occupationalTransfers),
      separations: number(columns.separations),
      annualOpenings: number(columns.annualOpenings),
      row: row.line,
    };
  });
  return { records, descriptor: blsOpeningsTableDescriptor([sourceFileOf(input)]) };
}

function blsOpeningsTableDescriptor(files: SourceFile[]): SourceDescriptor {
  return {
    id: BLS_SEPARATIONS_OPENINGS_ID,
    label: 'BLS occupational separations and openings 2024–34',
    citation:
      'U.S. Bureau of Labor Statistics, Employment Projections 2024–34, Table 1.10 Occupational separations and openings, projected 2024–34 (occupation.xlsx).',
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: 'higher-is-more-resilient',
    codeSystem: 'bls-matrix',
    files,
    notes: 'Cross-check of Table 1.2 openings; employment in thousands.',
  };
}
