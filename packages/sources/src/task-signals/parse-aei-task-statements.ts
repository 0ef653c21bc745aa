import type { SourceDescriptor, TaskType } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { readOnetSocCode, readStatement, readTaskId, readTaskType } from './task-fields.js';

/** The source id of the Anthropic Economic Index's own O*NET task list. */
export const AEI_TASK_STATEMENTS_ID = 'anthropic-economic-index-task-statements';

/** One task of the O*NET task list the Anthropic Economic Index classified conversations into. */
export interface AeiTaskStatement {
  /** The O*NET-SOC code of the task's occupation, as published. */
  onetSocCode: string;
  /** The occupation title. */
  title: string;
  /** The O*NET Task ID. */
  taskId: number;
  /** The task statement, trimmed. */
  statement: string;
  /** The O*NET Task Type, null when empty. */
  taskType: TaskType;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses the Anthropic Economic Index's task list (`anthropic/aei_2025_02_10/onet_task_statements.csv`, in
 * O*NET's Task Statements layout: `O*NET-SOC Code`, `Title`, `Task ID`, `Task`, `Task Type`, …). A task in
 * this list with no usage row was observed at zero usage; a task outside it was not observed at all.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link AeiTaskStatement} per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a Task ID that is
 *   not a positive integer, an empty statement or an unknown Task Type.
 * @example
 * ```ts
 * const { records } = parseAeiTaskStatements({ bytes, file: 'onet_task_statements.csv' });
 * records[0]; // { onetSocCode: '11-1011.00', taskId: 8823, taskType: 'Core', … }
 * ```
 */
export function parseAeiTaskStatements(input: ParseInput): ParsedSource<AeiTaskStatement> {
  const table = readDelimited(input.bytes, {
    source: AEI_TASK_STATEMENTS_ID,
    file: input.file,
    requiredColumns: ['O*NET-SOC Code', 'Task ID', 'Task'],
  });
  const records = table.rows.map(
    (row): AeiTaskStatement => ({
      onetSocCode: readOnetSocCode(table, row, 'O*NET-SOC Code'),
      title: table.text(row, 'Title').trim(),
      taskId: readTaskId(table, row, 'Task ID'),
      statement: readStatement(table, row, 'Task'),
      taskType: readTaskType(table, row, 'Task Type'),
      row: row.line,
    }),
  );
  return { records, descriptor: aeiTaskStatementsDescriptor(input) };
}

function aeiTaskStatementsDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: AEI_TASK_STATEMENTS_ID,
    label: 'Anthropic Economic Index task list',
    citation:
      'Handa, K., Tamkin, A., McCain, M., et al. (2025). Which Economic Tasks are Performed with AI? arXiv:2503.04761. Data: Anthropic Economic Index, release 2025-02-10, onet_task_statements.csv (O*NET task statements, CC BY 4.0).',
    vintage: 'release 2025-02-10',
    licence: 'MIT (release_2025_02_10 card); O*NET task statements CC BY 4.0',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'The task universe of the Index: a task listed here without usage was observed at zero.',
  };
}
