import type { SourceDescriptor, TaskResilience } from '@airesilience/core';
import type { TaskSignalId } from './ai-resilience-model-options.js';
import type { TaskJoin } from './task-signal-index.js';

/** One signal of a task: its value in [0, 1] (higher = more automatable) and how it was joined. */
export interface TaskSignalValue {
  /** The signal. */
  signal: TaskSignalId;
  /** The value in [0, 1]. */
  value: number;
  /**
   * How it reached the task: `id` (same Task ID), `text` (same normalised statement), `observed-zero` (in
   * the Economic Index's task list without usage), `crosswalk` (occupation mean, fallback).
   */
  join: TaskJoin;
}

/** One task rated by the model: {@link @airesilience/core!TaskResilience} plus its occupation and the raw source weight. */
export interface ModelTaskResult extends TaskResilience {
  /** The O*NET-SOC code of the task's occupation. */
  onetSocCode: string;
  /** The task's signals, in the order althoff-reichardt, eloundou, workbank, anthropic-economic-index. */
  signals: TaskSignalValue[];
  /** Althoff & Reichardt's `task_weight` as joined (before rescaling), null when the task did not join. */
  althoffReichardtWeight: number | null;
}

/** The model's value for one O*NET-SOC occupation. */
export interface ModelOccupationResult {
  /** The O*NET-SOC code. */
  onetSocCode: string;
  /** The weighted mean of its tasks' resilience, in [0, 1]; null when no task has a signal. */
  resilience: number | null;
  /** How many tasks the occupation has in the task list. */
  taskCount: number;
  /** How many of them have at least one signal. */
  tasksWithSignal: number;
  /** `tasksWithSignal / taskCount`. */
  shareWithSignal: number;
}

/** How much of the task list the signals reached. */
export interface ModelCoverage {
  /** Tasks in the task list. */
  tasks: number;
  /** Tasks with each signal (0 for a signal not used). */
  withSignal: Record<TaskSignalId, number>;
  /** Tasks with at least one signal. */
  withAny: number;
  /** Occupations in the task list. */
  occupations: number;
  /** Occupations with a model value. */
  occupationsWithValue: number;
}

/** What {@link buildAiResilienceModel} returns. */
export interface AiResilienceModel {
  /** Every task of the task list, in input order. */
  tasks: ModelTaskResult[];
  /** Every occupation of the task list, in order of first appearance. */
  occupations: ModelOccupationResult[];
  /** Join coverage. */
  coverage: ModelCoverage;
  /** The usage share that maps to 1 (the quantile of non-zero shares); null without usage input or shares. */
  usageCap: number | null;
  /** The model's descriptor, with its options. */
  descriptor: SourceDescriptor;
}
