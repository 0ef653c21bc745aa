import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';
import { SOC_2018_ID, SOC_LEVEL_PATTERNS, type SocLevel, soc2018Descriptor } from './soc-2018-descriptor.js';

/** The sheet of `soc_structure_2018.xlsx`. */
export const SOC_STRUCTURE_SHEET = '2018 Structure';

/** One group or occupation of the 2018 SOC hierarchy. */
export interface SocStructureRecord {
  /** The SOC code, e.g. `29-2072`. */
  code: string;
  /** The title, e.g. `Medical Records Specialists`. */
  title: string;
  /** The level: major group, minor group, broad group or detailed occupation. */
  level: SocLevel;
  /** The code of the group one level up (`29-2070` for `29-2072`); null for a major group. */
  parent: string | null;
  /** The major group (`29-0000`); the code itself for a major group. */
  major: string;
  /** The 1-based spreadsheet row, for traceability. */
  row: number;
}

const LEVEL_COLUMNS: readonly [SocLevel, string][] = [
  ['major', 'Major Group'],
  ['minor', 'Minor Group'],
  ['broad', 'Broad Group'],
  ['detailed', 'Detailed Occupation'],
];
const HEADER_ROW = 8;

/**
 * Parses the 2018 SOC structure (`soc_structure_2018.xlsx`, sheet `2018 Structure`: 7 preamble rows,
 * header on row 8 naming the four code columns, the title in the unnamed column after them). Each row
 * fills exactly one code column; a row's parent is the nearest group one level up above it, and must
 * share its major group.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link SocStructureRecord} per row (23 major, 98 minor, 459 broad, 867 detailed in the
 *   2018 SOC), and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a row with no or several codes, a code that does
 *   not fit its level, a group without its parent, an empty title, or a duplicated code.
 * @example
 * ```ts
 * const { records } = parseSocStructure2018({ bytes, file: 'bls/soc_structure_2018.xlsx' });
 * records.find((record) => record.code === '29-2072')?.parent; // '29-2070'
 * ```
 */
export function parseSocStructure2018(input: ParseInput): ParsedSource<SocStructureRecord> {
  const table = readXlsxTable(input.bytes, {
    source: SOC_2018_ID,
    file: input.file,
    sheet: SOC_STRUCTURE_SHEET,
    headerRow: HEADER_ROW,
    requiredColumns: LEVEL_COLUMNS.map(([, column]) => column),
  });
  const titleIndex = table.requireColumns(['Detailed Occupation'])['Detailed Occupation'] + 1;
  const titleColumn = table.header[titleIndex] || 'title (column after Detailed Occupation)';
  const current = new Map<SocLevel, string>();
  const seen = new Map<string, number>();
  const records = table.rows.map((row): SocStructureRecord => {
    const filled = LEVEL_COLUMNS.filter(([, column]) => table.text(row, column).trim() !== '');
    if (filled.length !== 1) {
      throw table.error(
        `must fill exactly one of the code columns, found ${filled.length}`,
        row.line,
        filled[1]?.[1] ?? 'Major Group',
      );
    }
    const [level, column] = filled[0]!;
    const code = table.text(row, column).trim();
    if (!SOC_LEVEL_PATTERNS[level].test(code)) {
      throw table.error(`must be a ${level} SOC code, got ${JSON.stringify(code)}`, row.line, column);
    }
    const previous = seen.get(code);
    if (previous !== undefined)
      throw table.error(`duplicate code ${code} (first seen on row ${previous})`, row.line, column);
    seen.set(code, row.line);
    const title = (row.cells[titleIndex] ?? '').trim();
    if (title === '') throw table.error('must not be empty', row.line, titleColumn);
    const depth = LEVEL_COLUMNS.findIndex(([name]) => name === level);
    const parent = depth === 0 ? null : (current.get(LEVEL_COLUMNS[depth - 1]![0]) ?? null);
    const major = depth === 0 ? code : (current.get('major') ?? '');
    if (depth > 0 && (parent === null || major.slice(0, 2) !== code.slice(0, 2))) {
      throw table.error(
        `has no ${LEVEL_COLUMNS[depth - 1]![0]} group above it in major group ${code.slice(0, 2)}-0000`,
        row.line,
        column,
      );
    }
    current.set(level, code);
    for (const [deeper] of LEVEL_COLUMNS.slice(depth + 1)) current.delete(deeper);
    return { code, title, level, parent, major, row: row.line };
  });
  return { records, descriptor: soc2018Descriptor('2018 SOC structure', [sourceFileOf(input)]) };
}
