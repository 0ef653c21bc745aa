import type { SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';

/** The source id of Suitability for Machine Learning (Brynjolfsson, Mitchell & Rock 2018). */
export const SML_ID = 'sml';

/** One O*NET-SOC occupation of `sml/SML_score.csv`. */
export interface SmlRecord {
  /** The O*NET-SOC 2010 code, e.g. `29-2071.00`. */
  code: string;
  /** The mean suitability for machine learning of the occupation's tasks (`mSML`, 1–5); higher = more exposed. */
  value: number;
  /** The occupation title as published. */
  title: string;
  /** The variance of the tasks' SML (`vmSML`). */
  variance: number;
  /** The standard deviation of the tasks' SML (`sdmSML`): the within-occupation dispersion. */
  standardDeviation: number;
  /** The 1-based row it came from (the header is row 1). */
  row: number;
}

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * Parses the Suitability for Machine Learning scores (`sml/SML_score.csv`: `occ_code` O*NET-SOC 2010,
 * `Title`, `mSML` mean task SML on the 1–5 scale, `vmSML` variance, `sdmSML` standard deviation); higher
 * `mSML` = more suitable for machine learning (more exposed).
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link SmlRecord} per code, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a duplicated code,
 *   an `mSML` outside [1, 5], or a negative variance or standard deviation.
 * @example
 * ```ts
 * const { records } = parseSml({ bytes, file: 'SML_score.csv' });
 * records.find((r) => r.code === '29-2071.00')?.value; // 3.392859959
 * ```
 */
export function parseSml(input: ParseInput): ParsedSource<SmlRecord> {
  const table = readDelimited(input.bytes, {
    source: SML_ID,
    file: input.file,
    requiredColumns: ['occ_code', 'Title', 'mSML', 'vmSML', 'sdmSML'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): SmlRecord => {
    const code = table.text(row, 'occ_code').trim();
    if (!ONET_SOC.test(code)) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(code)}`,
        row.line,
        'occ_code',
      );
    }
    assertUniqueKey(table, seen, code, row, 'occ_code');
    const value = table.number(row, 'mSML');
    if (value < 1 || value > 5) throw table.error(`must be on the 1–5 scale, got ${value}`, row.line, 'mSML');
    const variance = table.number(row, 'vmSML');
    if (variance < 0) throw table.error(`must be ≥ 0, got ${variance}`, row.line, 'vmSML');
    const standardDeviation = table.number(row, 'sdmSML');
    if (standardDeviation < 0) throw table.error(`must be ≥ 0, got ${standardDeviation}`, row.line, 'sdmSML');
    return {
      code,
      value,
      title: table.text(row, 'Title').trim(),
      variance,
      standardDeviation,
      row: row.line,
    };
  });
  return { records, descriptor: smlDescriptor(input) };
}

function smlDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: SML_ID,
    label: 'Suitability for Machine Learning (Brynjolfsson, Mitchell & Rock 2018)',
    citation:
      'Brynjolfsson, E., Mitchell, T. & Rock, D. (2018). What Can Machines Learn, and What Does It Mean for Occupations and the Economy? AEA Papers and Proceedings 108:43–47. Scores as redistributed by Tolan et al. (2021) (github.com/nandomp/AIlabour).',
    vintage: '2018 (O*NET detailed work activities, 2010 taxonomy)',
    licence: 'none stated (no top-level LICENSE in the redistributing repository); cite the authors',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-soc-2010',
    files: [sourceFileOf(input)],
    notes: 'Mean suitability for machine learning of the occupation’s tasks, 1–5 scale.',
  };
}
