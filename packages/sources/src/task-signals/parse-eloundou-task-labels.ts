import type { SourceDescriptor, TaskType } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import type { Table, TableRow } from '../tabular/table.js';
import {
  assertUniqueTaskId,
  readNumberOf,
  readOnetSocCode,
  readStatement,
  readTaskId,
  readTaskType,
} from './task-fields.js';

/** The source id of Eloundou et al.'s task-level exposure labels. */
export const ELOUNDOU_TASK_LABELS_ID = 'eloundou-task-labels';

/** An exposure rubric label: E0 no exposure, E1 direct exposure to an LLM, E2 exposure with LLM-powered tools. */
export type ExposureLabel = 'E0' | 'E1' | 'E2';

/** One O*NET 27.2 task labelled by Eloundou et al. (GPTs are GPTs). */
export interface EloundouTaskLabel {
  /** The O*NET-SOC 2019 code of the task's occupation (`29-2072.00`). */
  onetSocCode: string;
  /** The occupation title, as published (empty when the file has none). */
  title: string;
  /** The O*NET 27.2 Task ID. */
  taskId: number;
  /** The task statement, trimmed. */
  statement: string;
  /** The O*NET Task Type, null when empty. */
  taskType: TaskType;
  /** GPT-4's exposure label (`gpt4_exposure`); null when the file lacks the column. */
  gpt4Exposure: ExposureLabel | null;
  /** The aggregated human annotators' exposure label (`human_exposure_agg`); null when absent. */
  humanExposure: ExposureLabel | null;
  /** GPT-4 `alpha` (E1 only) in {0, 1}; null when absent. */
  alpha: 0 | 1 | null;
  /** GPT-4 `beta` (E1 + ½·E2) in {0, 0.5, 1}: the signal the AI Resilience Model uses. */
  beta: 0 | 0.5 | 1;
  /** GPT-4 `gamma` (E1 + E2) in {0, 1}; null when absent. */
  gamma: 0 | 1 | null;
  /** GPT-4's automation rating T0–T4 as a number in {0, 0.25, 0.5, 0.75, 1}; null when absent. */
  automation: 0 | 0.25 | 0.5 | 0.75 | 1 | null;
  /** The 1-based row it came from. */
  row: number;
}

const EXPOSURE_LABELS: readonly ExposureLabel[] = ['E0', 'E1', 'E2'];

function readExposureLabel(table: Table, row: TableRow, column: string): ExposureLabel | null {
  if (table.columnIndex(column) === undefined) return null;
  const cell = table.text(row, column).trim();
  if (!(EXPOSURE_LABELS as readonly string[]).includes(cell))
    throw table.error(`must be E0, E1 or E2, got ${JSON.stringify(cell)}`, row.line, column);
  return cell as ExposureLabel;
}

function readOptionalOf<const T extends number>(
  table: Table,
  row: TableRow,
  column: string,
  allowed: readonly T[],
): T | null {
  return table.columnIndex(column) === undefined ? null : readNumberOf(table, row, column, allowed);
}

/**
 * Parses Eloundou et al.'s task labels (`eloundou/full_labelset.tsv`, tab-separated, a leading unnamed index
 * column, then `O*NET-SOC Code`, `Task ID` (written as `8823.0`), `Task`, `Task Type`, `Title`, the exposure
 * labels and the GPT-4 scores `alpha`, `beta`, `gamma`, `automation`), one O*NET 27.2 task per row.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link EloundouTaskLabel} per task, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a Task ID that is not
 *   a positive integer or occurs twice, an empty statement, a Task Type other than Core/Supplemental/empty,
 *   a `beta` outside {0, 0.5, 1}, or an unknown label.
 * @example
 * ```ts
 * const { records } = parseEloundouTaskLabels({ bytes, file: 'full_labelset.tsv' });
 * records[0]; // { onetSocCode: '11-1011.00', taskId: 8823, beta: 0.5, gpt4Exposure: 'E2', … }
 * ```
 */
export function parseEloundouTaskLabels(input: ParseInput): ParsedSource<EloundouTaskLabel> {
  const table = readDelimited(input.bytes, {
    source: ELOUNDOU_TASK_LABELS_ID,
    file: input.file,
    delimiter: '\t',
    requiredColumns: ['O*NET-SOC Code', 'Task ID', 'Task', 'beta'],
  });
  const seen = new Map<number, number>();
  const records = table.rows.map((row): EloundouTaskLabel => {
    const taskId = readTaskId(table, row, 'Task ID');
    assertUniqueTaskId(table, seen, taskId, row, 'Task ID');
    return {
      onetSocCode: readOnetSocCode(table, row, 'O*NET-SOC Code'),
      title: table.text(row, 'Title').trim(),
      taskId,
      statement: readStatement(table, row, 'Task'),
      taskType: readTaskType(table, row, 'Task Type'),
      gpt4Exposure: readExposureLabel(table, row, 'gpt4_exposure'),
      humanExposure: readExposureLabel(table, row, 'human_exposure_agg'),
      alpha: readOptionalOf(table, row, 'alpha', [0, 1]),
      beta: readNumberOf(table, row, 'beta', [0, 0.5, 1]),
      gamma: readOptionalOf(table, row, 'gamma', [0, 1]),
      automation: readOptionalOf(table, row, 'automation', [0, 0.25, 0.5, 0.75, 1]),
      row: row.line,
    };
  });
  return { records, descriptor: eloundouTaskLabelsDescriptor(input) };
}

function eloundouTaskLabelsDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: ELOUNDOU_TASK_LABELS_ID,
    label: 'Eloundou et al. task exposure labels',
    citation:
      'Eloundou, T., Manning, S., Mishkin, P. & Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702), 1306–1308; arXiv:2303.10130. Data: github.com/openai/GPTs-are-GPTs, full_labelset.tsv.',
    vintage: 'O*NET 27.2 tasks, labels 2023',
    licence: 'MIT (openai/GPTs-are-GPTs, Copyright 2024 OpenAI); task statements from O*NET (CC BY 4.0)',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-task',
    files: [sourceFileOf(input)],
    notes: 'beta = E1 + 0.5·E2 from GPT-4 labels.',
  };
}
