import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';

/** The source id of the ILO's refined generative-AI exposure index (Gmyrek et al. 2025). */
export const ILO_GENAI_EXPOSURE_ID = 'ilo-genai-exposure';

/** One ISCO-08 unit group of the ILO task scores, aggregated from its tasks. */
export interface IloUnitGroupScore {
  /** The ISCO-08 unit group (4 digits), e.g. `3252`. */
  code: string;
  /** The mean `score_2025` of the unit group's tasks, in [0, 1]; higher = more exposed. */
  value: number;
  /** The unit group's title as in the `Title` column. */
  title: string;
  /** How many task rows the mean is over. */
  taskCount: number;
  /** The mean of the tasks' `score_2023` (the 2023 index, ILO WP 96) where present, or null. */
  meanScore2023: number | null;
  /** The unit group's 2025 exposure class (`potential25`, e.g. `Exposed: Gradient 3`), or null when absent. */
  exposureClass: string | null;
  /** The 1-based sheet row of the unit group's first task. */
  row: number;
}

const ISCO_UNIT_GROUP = /^\d{4}$/;
const REQUIRED = ['ISCO_08', 'Title', 'taskID', 'score_2025'] as const;

/**
 * Parses the ILO's task-level scores (`ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx`, first sheet: one
 * row per ISCO-08 task) and aggregates them to unit groups: `value` is the unweighted mean of the tasks'
 * refined 2025 score (`score_2025`, 0–1, higher = more exposed to generative AI). The file's own
 * `mean_score_2025` is rounded to two decimals, so the mean is recomputed. Groups are in order of first
 * appearance.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link IloUnitGroupScore} per ISCO-08 unit group, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged workbook, a missing column, a code that is not a 4-digit
 *   ISCO-08 unit group, a task listed twice, a score that is not a number in [0, 1], or a unit group whose
 *   rows give two exposure classes.
 * @example
 * ```ts
 * const { records } = parseIloTaskScores({ bytes, file: 'Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx' });
 * const group = records.find((r) => r.code === '3252');
 * [group?.value, group?.taskCount]; // [0.51625, 6]
 * ```
 */
export function parseIloTaskScores(input: ParseInput): ParsedSource<IloUnitGroupScore> {
  const table = readXlsxTable(input.bytes, {
    source: ILO_GENAI_EXPOSURE_ID,
    file: input.file,
    requiredColumns: REQUIRED,
  });
  const hasClass = table.columnIndex('potential25') !== undefined;
  const hasScore2023 = table.columnIndex('score_2023') !== undefined;
  interface Accumulator {
    record: IloUnitGroupScore;
    sum: number;
    sum2023: number;
    count2023: number;
    tasks: Map<string, number>;
  }
  const groups = new Map<string, Accumulator>();
  for (const row of table.rows) {
    const code = table.text(row, 'ISCO_08').trim();
    if (!ISCO_UNIT_GROUP.test(code)) {
      throw table.error(
        `must be a 4-digit ISCO-08 unit group like 3252, got ${JSON.stringify(code)}`,
        row.line,
        'ISCO_08',
      );
    }
    const score = unitScore(table.number(row, 'score_2025'));
    if (score === null) throw table.error('must be a score in [0, 1]', row.line, 'score_2025');
    let group = groups.get(code);
    if (!group) {
      group = {
        record: {
          code,
          value: 0,
          title: table.text(row, 'Title').trim(),
          taskCount: 0,
          meanScore2023: null,
          exposureClass: hasClass ? table.text(row, 'potential25').trim() || null : null,
          row: row.line,
        },
        sum: 0,
        sum2023: 0,
        count2023: 0,
        tasks: new Map(),
      };
      groups.set(code, group);
    }
    const taskId = table.text(row, 'taskID').trim();
    if (taskId === '') throw table.error('must be a task id, got an empty cell', row.line, 'taskID');
    const firstRow = group.tasks.get(taskId);
    if (firstRow !== undefined)
      throw table.error(
        `duplicate task ${code}/${taskId} (first seen on row ${firstRow})`,
        row.line,
        'taskID',
      );
    group.tasks.set(taskId, row.line);
    if (hasClass) {
      const exposureClass = table.text(row, 'potential25').trim() || null;
      if (exposureClass !== group.record.exposureClass) {
        throw table.error(
          `unit group ${code} has two exposure classes: ${JSON.stringify(group.record.exposureClass)} (row ${group.record.row}) and ${JSON.stringify(exposureClass)}`,
          row.line,
          'potential25',
        );
      }
    }
    group.sum += score;
    group.record.taskCount++;
    if (hasScore2023) {
      const score2023 = table.optionalNumber(row, 'score_2023');
      if (score2023 !== null) {
        if (unitScore(score2023) === null)
          throw table.error(`must be a score in [0, 1], got ${score2023}`, row.line, 'score_2023');
        group.sum2023 += score2023;
        group.count2023++;
      }
    }
  }
  const records = [...groups.values()].map(({ record, sum, sum2023, count2023 }) => ({
    ...record,
    value: sum / record.taskCount,
    meanScore2023: count2023 === 0 ? null : sum2023 / count2023,
  }));
  return {
    records,
    descriptor: iloDescriptor(input, 'task scores aggregated to unit groups (mean score_2025)'),
  };
}

function unitScore(value: number): number | null {
  return value >= 0 && value <= 1 ? value : null;
}

/**
 * The descriptor shared by the ILO adapters.
 *
 * @param input - the parser's input.
 * @param what - what was read, for the label.
 * @returns the descriptor.
 */
export function iloDescriptor(input: ParseInput, what: string): SourceDescriptor {
  return {
    id: ILO_GENAI_EXPOSURE_ID,
    label: `ILO generative-AI exposure 2025 (${what})`,
    citation:
      'Gmyrek, P., Berg, J., et al. (2025). Generative AI and Jobs: A Refined Global Index of Occupational Exposure. ILO Working Paper 140. doi:10.54394/HETP0387. Data: github.com/pgmyrek/2025_GenAI_scores_ISCO08.',
    vintage: 'May 2025 (ISCO-08 task list; 2025 scores from GPT-4o and Gemini, expert-validated)',
    licence: 'none stated (no LICENSE file in the repository); cite the ILO working paper',
    direction: 'higher-is-more-exposed',
    codeSystem: 'isco-08',
    files: [sourceFileOf(input)],
    notes: 'ISCO-08 unit groups, not SOC: bring to SOC 2010 with crosswalk/isco08_to_soc2010_crosswalk.xlsx.',
  };
}
