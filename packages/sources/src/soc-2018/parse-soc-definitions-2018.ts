import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';
import { SOC_2018_ID, SOC_LEVEL_PATTERNS, type SocLevel, soc2018Descriptor } from './soc-2018-descriptor.js';

/** The sheet of `soc_2018_definitions.xlsx`. */
export const SOC_DEFINITIONS_SHEET = '2018 SOC';

/** One entry of the 2018 SOC with its definition. */
export interface SocDefinitionRecord {
  /** The SOC code, e.g. `29-2072`. */
  code: string;
  /** The level, from the `SOC Group` column. */
  level: SocLevel;
  /** The title. */
  title: string;
  /** The definition; BLS defines detailed occupations only, so null for the groups. */
  definition: string | null;
  /** The 1-based spreadsheet row, for traceability. */
  row: number;
}

const LEVELS: Record<string, SocLevel> = {
  Major: 'major',
  Minor: 'minor',
  Broad: 'broad',
  Detailed: 'detailed',
};

/**
 * Parses the 2018 SOC definitions (`soc_2018_definitions.xlsx`, sheet `2018 SOC`: 7 preamble rows, then
 * `SOC Group`, `SOC Code`, `SOC Title`, `SOC Definition` on row 8). Text is kept as published (UTF-8,
 * curly quotes included), trimmed.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link SocDefinitionRecord} per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, an unknown group, a code that does not fit its
 *   level, an empty title, a detailed occupation without a definition, or a duplicated code.
 * @example
 * ```ts
 * const { records } = parseSocDefinitions2018({ bytes, file: 'bls/soc_2018_definitions.xlsx' });
 * records.find((record) => record.code === '29-2072')?.title; // 'Medical Records Specialists'
 * ```
 */
export function parseSocDefinitions2018(input: ParseInput): ParsedSource<SocDefinitionRecord> {
  const table = readXlsxTable(input.bytes, {
    source: SOC_2018_ID,
    file: input.file,
    sheet: SOC_DEFINITIONS_SHEET,
    headerRow: 8,
    requiredColumns: ['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): SocDefinitionRecord => {
    const group = table.text(row, 'SOC Group').trim();
    const level = LEVELS[group];
    if (level === undefined) {
      throw table.error(
        `must be Major, Minor, Broad or Detailed, got ${JSON.stringify(group)}`,
        row.line,
        'SOC Group',
      );
    }
    const code = table.text(row, 'SOC Code').trim();
    if (!SOC_LEVEL_PATTERNS[level].test(code)) {
      throw table.error(`must be a ${level} SOC code, got ${JSON.stringify(code)}`, row.line, 'SOC Code');
    }
    assertUniqueKey(table, seen, code, row, 'SOC Code');
    const title = table.text(row, 'SOC Title').trim();
    if (title === '') throw table.error('must not be empty', row.line, 'SOC Title');
    const definition = table.text(row, 'SOC Definition').trim();
    if (level === 'detailed' && definition === '') {
      throw table.error(`must not be empty for detailed occupation ${code}`, row.line, 'SOC Definition');
    }
    return { code, level, title, definition: definition === '' ? null : definition, row: row.line };
  });
  return { records, descriptor: soc2018Descriptor('2018 SOC definitions', [sourceFileOf(input)]) };
}
