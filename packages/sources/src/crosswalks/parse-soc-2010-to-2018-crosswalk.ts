import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import type { CrosswalkPair } from './crosswalk.js';
import { crosswalkDescriptor } from './crosswalk-descriptor.js';

/** The source id of the BLS 2010 SOC → 2018 SOC crosswalk. */
export const SOC_2010_TO_2018_ID = 'soc-2010-to-2018-crosswalk';

const SOC_CODE = /^\d{2}-\d{4}$/;
// BLS marks a 2010 title `(#)` when the code was split among several 2018 codes, and a 2018 title `(##)`
// when the code merges several 2010 codes. The pairs themselves say as much, so the marks are removed.
const CHANGE_MARK = /\s*\(#{1,2}\)\s*$/;
const COLUMNS = ['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'] as const;

/**
 * Parses the BLS 2010 SOC → 2018 SOC crosswalk (`crosswalk/soc_2010_to_2018_crosswalk.csv`: `2010 SOC
 * Code`, `2010 SOC Title`, `2018 SOC Code`, `2018 SOC Title`), one row per link. It is many-to-many: a
 * 2010 code can be split (29-2071 → 29-2072 and 29-9021) and a 2018 code can merge several 2010 codes
 * (29-9021 ← 29-2071 and 29-9099). BLS's `(#)`/`(##)` change marks are removed from the titles.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link CrosswalkPair} (`from` = SOC 2010, `to` = SOC 2018) per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not `NN-NNNN`, or a repeated pair.
 * @example
 * ```ts
 * const crosswalk = createCrosswalk(parseSoc2010To2018Crosswalk({ bytes, file }).records);
 * crosswalk.targetsOf('29-2071'); // ['29-2072', '29-9021']
 * ```
 */
export function parseSoc2010To2018Crosswalk(input: ParseInput): ParsedSource<CrosswalkPair> {
  const table = readDelimited(input.bytes, {
    source: SOC_2010_TO_2018_ID,
    file: input.file,
    requiredColumns: COLUMNS,
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): CrosswalkPair => {
    const from = table.text(row, '2010 SOC Code').trim();
    const to = table.text(row, '2018 SOC Code').trim();
    for (const [code, column] of [
      [from, '2010 SOC Code'],
      [to, '2018 SOC Code'],
    ] as const) {
      if (!SOC_CODE.test(code))
        throw table.error(`must be a SOC code like 29-2071, got ${JSON.stringify(code)}`, row.line, column);
    }
    const key = `${from} → ${to}`;
    const previous = seen.get(key);
    if (previous !== undefined)
      throw table.error(`duplicate pair ${key} (first seen on row ${previous})`, row.line, '2018 SOC Code');
    seen.set(key, row.line);
    return {
      from,
      to,
      fromTitle: table.text(row, '2010 SOC Title').replace(CHANGE_MARK, '').trim(),
      toTitle: table.text(row, '2018 SOC Title').replace(CHANGE_MARK, '').trim(),
      row: row.line,
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: SOC_2010_TO_2018_ID,
        label: 'BLS 2010 SOC to 2018 SOC crosswalk',
        citation:
          'U.S. Bureau of Labor Statistics, 2010 SOC to 2018 SOC crosswalk (soc_2010_to_2018_crosswalk.xlsx), CSV rendition.',
        vintage: '2018 SOC revision',
        licence: 'Public domain (BLS / U.S. Government work)',
        codeSystem: 'soc-2010',
        notes: 'Many-to-many; a 2018 code fed by several 2010 codes takes the mean of their percentiles.',
      },
      [sourceFileOf(input)],
    ),
  };
}
