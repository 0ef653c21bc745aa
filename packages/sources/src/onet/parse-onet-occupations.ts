import { assertUniqueKey } from '../shared/duplicate-check.js';
import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { onetDescriptor } from './onet-descriptor.js';
import {
  type OnetParseOptions,
  readOnetSocCode,
  readOnetTable,
  readRequiredText,
} from './read-onet-table.js';

/** One O*NET-SOC occupation of O*NET's Occupation Data file. */
export interface OnetOccupation {
  /** The O*NET-SOC 2019 code, e.g. `29-2072.00`. */
  code: string;
  /** The O*NET title, e.g. `Medical Records Specialists`. */
  title: string;
  /** The O*NET description (may be empty where O*NET gives none). */
  description: string;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses O*NET's Occupation Data file (`occupation_data.csv` in 30.x, `Occupation Data.xlsx` in the Excel
 * release): columns `O*NET-SOC Code`, `Title`, `Description`, one occupation per row.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the format (default from the extension) and the release (default from the path).
 * @returns one {@link OnetOccupation} per code, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, an empty title
 *   or a duplicated code.
 * @example
 * ```ts
 * const { records } = parseOnetOccupations({ bytes, file: 'onet/30.3/occupation_data.csv' });
 * records.length; // 1016
 * records.find((r) => r.code === '29-2072.00')?.title; // 'Medical Records Specialists'
 * ```
 */
export function parseOnetOccupations(
  input: ParseInput,
  options: OnetParseOptions = {},
): ParsedSource<OnetOccupation> {
  const table = readOnetTable(input, options, ['O*NET-SOC Code', 'Title', 'Description']);
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OnetOccupation => {
    const code = readOnetSocCode(table, row);
    assertUniqueKey(table, seen, code, row, 'O*NET-SOC Code');
    return {
      code,
      title: readRequiredText(table, row, 'Title'),
      description: table.text(row, 'Description').trim(),
      row: row.line,
    };
  });
  return { records, descriptor: onetDescriptor('occupation data', [input], options) };
}
