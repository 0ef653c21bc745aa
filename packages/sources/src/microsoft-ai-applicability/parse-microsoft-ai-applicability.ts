import { assertUniqueKey } from '../shared/duplicate-check.js';
import type { OccupationValue, ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { MICROSOFT_AI_APPLICABILITY_ID, microsoftDescriptor } from './microsoft-descriptor.js';
import { readMicrosoftSocCode, readUnitInterval } from './read-microsoft-soc-code.js';

/**
 * Parses Microsoft's AI applicability scores (`microsoft/soc_ai_applicability_scores.csv`: `SOC Code`,
 * `title`, `ai_applicability_score`), one SOC 2018 code per row (785 in the 2025 release) with a score
 * in [0, 1], the mean of the user-goal and AI-action applicability of the occupation's work activities
 * (Tomlinson et al. 2025, eq. 1). Higher = more applicable, i.e. more exposed.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link OccupationValue} per code, with its title, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not `XX-XXXX`, a duplicated code,
 *   or a score that is not a number in [0, 1].
 * @example
 * ```ts
 * const { records } = parseMicrosoftAiApplicability({ bytes, file: 'soc_ai_applicability_scores.csv' });
 * records.find((r) => r.code === '29-2072')?.value; // 0.27060368865203227
 * ```
 */
export function parseMicrosoftAiApplicability(input: ParseInput): ParsedSource<OccupationValue> {
  const table = readDelimited(input.bytes, {
    source: MICROSOFT_AI_APPLICABILITY_ID,
    file: input.file,
    requiredColumns: ['SOC Code', 'title', 'ai_applicability_score'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OccupationValue => {
    const code = readMicrosoftSocCode(table, row);
    assertUniqueKey(table, seen, code, row, 'SOC Code');
    const value = readUnitInterval(table, row, 'ai_applicability_score');
    const title = table.text(row, 'title').trim();
    return title === '' ? { code, value, row: row.line } : { code, value, title, row: row.line };
  });
  return {
    records,
    descriptor: microsoftDescriptor(
      'Microsoft AI applicability',
      input,
      'Published for SOC 2018 detailed codes and some BLS matrix aggregates; 74 SOC codes without O*NET task data are absent.',
    ),
  };
}
