import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';
import type { CrosswalkPair } from './crosswalk.js';
import { crosswalkDescriptor } from './crosswalk-descriptor.js';

/** The source id of the BLS O*NET-SOC → National Employment Matrix crosswalk. */
export const NEM_ONET_TO_SOC_ID = 'nem-onet-to-soc-crosswalk';

/** The sheet of `nem-onet-to-soc-crosswalk.xlsx`. */
export const NEM_ONET_TO_SOC_SHEET = 'ONET to SOC crosswalk';

/**
 * The 12 Line items of the 2024 National Employment Matrix that are not SOC 2018 detailed codes but
 * aggregates of several (methodology §1). {@link matrixAggregateMembers} finds their members.
 */
export const MATRIX_AGGREGATE_CODES: readonly string[] = [
  '13-1020',
  '13-2020',
  '21-1018',
  '25-2052',
  '25-9045',
  '29-2010',
  '31-1120',
  '39-7010',
  '47-4090',
  '51-2028',
  '51-2090',
  '53-1047',
];

/** One row of the NEM crosswalk: an O*NET-SOC 2019 code (`from`) and its matrix occupation (`to`). */
export interface NemCrosswalkRecord extends CrosswalkPair {
  /** `Sort Order`, BLS's row number. */
  sortOrder: number;
  /** `OOH Profile Code` (e.g. `B039`); null where BLS prints "—" (no Occupational Outlook Handbook profile). */
  oohProfileCode: string | null;
  /** `OOH Profile Title`; null where BLS prints "—". */
  oohProfileTitle: string | null;
}

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const MATRIX_CODE = /^\d{2}-\d{4}$/;
const MISSING = '—';
const COLUMNS = [
  'Sort Order',
  'O*NET-SOC Code',
  'O*NET-SOC Title',
  'NEM Code',
  'National Employment Matrix Occupational Title',
] as const;

/**
 * Parses the BLS O*NET-SOC → National Employment Matrix crosswalk (`bls/nem-onet-to-soc-crosswalk.xlsx`,
 * sheet `ONET to SOC crosswalk`: 4 title rows, header on row 5). Every O*NET-SOC 2019 code appears once
 * and maps to one matrix code; a matrix code gathers one or more O*NET-SOC codes. The file dates from
 * 9/6/2023 (2022 matrix); its matrix codes are those of the 832 Line items of the 2024 matrix.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link NemCrosswalkRecord} per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a malformed or repeated O*NET-SOC code, a
 *   malformed matrix code, or a sort order that is not a number.
 * @example
 * ```ts
 * const { records } = parseNemOnetToSocCrosswalk({ bytes, file: 'bls/nem-onet-to-soc-crosswalk.xlsx' });
 * records.find((record) => record.from === '13-1021.00')?.to; // '13-1020'
 * ```
 */
export function parseNemOnetToSocCrosswalk(input: ParseInput): ParsedSource<NemCrosswalkRecord> {
  const table = readXlsxTable(input.bytes, {
    source: NEM_ONET_TO_SOC_ID,
    file: input.file,
    sheet: NEM_ONET_TO_SOC_SHEET,
    headerRow: 5,
    requiredColumns: COLUMNS,
  });
  const seen = new Map<string, number>();
  const optional = (text: string) => {
    const cell = text.trim();
    return cell === '' || cell === MISSING ? null : cell;
  };
  const records = table.rows.map((row): NemCrosswalkRecord => {
    const sortOrder = table.number(row, 'Sort Order');
    const from = table.text(row, 'O*NET-SOC Code').trim();
    if (!ONET_SOC.test(from)) {
      throw table.error(
        `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(from)}`,
        row.line,
        'O*NET-SOC Code',
      );
    }
    assertUniqueKey(table, seen, from, row, 'O*NET-SOC Code');
    const to = table.text(row, 'NEM Code').trim();
    if (!MATRIX_CODE.test(to)) {
      throw table.error(
        `must be a matrix code like 13-1020, got ${JSON.stringify(to)}`,
        row.line,
        'NEM Code',
      );
    }
    return {
      from,
      to,
      fromTitle: table.text(row, 'O*NET-SOC Title').trim(),
      toTitle: table.text(row, 'National Employment Matrix Occupational Title').trim(),
      row: row.line,
      sortOrder,
      oohProfileCode: optional(table.text(row, 'OOH Profile Code')),
      oohProfileTitle: optional(table.text(row, 'OOH Profile Title')),
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: NEM_ONET_TO_SOC_ID,
        label: 'BLS O*NET-SOC to National Employment Matrix crosswalk',
        citation:
          'U.S. Bureau of Labor Statistics, Office of Occupational Statistics and Employment Projections, O*NET-SOC to National Employment Matrix (NEM) and Occupational Outlook Handbook Coverage Crosswalk (as of 9/6/2023).',
        vintage: 'As of 9/6/2023 (2022 National Employment Matrix; O*NET-SOC 2019 taxonomy)',
        licence: 'Public domain (U.S. Government work)',
        codeSystem: 'onet-soc-2019',
        notes: 'Gives the members of the 12 matrix aggregates (e.g. 13-1020).',
      },
      [sourceFileOf(input)],
    ),
  };
}

/**
 * The member SOC 2018 detailed codes of every matrix aggregate in a NEM crosswalk: a matrix code whose
 * O*NET-SOC codes do not all have that code as their 6-digit parent (13-1020 gathers 13-1021.00,
 * 13-1022.00 and 13-1023.00, so its members are 13-1021, 13-1022 and 13-1023). In the 2023 crosswalk
 * these are exactly {@link MATRIX_AGGREGATE_CODES}. A source without a value for an aggregate gives it
 * the mean of its members' percentiles: `crosswalkLinks(codes, createCrosswalkFromMembers(members))`
 * gives those links.
 *
 * @param records - the crosswalk links (`from` = O*NET-SOC code, `to` = matrix code), e.g. the records of
 *   {@link parseNemOnetToSocCrosswalk}.
 * @returns aggregate matrix code → its distinct member SOC codes, both sorted.
 * @example
 * ```ts
 * matrixAggregateMembers(records)['13-1020']; // ['13-1021', '13-1022', '13-1023']
 * ```
 */
export function matrixAggregateMembers(
  records: readonly { from: string; to: string }[],
): Record<string, string[]> {
  const parents = new Map<string, Set<string>>();
  for (const { from, to } of records) {
    const parent = from.slice(0, 7);
    const members = parents.get(to);
    if (members) members.add(parent);
    else parents.set(to, new Set([parent]));
  }
  const aggregates: [string, string[]][] = [];
  for (const [code, members] of parents) {
    if (members.size === 1 && members.has(code)) continue;
    aggregates.push([code, [...members].sort()]);
  }
  return Object.fromEntries(aggregates.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
