import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import type { Table, TableRow } from '../tabular/table.js';
import { readNumberOf, readStatement, readTaskId } from './task-fields.js';

/** The source id of WORKBank's expert ratings of AI capability per task. */
export const WORKBANK_EXPERT_RATINGS_ID = 'workbank-expert-ratings';

/** A rating on WORKBank's five-point scales. */
export type WorkbankRating = 1 | 2 | 3 | 4 | 5;

/** One expert's rating of one O*NET task in WORKBank (several experts rate most tasks). */
export interface WorkbankExpertRating {
  /** The O*NET Task ID. */
  taskId: number;
  /** The occupation title as published (`Occupation (O*NET-SOC Title)`). */
  occupationTitle: string;
  /** The task statement, trimmed. */
  statement: string;
  /** The anonymised expert (`User ID`). */
  expert: string;
  /** `Automation Capacity Rating`, 1 (AI cannot) to 5 (AI can fully automate): the model's signal. */
  automationCapacity: WorkbankRating;
  /** `Human Agency Scale Rating`, 1–5; null when the file lacks the column. */
  humanAgency: WorkbankRating | null;
  /** The 1-based row it came from. */
  row: number;
}

const RATINGS: readonly WorkbankRating[] = [1, 2, 3, 4, 5];

function readOptionalRating(table: Table, row: TableRow, column: string): WorkbankRating | null {
  return table.columnIndex(column) === undefined ? null : readNumberOf(table, row, column, RATINGS);
}

/**
 * Parses WORKBank's expert ratings (`workbank/expert_rated_technological_capability.csv`: `Task ID`,
 * `Occupation (O*NET-SOC Title)`, `Task`, `User ID`, `Date`, `Automation Capacity Rating`, …), one rating of one
 * task by one expert per row.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link WorkbankExpertRating} per row, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a Task ID that is not a positive integer, an empty
 *   statement, or a rating that is not an integer from 1 to 5.
 * @example
 * ```ts
 * const { records } = parseWorkbankExpertRatings({ bytes, file: 'expert_rated_technological_capability.csv' });
 * records[0]; // { taskId: 3226, automationCapacity: 4, expert: 'RedTiger', … }
 * ```
 */
export function parseWorkbankExpertRatings(input: ParseInput): ParsedSource<WorkbankExpertRating> {
  const table = readDelimited(input.bytes, {
    source: WORKBANK_EXPERT_RATINGS_ID,
    file: input.file,
    requiredColumns: ['Task ID', 'Task', 'Automation Capacity Rating'],
  });
  const records = table.rows.map(
    (row): WorkbankExpertRating => ({
      taskId: readTaskId(table, row, 'Task ID'),
      occupationTitle: table.text(row, 'Occupation (O*NET-SOC Title)').trim(),
      statement: readStatement(table, row, 'Task'),
      expert: table.text(row, 'User ID').trim(),
      automationCapacity: readNumberOf(table, row, 'Automation Capacity Rating', RATINGS),
      humanAgency: readOptionalRating(table, row, 'Human Agency Scale Rating'),
      row: row.line,
    }),
  );
  return { records, descriptor: workbankExpertRatingsDescriptor(input) };
}

/** The WORKBank citation shared by its two files. */
export const WORKBANK_CITATION =
  'Shao, Y., Zope, H., Jiang, Y., Pei, J., Nguyen, D., Brynjolfsson, E. & Yang, D. (2025). Future of Work with AI Agents: Auditing Automation and Augmentation Potential across the U.S. Workforce. arXiv:2506.06576. Data: huggingface.co/datasets/SALT-NLP/WORKBank.';

function workbankExpertRatingsDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: WORKBANK_EXPERT_RATINGS_ID,
    label: 'WORKBank expert-rated AI capability',
    citation: WORKBANK_CITATION,
    vintage: 'v1 (June 2025)',
    licence: 'Unstated in the mirror; check the SALT-NLP/WORKBank dataset card before redistribution',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'Automation Capacity Rating 1–5 per expert and task.',
  };
}
