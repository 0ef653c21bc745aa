import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { readStatement } from './task-fields.js';

/** The source id of the Anthropic Economic Index task usage shares. */
export const AEI_TASK_USAGE_ID = 'anthropic-economic-index-task-usage';

/** One O*NET task statement with its share of Claude conversations in the Anthropic Economic Index. */
export interface AeiTaskUsage {
  /** The task statement as published (the Index writes it in lower case). */
  statement: string;
  /** The task's share of the sampled conversations, in percent as published (`pct`; the shares sum to 100). */
  share: number;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses the Anthropic Economic Index task usage file (`anthropic/aei_2025_02_10/onet_task_mappings.csv`:
 * `task_name`, `pct`), one task statement per row. The Index joins tasks by statement only, so there is no
 * Task ID; tasks in the Index's own task list without a row here were observed at zero usage.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link AeiTaskUsage} per statement, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, an empty or repeated statement, or a share that is
 *   not a number in [0, 100].
 * @example
 * ```ts
 * const { records } = parseAeiTaskUsage({ bytes, file: 'onet_task_mappings.csv' });
 * records[0]; // { statement: 'act as advisers to student organizations.', share: 0.00677…, row: 2 }
 * ```
 */
export function parseAeiTaskUsage(input: ParseInput): ParsedSource<AeiTaskUsage> {
  const table = readDelimited(input.bytes, {
    source: AEI_TASK_USAGE_ID,
    file: input.file,
    requiredColumns: ['task_name', 'pct'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): AeiTaskUsage => {
    const statement = readStatement(table, row, 'task_name');
    const previous = seen.get(statement);
    if (previous !== undefined)
      throw table.error(`duplicate task (first seen on row ${previous})`, row.line, 'task_name');
    seen.set(statement, row.line);
    const share = table.number(row, 'pct');
    if (share < 0 || share > 100) throw table.error(`must be in [0, 100], got ${share}`, row.line, 'pct');
    return { statement, share, row: row.line };
  });
  return { records, descriptor: aeiTaskUsageDescriptor(input) };
}

function aeiTaskUsageDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: AEI_TASK_USAGE_ID,
    label: 'Anthropic Economic Index task usage',
    citation:
      'Handa, K., Tamkin, A., McCain, M., et al. (2025). Which Economic Tasks are Performed with AI? Evidence from Millions of Claude Conversations. arXiv:2503.04761. Data: Anthropic Economic Index, release 2025-02-10 (huggingface.co/datasets/Anthropic/EconomicIndex).',
    vintage: 'release 2025-02-10',
    licence: 'MIT (release_2025_02_10 card); Economic Index dataset card CC BY',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'Share of conversations per O*NET task statement, in percent; joined to tasks by statement text.',
  };
}
