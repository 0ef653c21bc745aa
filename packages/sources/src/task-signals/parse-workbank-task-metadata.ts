import type { SourceDescriptor, TaskType } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { WORKBANK_CITATION } from './parse-workbank-expert-ratings.js';
import {
  assertUniqueTaskId,
  readOnetSocCode,
  readStatement,
  readTaskId,
  readTaskType,
} from './task-fields.js';

/** The source id of WORKBank's task list with O*NET metadata. */
export const WORKBANK_TASK_METADATA_ID = 'workbank-task-metadata';

/** One task of WORKBank's task list, with its O*NET occupation. */
export interface WorkbankTask {
  /** The O*NET-SOC code of the task's occupation. */
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
 * Parses WORKBank's task list (`workbank/task_statement_with_metadata.csv`: `O*NET-SOC Code`,
 * `Occupation (O*NET-SOC Title)`, `Task ID`, `Task`, `Task Type`, …), one task per row. It gives the
 * occupation of each rated task (the ratings file names only the occupation's title).
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link WorkbankTask} per task, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a Task ID that is not
 *   a positive integer or occurs twice, an empty statement or an unknown Task Type.
 * @example
 * ```ts
 * const { records } = parseWorkbankTaskMetadata({ bytes, file: 'task_statement_with_metadata.csv' });
 * records[0]; // { onetSocCode: '11-2011.00', taskId: 3226, taskType: 'Core', … }
 * ```
 */
export function parseWorkbankTaskMetadata(input: ParseInput): ParsedSource<WorkbankTask> {
  const table = readDelimited(input.bytes, {
    source: WORKBANK_TASK_METADATA_ID,
    file: input.file,
    requiredColumns: ['O*NET-SOC Code', 'Task ID', 'Task'],
  });
  const seen = new Map<number, number>();
  const records = table.rows.map((row): WorkbankTask => {
    const taskId = readTaskId(table, row, 'Task ID');
    assertUniqueTaskId(table, seen, taskId, row, 'Task ID');
    return {
      onetSocCode: readOnetSocCode(table, row, 'O*NET-SOC Code'),
      title: table.text(row, 'Occupation (O*NET-SOC Title)').trim(),
      taskId,
      statement: readStatement(table, row, 'Task'),
      taskType: readTaskType(table, row, 'Task Type'),
      row: row.line,
    };
  });
  return { records, descriptor: workbankTaskMetadataDescriptor(input) };
}

function workbankTaskMetadataDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: WORKBANK_TASK_METADATA_ID,
    label: 'WORKBank task list',
    citation: WORKBANK_CITATION,
    vintage: 'v1 (June 2025)',
    licence: 'Unstated in the mirror; check the SALT-NLP/WORKBank dataset card before redistribution',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'Task statements with O*NET metadata for the tasks WORKBank rated.',
  };
}
