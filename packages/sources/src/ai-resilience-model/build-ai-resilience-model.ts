import { AiResilienceError, type SourceDescriptor, type TaskType } from '@airesilience/core';
import type { AiResilienceModelInputs, ModelTask } from './ai-resilience-model-inputs.js';
import {
  type AiResilienceModelOptions,
  type ResolvedAiResilienceModelOptions,
  resolveAiResilienceModelOptions,
  TASK_SIGNAL_IDS,
  type TaskSignalId,
} from './ai-resilience-model-options.js';
import type {
  AiResilienceModel,
  ModelCoverage,
  ModelOccupationResult,
  ModelTaskResult,
  TaskSignalValue,
} from './ai-resilience-model-result.js';
import { CompensatedSum, compensatedSum } from './compensated-sum.js';
import { linearQuantile } from './linear-quantile.js';
import { normaliseTaskStatement } from './normalise-task-statement.js';
import { type SourceTask, TaskSignalIndex } from './task-signal-index.js';

/** The source id of the open AI Resilience Model. */
export const AI_RESILIENCE_MODEL_ID = 'ai-resilience-model';

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;

function invalid(message: string): AiResilienceError {
  return new AiResilienceError('INVALID_ARGUMENT', `[ai-resilience-model] ${message}`);
}

function availableSignals(inputs: AiResilienceModelInputs): TaskSignalId[] {
  const present: Record<TaskSignalId, boolean> = {
    'althoff-reichardt': inputs.althoffReichardt !== undefined,
    eloundou: inputs.eloundou !== undefined,
    workbank: inputs.workbankRatings !== undefined,
    'anthropic-economic-index': inputs.aeiUsage !== undefined,
  };
  return TASK_SIGNAL_IDS.filter((signal) => present[signal]);
}

function checkTasks(tasks: readonly ModelTask[]): void {
  const seen = new Set<string>();
  tasks.forEach((task, position) => {
    if (!ONET_SOC.test(task.onetSocCode))
      throw invalid(
        `inputs.tasks[${position}].onetSocCode must be an O*NET-SOC code, got ${JSON.stringify(task.onetSocCode)}`,
      );
    if (!(Number.isSafeInteger(task.taskId) && task.taskId > 0))
      throw invalid(`inputs.tasks[${position}].taskId must be a positive integer, got ${task.taskId}`);
    const key = `${task.onetSocCode}#${task.taskId}`;
    if (seen.has(key))
      throw invalid(`inputs.tasks[${position}]: task ${task.taskId} of ${task.onetSocCode} is listed twice`);
    seen.add(key);
  });
}

function socCrosswalkMap(inputs: AiResilienceModelInputs): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const pair of inputs.socCrosswalk ?? []) {
    const targets = map.get(pair.from) ?? [];
    if (!targets.includes(pair.to)) targets.push(pair.to);
    map.set(pair.from, targets);
  }
  return map;
}

function buildIndexes(
  inputs: AiResilienceModelInputs,
  options: ResolvedAiResilienceModelOptions,
): { indexes: Map<TaskSignalId, TaskSignalIndex>; weights: TaskSignalIndex | null; usageCap: number | null } {
  const indexes = new Map<TaskSignalId, TaskSignalIndex>();
  const crosswalk = socCrosswalkMap(inputs);
  const uses = (signal: TaskSignalId) => options.signals.includes(signal);
  const indexOccupations = options.crosswalkFallback;
  let weights: TaskSignalIndex | null = null;
  if (inputs.althoffReichardt !== undefined) {
    const tasks = inputs.althoffReichardt.map(
      (task): SourceTask => ({
        taskId: task.taskId,
        statement: task.statement,
        value: task.automatableGenai,
        weight: task.taskWeight,
        soc2018: crosswalk.get(task.onetSocCode.slice(0, 7)) ?? [],
      }),
    );
    // The weights join even when the signal is left out, so the weighting does not change with the signal set.
    weights = new TaskSignalIndex('althoff-reichardt', tasks, { indexOccupations });
    if (uses('althoff-reichardt')) indexes.set('althoff-reichardt', weights);
  }
  if (inputs.eloundou !== undefined && uses('eloundou')) {
    const tasks = inputs.eloundou.map(
      (task): SourceTask => ({
        taskId: task.taskId,
        statement: task.statement,
        value: task.beta,
        weight: null,
        soc2018: [task.onetSocCode.slice(0, 7)],
      }),
    );
    indexes.set('eloundou', new TaskSignalIndex('eloundou', tasks, { indexOccupations }));
  }
  if (inputs.workbankRatings !== undefined && uses('workbank')) {
    const occupation = new Map((inputs.workbankTasks ?? []).map((task) => [task.taskId, task.onetSocCode]));
    const ratings = new Map<number, { statement: string; sum: CompensatedSum; count: number }>();
    for (const rating of inputs.workbankRatings) {
      if (!(rating.automationCapacity >= 1 && rating.automationCapacity <= 5))
        throw invalid(
          `workbank: task ${rating.taskId} has a rating outside 1–5: ${rating.automationCapacity}`,
        );
      const entry = ratings.get(rating.taskId) ?? {
        statement: rating.statement,
        sum: new CompensatedSum(),
        count: 0,
      };
      entry.sum.add(rating.automationCapacity);
      entry.count++;
      ratings.set(rating.taskId, entry);
    }
    const tasks = [...ratings].map(([taskId, entry]): SourceTask => {
      const code = occupation.get(taskId);
      return {
        taskId,
        statement: entry.statement,
        value: (entry.sum.value() / entry.count - 1) / 4,
        weight: null,
        soc2018: code === undefined ? [] : [code.slice(0, 7)],
      };
    });
    indexes.set('workbank', new TaskSignalIndex('workbank', tasks, { indexOccupations }));
  }
  let usageCap: number | null = null;
  if (inputs.aeiUsage !== undefined && uses('anthropic-economic-index')) {
    for (const usage of inputs.aeiUsage) {
      if (!(Number.isFinite(usage.share) && usage.share >= 0))
        throw invalid(
          `anthropic-economic-index: ${JSON.stringify(usage.statement)} has a share that is not ≥ 0: ${usage.share}`,
        );
    }
    const nonZero = inputs.aeiUsage.map((usage) => usage.share).filter((share) => share > 0);
    usageCap = linearQuantile(nonZero, options.usageCapQuantile);
    const cap = usageCap;
    const tasks = inputs.aeiUsage.map(
      (usage): SourceTask => ({
        taskId: null,
        statement: usage.statement,
        value: cap === null ? 0 : Math.min(usage.share / cap, 1),
        weight: null,
        soc2018: [],
      }),
    );
    indexes.set(
      'anthropic-economic-index',
      new TaskSignalIndex('anthropic-economic-index', tasks, {
        joinsById: false,
        observedZeroStatements: (inputs.aeiTaskStatements ?? []).map((task) => task.statement),
      }),
    );
  }
  return { indexes, weights, usageCap };
}

function typeWeight(taskType: TaskType, options: ResolvedAiResilienceModelOptions): number {
  const weights = options.taskTypeWeights;
  return taskType === 'Core'
    ? weights.core
    : taskType === 'Supplemental'
      ? weights.supplemental
      : weights.unrated;
}

function assignWeights(tasks: ModelTaskResult[], options: ResolvedAiResilienceModelOptions): void {
  if (options.weighting === 'equal') {
    for (const task of tasks) task.weight = 1;
    return;
  }
  const useTaskWeight = options.weighting !== 'task-type';
  let scale = 1;
  if (options.weighting === 'task-weight') {
    const joined = tasks.filter((task) => task.althoffReichardtWeight !== null);
    const mean = compensatedSum(joined.map((task) => task.althoffReichardtWeight!)) / joined.length;
    // A zero mean (every joined weight 0) cannot be rescaled: those tasks take their Task Type weight.
    scale = joined.length > 0 && mean > 0 ? 1 / mean : Number.NaN;
  }
  for (const task of tasks) {
    const raw = task.althoffReichardtWeight;
    task.weight =
      useTaskWeight && raw !== null && !Number.isNaN(scale)
        ? raw * scale
        : typeWeight(task.taskType, options);
  }
}

function occupationResult(onetSocCode: string, tasks: ModelTaskResult[]): ModelOccupationResult {
  const weighted = new CompensatedSum();
  const weightSum = new CompensatedSum();
  let tasksWithSignal = 0;
  for (const task of tasks) {
    if (task.resilience === null) continue;
    tasksWithSignal++;
    weighted.add(task.weight * task.resilience);
    weightSum.add(task.weight);
  }
  return {
    onetSocCode,
    // A zero weight sum (every weight set to 0 by the options) leaves the occupation without a value.
    resilience: weightSum.value() > 0 ? weighted.value() / weightSum.value() : null,
    taskCount: tasks.length,
    tasksWithSignal,
    shareWithSignal: tasksWithSignal / tasks.length,
  };
}

function modelDescriptor(
  inputs: AiResilienceModelInputs,
  options: ResolvedAiResilienceModelOptions,
  usageCap: number | null,
): SourceDescriptor {
  return {
    id: AI_RESILIENCE_MODEL_ID,
    label: 'AI Resilience Model (open, task-level)',
    citation:
      'airesilience open task-level AI Resilience Model (methodology §6, specification version 2), built on O*NET 30.3 tasks from Althoff & Reichardt (2026) task AI capabilities, Eloundou et al. (2024) GPT-4 beta, the Anthropic Economic Index (release 2025-02-10) and WORKBank (Shao et al. 2025).',
    vintage: 'specification version 2 (2026-11-27)',
    licence: 'Derived values (MIT code); each input keeps its own licence and must be cited',
    direction: 'higher-is-more-resilient',
    codeSystem: 'onet-soc-2019',
    files: [...(inputs.files ?? [])],
    notes:
      'Task resilience = 1 − mean of the available task signals; occupation resilience = weighted mean over its tasks with a signal.' +
      (usageCap === null ? '' : ` Economic Index usage share that maps to 1: ${usageCap}.`),
    options: {
      signals: options.signals.join(','),
      usageCapQuantile: options.usageCapQuantile,
      weighting: options.weighting,
      coreWeight: options.taskTypeWeights.core,
      supplementalWeight: options.taskTypeWeights.supplemental,
      unratedWeight: options.taskTypeWeights.unrated,
      crosswalkFallback: options.crosswalkFallback,
    },
  };
}

/**
 * Builds the open task-level AI Resilience Model (methodology §6). Each task of `inputs.tasks` gets the
 * signals that AI can do it, each in [0, 1] and joined across O*NET versions by Task ID where the source has
 * the ID, else by normalised statement (several source tasks sharing a statement are averaged); the
 * Economic Index is joined by statement only, its usage share divided by the `usageCapQuantile` (linear
 * interpolation) of its non-zero shares and capped at 1, with 0 for a task in its task list without usage.
 * `automationLikelihood` is the mean of a task's signals and `resilience = 1 − automationLikelihood`; a task
 * with no signal has null for both and drops out of its occupation. An occupation's resilience is the
 * weighted mean of its tasks' resilience (by default Althoff & Reichardt's `task_weight` rescaled to mean 1
 * over the occupation's joined tasks, else Core 1, Supplemental 0.5, unrated 0.75).
 *
 * @param inputs - the task list and the signal sources (a source left out is not used).
 * @param options - the signals, usage cap quantile, weighting, Task Type weights and crosswalk fallback;
 *   all recorded in the descriptor.
 * @returns per-task and per-occupation results, the join coverage, the usage cap and the descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for invalid options (see
 *   {@link resolveAiResilienceModelOptions}), a malformed or repeated task, a signal outside [0, 1], or the
 *   crosswalk fallback asked for with Althoff & Reichardt but without `inputs.socCrosswalk`.
 * @example
 * ```ts
 * const model = buildAiResilienceModel({
 *   tasks: [{ onetSocCode: '29-2072.00', taskId: 22877, statement: 'Code patient records.', taskType: null }],
 *   eloundou: [{ onetSocCode: '29-2072.00', taskId: 22877, statement: 'Code patient records.', beta: 1 }],
 *   aeiUsage: [{ statement: 'code patient records.', share: 0.2 }],
 * });
 * model.tasks[0]?.automationLikelihood; // 1 (beta 1; usage 0.2 is its own 90th percentile, so 1)
 * model.occupations[0]?.resilience;     // 0
 * ```
 */
export function buildAiResilienceModel(
  inputs: AiResilienceModelInputs,
  options: AiResilienceModelOptions = {},
): AiResilienceModel {
  const resolved = resolveAiResilienceModelOptions(options, availableSignals(inputs));
  checkTasks(inputs.tasks);
  if (resolved.crosswalkFallback && resolved.signals.includes('althoff-reichardt') && !inputs.socCrosswalk)
    throw invalid(
      'options.crosswalkFallback needs inputs.socCrosswalk (SOC 2010 → 2018) for althoff-reichardt',
    );
  const { indexes, weights, usageCap } = buildIndexes(inputs, resolved);
  const withSignal = Object.fromEntries(TASK_SIGNAL_IDS.map((signal) => [signal, 0])) as Record<
    TaskSignalId,
    number
  >;
  let withAny = 0;
  const byOccupation = new Map<string, ModelTaskResult[]>();
  const tasks = inputs.tasks.map((task): ModelTaskResult => {
    const text = normaliseTaskStatement(task.statement);
    const signals: TaskSignalValue[] = [];
    for (const [signal, index] of indexes) {
      const match = index.find(task.taskId, text);
      if (match !== null) signals.push({ signal, value: match.value, join: match.join });
    }
    if (signals.length === 0 && resolved.crosswalkFallback) {
      for (const [signal, index] of indexes) {
        const match = index.findByOccupation(task.onetSocCode.slice(0, 7));
        if (match !== null) signals.push({ signal, value: match.value, join: match.join });
      }
    }
    for (const { signal } of signals) withSignal[signal]++;
    if (signals.length > 0) withAny++;
    const automationLikelihood =
      signals.length === 0 ? null : compensatedSum(signals.map(({ value }) => value)) / signals.length;
    const result: ModelTaskResult = {
      onetSocCode: task.onetSocCode,
      taskId: task.taskId,
      statement: task.statement,
      taskType: task.taskType,
      resilience: automationLikelihood === null ? null : 1 - automationLikelihood,
      automationLikelihood,
      weight: 0,
      signals,
      althoffReichardtWeight: weights?.find(task.taskId, text)?.weight ?? null,
    };
    const list = byOccupation.get(task.onetSocCode);
    if (list === undefined) byOccupation.set(task.onetSocCode, [result]);
    else list.push(result);
    return result;
  });
  const occupations: ModelOccupationResult[] = [];
  for (const [onetSocCode, list] of byOccupation) {
    assignWeights(list, resolved);
    occupations.push(occupationResult(onetSocCode, list));
  }
  const coverage: ModelCoverage = {
    tasks: tasks.length,
    withSignal,
    withAny,
    occupations: occupations.length,
    occupationsWithValue: occupations.filter((occupation) => occupation.resilience !== null).length,
  };
  return { tasks, occupations, coverage, usageCap, descriptor: modelDescriptor(inputs, resolved, usageCap) };
}
