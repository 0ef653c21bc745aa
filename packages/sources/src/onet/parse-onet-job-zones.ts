import { assertUniqueKey } from '../shared/duplicate-check.js';
import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { onetDescriptor } from './onet-descriptor.js';
import {
  type OnetParseOptions,
  readInteger,
  readOnetDate,
  readOnetSocCode,
  readOnetTable,
  readRequiredText,
} from './read-onet-table.js';

/** The Job Zone of one O*NET-SOC occupation. */
export interface OnetJobZone {
  /** The O*NET-SOC 2019 code, e.g. `29-2072.00`. */
  code: string;
  /** The O*NET title. */
  title: string;
  /**
   * The Job Zone, 1 (little or no preparation needed) to 5 (extensive preparation). Release 30.3 no
   * longer uses zone 1: its reference labels zone 2 "Job Zone 1-2: Very Little to Some Preparation Needed".
   */
  jobZone: number;
  /** The month the rating was last updated, `MM/YYYY` as published. */
  date: string;
  /** Who rated it (`Analyst`, `Analyst - Preliminary`). */
  domainSource: string;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses O*NET's Job Zones file (`job_zones.csv`, `Job Zones.xlsx`): columns `O*NET-SOC Code`, `Title`,
 * `Job Zone`, `Date`, `Domain Source`, one occupation per row (923 in releases 29.3 and 30.3).
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the format (default from the extension) and the release (default from the path).
 * @returns one {@link OnetJobZone} per code, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a bad code, a duplicated code, a Job Zone that
 *   is not an integer from 1 to 5, or a date that is not `MM/YYYY`.
 * @example
 * ```ts
 * const { records } = parseOnetJobZones({ bytes, file: 'onet/30.3/job_zones.csv' });
 * records.find((r) => r.code === '29-2072.00')?.jobZone; // 3
 * ```
 */
export function parseOnetJobZones(
  input: ParseInput,
  options: OnetParseOptions = {},
): ParsedSource<OnetJobZone> {
  const table = readOnetTable(input, options, [
    'O*NET-SOC Code',
    'Title',
    'Job Zone',
    'Date',
    'Domain Source',
  ]);
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OnetJobZone => {
    const code = readOnetSocCode(table, row);
    assertUniqueKey(table, seen, code, row, 'O*NET-SOC Code');
    return {
      code,
      title: readRequiredText(table, row, 'Title'),
      jobZone: readInteger(table, row, 'Job Zone', 1, 5),
      date: readOnetDate(table, row),
      domainSource: readRequiredText(table, row, 'Domain Source'),
      row: row.line,
    };
  });
  return { records, descriptor: onetDescriptor('job zones', [input], options) };
}
