import type { SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';

/** The source id of Eisfeldt, Schubert, Taska & Zhang's generative-AI exposure. */
export const EISFELDT_GENAI_EXPOSURE_ID = 'eisfeldt-genai-exposure';

/** One SOC 2010 occupation of `eisfeldt/genaiexp_estz_occscores.csv`. */
export interface EisfeldtRecord {
  /** The SOC 2010 detailed code, e.g. `29-2071`. */
  code: string;
  /** The share of all the occupation's tasks exposed to generative AI (`genaiexp_estz_total`, 0–1). */
  value: number;
  /** The exposed share counted over core tasks (`genaiexp_estz_core`). */
  core: number;
  /** The exposed share counted over supplemental tasks (`genaiexp_estz_supplemental`). */
  supplemental: number;
  /** The 1-based row it came from (the header is row 1). */
  row: number;
}

const SOC_2010 = /^\d{2}-\d{4}$/;
const MEASURES = ['genaiexp_estz_total', 'genaiexp_estz_core', 'genaiexp_estz_supplemental'] as const;

/**
 * Parses Eisfeldt et al.'s occupation scores (`eisfeldt/genaiexp_estz_occscores.csv`: `soc2010`,
 * `genaiexp_estz_total`, `_core`, `_supplemental`): the share of an occupation's tasks exposed to
 * generative AI per GPT-4, 0–1, higher = more exposed. Rows whose three values are all empty (62 "All
 * other" codes in the mirror) are left out; the descriptor's notes say how many.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link EisfeldtRecord} per code with values, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not SOC 2010, a duplicated code, a
 *   row with some but not all values, or a value that is not a share in [0, 1].
 * @example
 * ```ts
 * const { records } = parseEisfeldt({ bytes, file: 'genaiexp_estz_occscores.csv' });
 * records.find((r) => r.code === '29-2071')?.value; // 0.48774636
 * ```
 */
export function parseEisfeldt(input: ParseInput): ParsedSource<EisfeldtRecord> {
  const table = readDelimited(input.bytes, {
    source: EISFELDT_GENAI_EXPOSURE_ID,
    file: input.file,
    requiredColumns: ['soc2010', ...MEASURES],
  });
  const seen = new Map<string, number>();
  const records: EisfeldtRecord[] = [];
  let empty = 0;
  for (const row of table.rows) {
    const code = table.text(row, 'soc2010').trim();
    if (!SOC_2010.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        'soc2010',
      );
    }
    assertUniqueKey(table, seen, code, row, 'soc2010');
    const values = MEASURES.map((column) => {
      const value = table.optionalNumber(row, column);
      if (value !== null && (value < 0 || value > 1))
        throw table.error(`must be a share in [0, 1], got ${value}`, row.line, column);
      return value;
    });
    if (values.every((value) => value === null)) {
      empty++;
      continue;
    }
    const [total, core, supplemental] = values;
    if (total == null || core == null || supplemental == null) {
      const missing = MEASURES[values.indexOf(null)];
      throw table.error(
        'must be a number when the row has other values, got an empty cell',
        row.line,
        missing,
      );
    }
    records.push({ code, value: total, core, supplemental, row: row.line });
  }
  return { records, descriptor: eisfeldtDescriptor(input, records.length, empty) };
}

function eisfeldtDescriptor(input: ParseInput, scored: number, empty: number): SourceDescriptor {
  return {
    id: EISFELDT_GENAI_EXPOSURE_ID,
    label: 'Generative-AI exposure (Eisfeldt, Schubert, Taska & Zhang 2023)',
    citation:
      'Eisfeldt, A. L., Schubert, G., Taska, B. & Zhang, M. B. (2023, revised). Generative AI and Firm Values. NBER Working Paper 31222. Occupation scores from github.com/gschubert/website, via github.com/rmmomin/jobs-ai-exposure.',
    vintage: '2023 (GPT-4 task classification; O*NET 2010-SOC)',
    licence: 'none stated; cite the authors',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2010',
    files: [sourceFileOf(input)],
    notes: `Share of the occupation’s tasks exposed to generative AI. ${scored} codes with values; ${empty} rows without any value left out.`,
  };
}
