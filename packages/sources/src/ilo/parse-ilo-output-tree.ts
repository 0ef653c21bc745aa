import {
  describeJsonValue,
  isJsonObject,
  type JsonDocument,
  jsonError,
  keyLines,
  readJsonDocument,
} from '../adaptive-capacity/read-json-document.js';
import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { ILO_GENAI_EXPOSURE_ID, iloDescriptor } from './parse-ilo-task-scores.js';

/** The ILO 2025 exposure classes of a unit group, from least to most exposed. */
export type IloExposureClass =
  | 'Not Exposed'
  | 'Minimal Exposure'
  | 'Exposed: Gradient 1'
  | 'Exposed: Gradient 2'
  | 'Exposed: Gradient 3'
  | 'Exposed: Gradient 4';

/** Every {@link IloExposureClass}, from least to most exposed (the index is {@link IloExposureClassRecord.exposureLevel}). */
export const ILO_EXPOSURE_CLASSES: readonly IloExposureClass[] = [
  'Not Exposed',
  'Minimal Exposure',
  'Exposed: Gradient 1',
  'Exposed: Gradient 2',
  'Exposed: Gradient 3',
  'Exposed: Gradient 4',
];

/** One ISCO-08 unit group of the ILO's output tree. */
export interface IloExposureClassRecord {
  /** The ISCO-08 unit group (4 digits), e.g. `3252`. */
  code: string;
  /** The mean of the task scores printed in the tasks' names (`( 0.6075 ) - …`), in [0, 1]. */
  value: number;
  /** The unit group's title as in the tree, e.g. `Medical records and health information technicians`. */
  title: string;
  /** The unit group's 2025 exposure class (`risk`). */
  exposureClass: IloExposureClass;
  /** The class's position in {@link ILO_EXPOSURE_CLASSES}: 0 = Not Exposed … 5 = Exposed: Gradient 4. */
  exposureLevel: number;
  /** How many tasks the unit group lists. */
  taskCount: number;
  /** The 1-based line of the unit group's name in the file (the JSON is pretty-printed). */
  row: number;
}

const UNIT_GROUP_NAME = /^(\d{4}) - (.+)$/s;
const TASK_NAME = /^\(\s*([^)\s]+)\s*\)\s*-\s/;
const MAX_TREE_DEPTH = 64;
const UNIT_GROUP_LINE = /"name"\s*:\s*"(\d{4}) - /g;

/**
 * Parses the ILO's output tree (`ilo/output_data.json`): a nested tree ISCO-08 major group → sub-major →
 * minor → unit group → task. Each unit-group node (`"name": "3252 - …"`) carries its 2025 exposure class in
 * `risk` (Not Exposed, Minimal Exposure, Exposed: Gradient 1–4); each task child is named
 * `( score_2025 ) - task text`. Unit groups are returned in tree order.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link IloExposureClassRecord} per unit group, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for invalid UTF-8 or JSON, a node that is not an object with a `name`,
 *   `children` that is not an array, an unknown exposure class, a task name without a score in [0, 1], a
 *   unit group without tasks or listed twice; the error names the line and the JSON path (as the column).
 * @example
 * ```ts
 * const { records } = parseIloOutputTree({ bytes, file: 'output_data.json' });
 * records.find((r) => r.code === '3252')?.exposureClass; // 'Exposed: Gradient 3'
 * ```
 */
export function parseIloOutputTree(input: ParseInput): ParsedSource<IloExposureClassRecord> {
  const document = readJsonDocument(input.bytes, { source: ILO_GENAI_EXPOSURE_ID, file: input.file });
  const lines = keyLines(document.text, UNIT_GROUP_LINE);
  const records: IloExposureClassRecord[] = [];
  const seen = new Map<string, string>();
  const visit = (node: unknown, path: string, depth: number): void => {
    // The real tree is 5 levels deep; a much deeper one is damaged and would overflow the stack.
    if (depth > MAX_TREE_DEPTH)
      throw jsonError(document, path, `nests more than ${MAX_TREE_DEPTH} levels deep before any unit group`);
    if (!isJsonObject(node))
      throw jsonError(document, path, `must be an object, got ${describeJsonValue(node)}`);
    const name = node.name;
    if (typeof name !== 'string')
      throw jsonError(document, `${path}.name`, `must be a string, got ${describeJsonValue(name)}`);
    const unitGroup = UNIT_GROUP_NAME.exec(name);
    if (unitGroup) {
      const code = unitGroup[1]!;
      const previous = seen.get(code);
      if (previous !== undefined)
        throw jsonError(
          document,
          path,
          `unit group ${code} is listed twice (first at ${previous})`,
          lines.get(code),
        );
      seen.set(code, path);
      records.push(readUnitGroup(document, node, path, code, unitGroup[2]!.trim(), lines.get(code) ?? 1));
      return;
    }
    const children = node.children ?? [];
    if (!Array.isArray(children))
      throw jsonError(document, `${path}.children`, `must be an array, got ${describeJsonValue(children)}`);
    // Below the root, a node is a unit group or a group of them: a childless one is a misnamed unit group
    // (e.g. a SOC code) or a task outside any unit group, whose scores would otherwise be dropped unseen.
    if (depth > 0 && children.length === 0) {
      throw jsonError(
        document,
        `${path}.name`,
        `must name an ISCO-08 unit group ("1234 - title") or be a group with children, got ${describeJsonValue(name)}`,
      );
    }
    children.forEach((child, index) => {
      visit(child, `${path}.children[${index}]`, depth + 1);
    });
  };
  visit(document.value, '$', 0);
  if (records.length === 0)
    throw jsonError(document, '$', 'has no ISCO-08 unit group ("name": "1234 - …")', 1);
  return { records, descriptor: iloDescriptor(input, 'unit-group exposure classes') };
}

function readUnitGroup(
  document: JsonDocument,
  node: Record<string, unknown>,
  path: string,
  code: string,
  title: string,
  line: number,
): IloExposureClassRecord {
  const risk = node.risk;
  const exposureLevel = ILO_EXPOSURE_CLASSES.indexOf(risk as IloExposureClass);
  if (exposureLevel < 0) {
    throw jsonError(
      document,
      `${path}.risk`,
      `unit group ${code} must have an exposure class (${ILO_EXPOSURE_CLASSES.join(', ')}), got ${describeJsonValue(risk)}`,
      line,
    );
  }
  const tasks = node.children;
  if (!Array.isArray(tasks) || tasks.length === 0)
    throw jsonError(document, `${path}.children`, `unit group ${code} must list its tasks`, line);
  let sum = 0;
  tasks.forEach((task, index) => {
    const taskPath = `${path}.children[${index}].name`;
    const taskName = isJsonObject(task) ? task.name : undefined;
    const scoreText = typeof taskName === 'string' ? TASK_NAME.exec(taskName)?.[1] : undefined;
    const score = scoreText === undefined ? Number.NaN : Number(scoreText);
    if (!(score >= 0 && score <= 1)) {
      throw jsonError(
        document,
        taskPath,
        `a task of unit group ${code} must be named "( score ) - text" with a score in [0, 1], got ${describeJsonValue(taskName)}`,
        line,
      );
    }
    sum += score;
  });
  return {
    code,
    value: sum / tasks.length,
    title,
    exposureClass: risk as IloExposureClass,
    exposureLevel,
    taskCount: tasks.length,
    row: line,
  };
}
