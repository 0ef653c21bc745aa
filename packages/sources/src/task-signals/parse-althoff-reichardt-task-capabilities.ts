import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import {
  assertUniqueTaskId,
  readNumberBetween,
  readNumberOf,
  readOnetSocCode,
  readStatement,
  readTaskId,
} from './task-fields.js';

/** The source id of Althoff & Reichardt's task-level AI capability ratings. */
export const ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID = 'althoff-reichardt-task-capabilities';

/** One O*NET task rated by Althoff & Reichardt (GPT-4o, data release v1.2). */
export interface AlthoffReichardtTaskCapability {
  /** The O*NET-SOC 2010 code of the task's occupation, as published (`29-2071.00`). */
  onetSocCode: string;
  /** The occupation title, as published (empty when the file has none). */
  title: string;
  /** The O*NET Task ID. */
  taskId: number;
  /** The task statement, trimmed. */
  statement: string;
  /** The task's weight in its occupation (the model's theta; the weights of an occupation sum to 1). */
  taskWeight: number;
  /** 1 when generative AI can perform the task, else 0. */
  automatableGenai: 0 | 1;
  /** 1 when smart robots can perform the task, else 0; null when the file lacks the column. */
  automatableSmartRobots: 0 | 1 | null;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses Althoff & Reichardt's task capability ratings (`althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv`:
 * `soc_code_onet`, `task_id`, `task_description`, `task_weight`, `automatable_genai`, …), one O*NET task per
 * row on the O*NET-SOC 2010 taxonomy.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link AlthoffReichardtTaskCapability} per task, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a Task ID that is not
 *   a positive integer or occurs twice, an empty statement, a weight outside [0, 1], or an
 *   `automatable_genai` other than 0 or 1.
 * @example
 * ```ts
 * const { records } = parseAlthoffReichardtTaskCapabilities({ bytes, file: 'task_ai_capabilities_v1.2_gpt4o.csv' });
 * records[0]; // { onetSocCode: '11-1011.00', taskId: 8823, automatableGenai: 0, taskWeight: 0.038231578, … }
 * ```
 */
export function parseAlthoffReichardtTaskCapabilities(
  input: ParseInput,
): ParsedSource<AlthoffReichardtTaskCapability> {
  const table = readDelimited(input.bytes, {
    source: ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
    file: input.file,
    requiredColumns: ['soc_code_onet', 'task_id', 'task_description', 'task_weight', 'automatable_genai'],
  });
  const hasRobots = table.columnIndex('automatable_smart_robots') !== undefined;
  const seen = new Map<number, number>();
  const records = table.rows.map((row): AlthoffReichardtTaskCapability => {
    const taskId = readTaskId(table, row, 'task_id');
    assertUniqueTaskId(table, seen, taskId, row, 'task_id');
    return {
      onetSocCode: readOnetSocCode(table, row, 'soc_code_onet'),
      title: table.text(row, 'occ_title').trim(),
      taskId,
      statement: readStatement(table, row, 'task_description'),
      taskWeight: readNumberBetween(table, row, 'task_weight', 0, 1),
      automatableGenai: readNumberOf(table, row, 'automatable_genai', [0, 1]),
      automatableSmartRobots: hasRobots ? readNumberOf(table, row, 'automatable_smart_robots', [0, 1]) : null,
      row: row.line,
    };
  });
  return { records, descriptor: althoffReichardtTaskCapabilitiesDescriptor(input) };
}

function althoffReichardtTaskCapabilitiesDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
    label: 'Althoff & Reichardt task AI capabilities',
    citation:
      'Althoff, L. & Reichardt, H. (2026). Task-Specific Technical Change and Comparative Advantage. NBER Working Paper 35353. Data: github.com/lukasalthoff/ai_labor_markets, task_ai_capabilities.csv (release v1.2, GPT-4o ratings).',
    vintage: 'data release v1.2 (2026-02-19), GPT-4o ratings',
    licence: 'None declared in the repository; derived from O*NET (CC BY 4.0); cite the authors',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'Tasks on the O*NET-SOC 2010 taxonomy; automatable_genai is 0/1.',
  };
}
