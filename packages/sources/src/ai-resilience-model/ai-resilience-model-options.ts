import { AiResilienceError } from '@airesilience/core';

/** The task-level signals the AI Resilience Model can use (methodology §6). */
export type TaskSignalId = 'althoff-reichardt' | 'eloundou' | 'workbank' | 'anthropic-economic-index';

/** Every task signal, in the order the model averages them. */
export const TASK_SIGNAL_IDS: readonly TaskSignalId[] = [
  'althoff-reichardt',
  'eloundou',
  'workbank',
  'anthropic-economic-index',
];

/**
 * How a task is weighted in its occupation's mean:
 * - `task-weight` (default, methodology §6): Althoff & Reichardt's `task_weight` where the task joined,
 *   rescaled so its mean over the occupation's joined tasks is 1; else the Task Type weight;
 * - `task-weight-unscaled`: the raw `task_weight` (which sums to 1 per occupation) mixed with Task Type
 *   weights, as specification version 1 did; kept to measure what the rescaling changes;
 * - `task-type`: the Task Type weights only;
 * - `equal`: every task with a signal counts once.
 */
export type TaskWeighting = 'task-weight' | 'task-weight-unscaled' | 'task-type' | 'equal';

/** The weights of tasks without an Althoff & Reichardt weight, by O*NET Task Type. */
export interface TaskTypeWeights {
  /** Weight of a Core task (default 1). */
  core: number;
  /** Weight of a Supplemental task (default 0.5). */
  supplemental: number;
  /** Weight of a task with no Task Type (default 0.75). */
  unrated: number;
}

/** Options of {@link buildAiResilienceModel}; every one is recorded in the model's descriptor. */
export interface AiResilienceModelOptions {
  /** The signals to use (default: every signal whose inputs are given). */
  signals?: readonly TaskSignalId[];
  /** The quantile of the non-zero Economic Index usage shares that caps usage at 1 (default 0.9). */
  usageCapQuantile?: number;
  /** How tasks are weighted in their occupation (default `task-weight`). */
  weighting?: TaskWeighting;
  /** The Task Type weights (default Core 1, Supplemental 0.5, unrated 0.75). */
  taskTypeWeights?: TaskTypeWeights;
  /**
   * Give a task that no signal reached the occupation-level mean of each signal over the source's tasks of
   * the same SOC 2018 occupation (Althoff & Reichardt's O*NET-SOC 2010 codes through the SOC 2010→2018
   * crosswalk) (default `false`).
   */
  crosswalkFallback?: boolean;
}

/** {@link AiResilienceModelOptions} with every default filled in. */
export interface ResolvedAiResilienceModelOptions {
  /** The signals used. */
  signals: readonly TaskSignalId[];
  /** The usage cap quantile. */
  usageCapQuantile: number;
  /** The weighting. */
  weighting: TaskWeighting;
  /** The Task Type weights. */
  taskTypeWeights: TaskTypeWeights;
  /** Whether the crosswalk fallback is on. */
  crosswalkFallback: boolean;
}

/** The default options of the model (methodology §6, specification version 2). */
export const DEFAULT_AI_RESILIENCE_MODEL_OPTIONS: Readonly<
  Omit<ResolvedAiResilienceModelOptions, 'signals'>
> = {
  usageCapQuantile: 0.9,
  weighting: 'task-weight',
  taskTypeWeights: { core: 1, supplemental: 0.5, unrated: 0.75 },
  crosswalkFallback: false,
};

const WEIGHTINGS: readonly TaskWeighting[] = ['task-weight', 'task-weight-unscaled', 'task-type', 'equal'];

function invalid(message: string): AiResilienceError {
  return new AiResilienceError('INVALID_ARGUMENT', `[ai-resilience-model] ${message}`);
}

/**
 * Fills in the defaults of the model's options and checks them.
 *
 * @param options - the options as given.
 * @param available - the signals whose inputs were given (the default signal set).
 * @returns the resolved options.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an unknown or repeated signal, a signal whose
 *   inputs are missing, an empty signal set, a quantile outside (0, 1], an unknown weighting, or a Task
 *   Type weight that is negative or not finite.
 * @example
 * ```ts
 * resolveAiResilienceModelOptions({ weighting: 'equal' }, ['eloundou']).signals; // ['eloundou']
 * ```
 */
export function resolveAiResilienceModelOptions(
  options: AiResilienceModelOptions,
  available: readonly TaskSignalId[],
): ResolvedAiResilienceModelOptions {
  const signals = options.signals ?? available;
  for (const signal of signals) {
    if (!TASK_SIGNAL_IDS.includes(signal))
      throw invalid(
        `options.signals: unknown signal ${JSON.stringify(signal)} (known: ${TASK_SIGNAL_IDS.join(', ')})`,
      );
    if (!available.includes(signal))
      throw invalid(`options.signals: ${signal} is asked for but its inputs are missing`);
  }
  if (new Set(signals).size !== signals.length) throw invalid('options.signals: a signal is listed twice');
  if (signals.length === 0)
    throw invalid('no signal to build the model from: give at least one signal input');
  const usageCapQuantile = options.usageCapQuantile ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.usageCapQuantile;
  if (!(usageCapQuantile > 0 && usageCapQuantile <= 1))
    throw invalid(`options.usageCapQuantile must be in (0, 1], got ${usageCapQuantile}`);
  const weighting = options.weighting ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.weighting;
  if (!WEIGHTINGS.includes(weighting))
    throw invalid(
      `options.weighting: unknown weighting ${JSON.stringify(weighting)} (known: ${WEIGHTINGS.join(', ')})`,
    );
  const taskTypeWeights = options.taskTypeWeights ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.taskTypeWeights;
  for (const [name, weight] of Object.entries(taskTypeWeights)) {
    if (!(Number.isFinite(weight) && weight >= 0))
      throw invalid(`options.taskTypeWeights.${name} must be a finite number ≥ 0, got ${weight}`);
  }
  return {
    signals: TASK_SIGNAL_IDS.filter((signal) => signals.includes(signal)),
    usageCapQuantile,
    weighting,
    taskTypeWeights: { ...taskTypeWeights },
    crosswalkFallback: options.crosswalkFallback ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.crosswalkFallback,
  };
}
