import type { SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import {
  type OccupationValue,
  type ParsedSource,
  type ParseInput,
  sourceFileOf,
} from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';

/** The source id of Webb's (2020) AI-patent exposure. */
export const WEBB_AI_EXPOSURE_ID = 'webb-ai-exposure';

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;

/**
 * Parses Webb's AI exposure by occupation (`webb/exposure_by_soc4.xlsx`, sheet `exposure_by_soc4`: `index`
 * = O*NET title, `occ_code` = O*NET-SOC 2010 code, `ai_score` = overlap of AI patents with the occupation's
 * tasks, raw, ≥ 0; higher = more exposed).
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link OccupationValue} (with title) per O*NET-SOC 2010 code, in sheet order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged workbook, a missing sheet or column, a code that is not
 *   O*NET-SOC, a duplicated code, or a score that is not a number ≥ 0.
 * @example
 * ```ts
 * const { records } = parseWebb({ bytes, file: 'exposure_by_soc4.xlsx' });
 * records.find((r) => r.code === '29-2071.00')?.value; // 0.3143968
 * ```
 */
export function parseWebb(input: ParseInput): ParsedSource<OccupationValue> {
  const table = readXlsxTable(input.bytes, {
    source: WEBB_AI_EXPOSURE_ID,
    file: input.file,
    sheet: 'exposure_by_soc4',
    requiredColumns: ['index', 'occ_code', 'ai_score'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OccupationValue => {
    const code = table.text(row, 'occ_code').trim();
    if (!ONET_SOC.test(code)) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(code)}`,
        row.line,
        'occ_code',
      );
    }
    assertUniqueKey(table, seen, code, row, 'occ_code');
    const value = table.number(row, 'ai_score');
    if (value < 0) throw table.error(`must be a score ≥ 0, got ${value}`, row.line, 'ai_score');
    return { code, value, title: table.text(row, 'index').trim(), row: row.line };
  });
  return { records, descriptor: webbDescriptor(input) };
}

function webbDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: WEBB_AI_EXPOSURE_ID,
    label: 'Webb (2020) AI-patent exposure',
    citation:
      'Webb, M. (2020). The Impact of Artificial Intelligence on the Labor Market. Working paper, Stanford University (SSRN 3482150). Scores as redistributed by Tolan et al. (2021), Measuring the occupational impact of AI, JAIR 71 (github.com/nandomp/AIlabour).',
    vintage: '2020 working paper (AI patents × O*NET 2010-taxonomy tasks)',
    licence: 'none stated (no top-level LICENSE in the redistributing repository); cite Webb (2020)',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-soc-2010',
    files: [sourceFileOf(input)],
    notes: 'Raw overlap score (0 to about 2); reached through a third-party replication repository.',
  };
}
