import { AiResilienceError } from '@airesilience/core';
import { compensation } from './compensated-sum.js';
import { normaliseTaskStatement } from './normalise-task-statement.js';

/** How a signal reached a task (the `join` of a task's signal). */
export type TaskJoin = 'id' | 'text' | 'observed-zero' | 'crosswalk';

/** One task of a signal source, ready to index. */
export interface SourceTask {
  /** The source's Task ID, or null when the source has none. */
  taskId: number | null;
  /** The statement as published. */
  statement: string;
  /** The signal in [0, 1]. */
  value: number;
  /** The task's weight in its occupation (Althoff & Reichardt only), else null. */
  weight: number | null;
  /** The SOC 2018 detailed codes of the task's occupation, for the crosswalk fallback (may be empty). */
  soc2018: readonly string[];
}

/** A signal value found for a task, with how it was joined and the source task weight when there is one. */
export interface SignalMatch {
  /** The signal in [0, 1] (a mean when several source tasks matched). */
  value: number;
  /** How it was joined. */
  join: TaskJoin;
  /** The mean weight of the matched source tasks that carry one, else null. */
  weight: number | null;
}

/** Count and Neumaier-compensated sums of the values and weights of the source tasks under one key. */
class Accumulator {
  count = 0;
  valueSum = 0;
  valueCompensation = 0;
  weightCount = 0;
  weightSum = 0;
  weightCompensation = 0;

  add(task: SourceTask): void {
    this.count++;
    const total = this.valueSum + task.value;
    this.valueCompensation += compensation(this.valueSum, task.value, total);
    this.valueSum = total;
    if (task.weight !== null) {
      this.weightCount++;
      const weightTotal = this.weightSum + task.weight;
      this.weightCompensation += compensation(this.weightSum, task.weight, weightTotal);
      this.weightSum = weightTotal;
    }
  }

  match(join: TaskJoin): SignalMatch {
    return {
      value: (this.valueSum + this.valueCompensation) / this.count,
      join,
      weight: this.weightCount === 0 ? null : (this.weightSum + this.weightCompensation) / this.weightCount,
    };
  }
}

function accumulate<K>(map: Map<K, Accumulator>, key: K, task: SourceTask): void {
  let accumulator = map.get(key);
  if (accumulator === undefined) {
    accumulator = new Accumulator();
    map.set(key, accumulator);
  }
  accumulator.add(task);
}

/**
 * The join indexes of one signal source: by Task ID, by normalised statement (several source tasks sharing a
 * statement are averaged), by SOC 2018 occupation (for the crosswalk fallback), and the statements observed
 * at zero (the Economic Index's task list).
 */
export class TaskSignalIndex {
  readonly #byId = new Map<number, Accumulator>();
  readonly #byText = new Map<string, Accumulator>();
  readonly #bySoc = new Map<string, Accumulator>();
  readonly #observedZero: Set<string>;
  /** Whether the source is joined by Task ID (else by statement only). */
  readonly joinsById: boolean;

  /**
   * @param signal - the signal's id, for error messages.
   * @param tasks - the source's tasks.
   * @param options - `joinsById` (default true), `indexOccupations` (index by SOC 2018 for the crosswalk
   *   fallback, default false) and the statements observed at zero usage.
   * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for a value outside [0, 1] or a negative or
   *   non-finite weight.
   */
  constructor(
    signal: string,
    tasks: Iterable<SourceTask>,
    options: {
      joinsById?: boolean;
      indexOccupations?: boolean;
      observedZeroStatements?: Iterable<string>;
    } = {},
  ) {
    this.joinsById = options.joinsById ?? true;
    const indexOccupations = options.indexOccupations ?? false;
    for (const task of tasks) {
      if (!(task.value >= 0 && task.value <= 1)) {
        throw new AiResilienceError(
          'INVALID_ARGUMENT',
          `[ai-resilience-model] ${signal}: task ${task.taskId ?? JSON.stringify(task.statement)} has a signal outside [0, 1]: ${task.value}`,
        );
      }
      if (task.weight !== null && !(Number.isFinite(task.weight) && task.weight >= 0)) {
        throw new AiResilienceError(
          'INVALID_ARGUMENT',
          `[ai-resilience-model] ${signal}: task ${task.taskId} has a weight that is not a finite number ≥ 0: ${task.weight}`,
        );
      }
      if (this.joinsById && task.taskId !== null) accumulate(this.#byId, task.taskId, task);
      accumulate(this.#byText, normaliseTaskStatement(task.statement), task);
      if (indexOccupations) for (const soc of task.soc2018) accumulate(this.#bySoc, soc, task);
    }
    this.#observedZero = new Set();
    for (const statement of options.observedZeroStatements ?? [])
      this.#observedZero.add(normaliseTaskStatement(statement));
  }

  /**
   * Finds the signal of a task: by Task ID where the source has the ID (the ID wins even where the text was
   * revised), else by normalised statement, else observed-zero when the statement is in the source's task
   * list without a value.
   *
   * @param taskId - the task's ID.
   * @param normalisedStatement - the task's statement, normalised with {@link normaliseTaskStatement}.
   * @returns the match, or null when the source has nothing for the task.
   */
  find(taskId: number, normalisedStatement: string): SignalMatch | null {
    if (this.joinsById) {
      const byId = this.#byId.get(taskId);
      if (byId !== undefined) return byId.match('id');
    }
    const byText = this.#byText.get(normalisedStatement);
    if (byText !== undefined) return byText.match('text');
    if (this.#observedZero.has(normalisedStatement)) return { value: 0, join: 'observed-zero', weight: null };
    return null;
  }

  /**
   * The occupation-level fallback: the mean signal over the source's tasks of a SOC 2018 occupation.
   *
   * @param soc2018 - the SOC 2018 detailed code.
   * @returns the match (joined by `crosswalk`, without a weight), or null when the source has no task there.
   */
  findByOccupation(soc2018: string): SignalMatch | null {
    const accumulator = this.#bySoc.get(soc2018);
    return accumulator === undefined ? null : { ...accumulator.match('crosswalk'), weight: null };
  }
}
