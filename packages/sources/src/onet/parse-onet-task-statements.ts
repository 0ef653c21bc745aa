import type { TaskType } from '@airesilience/core';
import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { onetDescriptor } from './onet-descriptor.js';
import {
  type OnetParseOptions,
  readInteger,
  readOnetDate,
  readOnetSocCode,
  readOnetTable,
  readRequiredText,
} from './read-onet-table.js';

/** One task statement of an O*NET-SOC occupation. */
export interface OnetTaskStatement {
  /** The O*NET-SOC 2019 code of the occupation, e.g. `29-2072.00`. */
  onetSocCode: string;
  /** The occupation's O*NET title. */
  title: string;
  /** The O*NET Task ID, unique across the file (and stable across releases for an unchanged task). */
  taskId: number;
  /** The task statement, as published (trimmed). */
  statement: string;
  /** `Core`, `Supplemental`, or null where O*NET gives no Task Type (e.g. analyst-sourced tasks). */
  taskType: TaskType;
  /** How many incumbents rated the task; null when there was no survey. */
  incumbentsResponding: number | null;
  /** The month the task was last updated, `MM/YYYY` as published. */
  date: string;
  /** Where the task came from (`Incumbent`, `Occupational Expert`, `Analyst`, `Analyst - Transition`). */
  domainSource: string;
  /** The 1-based row it came from. */
  row: number;
}

const TASK_TYPES = new Map<string, TaskType>([
  ['Core', 'Core'],
  ['Supplemental', 'Supplemental'],
  ['', null],
]);

/**
 * Parses O*NET's Task Statements file (`task_statements.csv`, `Task Statements.xlsx`): columns
 * `O*NET-SOC Code`, `Title`, `Task ID`, `Task`, `Task Type`, `Incumbents Responding`, `Date`,
 * `Domain Source`, one task per row. An empty `Task Type` becomes `null` (unrated), an empty
 * `Incumbents Responding` becomes `null`.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the format (default from the extension) and the release (default from the path).
 * @returns one {@link OnetTaskStatement} per task, in file order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a bad code, a Task ID that is not a positive
 *   integer or occurs twice, an empty statement, a Task Type other than Core/Supplemental/empty, or a
 *   date that is not `MM/YYYY`.
 * @example
 * ```ts
 * const { records } = parseOnetTaskStatements({ bytes, file: 'onet/30.3/task_statements.csv' });
 * records.filter((t) => t.onetSocCode === '29-2072.00').length; // 17, all with taskType null
 * ```
 */
export function parseOnetTaskStatements(
  input: ParseInput,
  options: OnetParseOptions = {},
): ParsedSource<OnetTaskStatement> {
  const table = readOnetTable(input, options, [
    'O*NET-SOC Code',
    'Title',
    'Task ID',
    'Task',
    'Task Type',
    'Incumbents Responding',
    'Date',
    'Domain Source',
  ]);
  const seen = new Map<number, number>();
  const records = table.rows.map((row): OnetTaskStatement => {
    const onetSocCode = readOnetSocCode(table, row);
    const taskId = readInteger(table, row, 'Task ID', 1, Number.MAX_SAFE_INTEGER);
    const previous = seen.get(taskId);
    if (previous !== undefined)
      throw table.error(`duplicate Task ID ${taskId} (first seen on row ${previous})`, row.line, 'Task ID');
    seen.set(taskId, row.line);
    const typeText = table.text(row, 'Task Type').trim();
    const taskType = TASK_TYPES.get(typeText);
    if (taskType === undefined) {
      throw table.error(
        `must be Core, Supplemental or empty, got ${JSON.stringify(typeText)}`,
        row.line,
        'Task Type',
      );
    }
    const incumbentsResponding = table.optionalNumber(row, 'Incumbents Responding');
    if (
      incumbentsResponding !== null &&
      (!Number.isInteger(incumbentsResponding) || incumbentsResponding < 0)
    ) {
      throw table.error(
        `must be a whole number of respondents, got ${incumbentsResponding}`,
        row.line,
        'Incumbents Responding',
      );
    }
    return {
      onetSocCode,
      title: readRequiredText(table, row, 'Title'),
      taskId,
      statement: readRequiredText(table, row, 'Task'),
      taskType,
      incumbentsResponding,
      date: readOnetDate(table, row),
      domainSource: readRequiredText(table, row, 'Domain Source'),
      row: row.line,
    };
  });
  return { records, descriptor: onetDescriptor('task statements', [input], options) };
}
