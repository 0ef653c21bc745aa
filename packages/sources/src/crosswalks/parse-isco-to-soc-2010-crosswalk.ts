import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';
import type { CrosswalkPair } from './crosswalk.js';
import { crosswalkDescriptor } from './crosswalk-descriptor.js';

/** The source id of the BLS ISCO-08 → 2010 SOC crosswalk. */
export const ISCO_TO_SOC_2010_ID = 'isco-08-to-soc-2010-crosswalk';

/** The sheet of `isco08_to_soc2010_crosswalk.xlsx`. */
export const ISCO_TO_SOC_2010_SHEET = 'ISCO-08 to 2010 SOC';

// Four digits for a unit group; the file also maps two minor groups (211, 315) as such.
const ISCO_CODE = /^\d{3,4}$/;
const SOC_CODE = /^\d{2}-\d{4}$/;
const COLUMNS = ['ISCO-08 Code', 'ISCO-08 Title EN', 'occ_code', '2010 SOC Title'] as const;

/**
 * Parses the BLS ISCO-08 → 2010 SOC crosswalk (`crosswalk/isco08_to_soc2010_crosswalk.xlsx`, sheet
 * `ISCO-08 to 2010 SOC`: `ISCO-08 Code`, `ISCO-08 Title EN`, `occ_code`, `2010 SOC Title`). Codes and
 * titles are trimmed (many `occ_code` cells and a few ISCO codes end in a space); ISCO codes keep their
 * leading zero (`0110`). Most ISCO-08 unit groups map to several SOC codes and the reverse.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link CrosswalkPair} (`from` = ISCO-08, `to` = SOC 2010) per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a malformed code, or a repeated pair.
 * @example
 * ```ts
 * const crosswalk = createCrosswalk(parseIscoToSoc2010Crosswalk({ bytes, file }).records);
 * crosswalk.targetsOf('3252'); // ['29-2071']
 * ```
 */
export function parseIscoToSoc2010Crosswalk(input: ParseInput): ParsedSource<CrosswalkPair> {
  const table = readXlsxTable(input.bytes, {
    source: ISCO_TO_SOC_2010_ID,
    file: input.file,
    sheet: ISCO_TO_SOC_2010_SHEET,
    headerRow: 1,
    requiredColumns: COLUMNS,
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): CrosswalkPair => {
    const from = table.text(row, 'ISCO-08 Code').trim();
    if (!ISCO_CODE.test(from))
      throw table.error(
        `must be an ISCO-08 code like 3252, got ${JSON.stringify(from)}`,
        row.line,
        'ISCO-08 Code',
      );
    const to = table.text(row, 'occ_code').trim();
    if (!SOC_CODE.test(to))
      throw table.error(
        `must be a SOC 2010 code like 29-2071, got ${JSON.stringify(to)}`,
        row.line,
        'occ_code',
      );
    const key = `${from} → ${to}`;
    const previous = seen.get(key);
    if (previous !== undefined)
      throw table.error(`duplicate pair ${key} (first seen on row ${previous})`, row.line, 'occ_code');
    seen.set(key, row.line);
    return {
      from,
      to,
      fromTitle: table.text(row, 'ISCO-08 Title EN').trim(),
      toTitle: table.text(row, '2010 SOC Title').trim(),
      row: row.line,
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: ISCO_TO_SOC_2010_ID,
        label: 'BLS ISCO-08 to 2010 SOC crosswalk',
        citation:
          'U.S. Bureau of Labor Statistics, ISCO-08 to 2010 SOC crosswalk (isco_soc_crosswalk.xls), as re-saved by Tolan, Pesole, Martínez-Plumed et al. (JRC AI & labour repository).',
        vintage: '2010 SOC / ISCO-08; committed 2021-01-05',
        licence: 'Public domain (BLS / U.S. Government work); mirror repository licence unstated',
        codeSystem: 'isco-08',
        notes: 'Many-to-many. Rows 211 and 315 are ISCO-08 minor groups, not unit groups.',
      },
      [sourceFileOf(input)],
    ),
  };
}
