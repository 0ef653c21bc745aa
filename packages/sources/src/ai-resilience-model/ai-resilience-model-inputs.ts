import type { SourceFile, TaskType } from '@airesilience/core';
import type { CrosswalkLink } from '../crosswalks/crosswalk.js';
import type { AeiTaskStatement } from '../task-signals/parse-aei-task-statements.js';
import type { AeiTaskUsage } from '../task-signals/parse-aei-task-usage.js';
import type { AlthoffReichardtTaskCapability } from '../task-signals/parse-althoff-reichardt-task-capabilities.js';
import type { EloundouTaskLabel } from '../task-signals/parse-eloundou-task-labels.js';
import type { WorkbankExpertRating } from '../task-signals/parse-workbank-expert-ratings.js';
import type { WorkbankTask } from '../task-signals/parse-workbank-task-metadata.js';

/** A task the model rates: one row of O*NET's Task Statements (the O*NET adapter's records fit). */
export interface ModelTask {
  /** The O*NET-SOC 2019 code of the task's occupation, e.g. `29-2072.00`. */
  onetSocCode: string;
  /** The O*NET Task ID. */
  taskId: number;
  /** The task statement. */
  statement: string;
  /** The O*NET Task Type (null: unrated). */
  taskType: TaskType;
}

/**
 * What {@link buildAiResilienceModel} reads: the task list to rate and the task-level signal sources, as
 * the `task-signals` adapters parse them (only the fields named here are read). A signal whose input is
 * absent is not used.
 */
export interface AiResilienceModelInputs {
  /** The tasks to rate, normally O*NET 30.3's Task Statements. */
  tasks: readonly ModelTask[];
  /** Althoff & Reichardt's task capabilities: `automatableGenai` (0/1) and `taskWeight`. */
  althoffReichardt?: readonly Pick<
    AlthoffReichardtTaskCapability,
    'onetSocCode' | 'taskId' | 'statement' | 'taskWeight' | 'automatableGenai'
  >[];
  /** Eloundou et al.'s task labels: GPT-4 `beta` (0, 0.5, 1). */
  eloundou?: readonly Pick<EloundouTaskLabel, 'onetSocCode' | 'taskId' | 'statement' | 'beta'>[];
  /** WORKBank's expert ratings: `automationCapacity` 1–5, averaged per task. */
  workbankRatings?: readonly Pick<WorkbankExpertRating, 'taskId' | 'statement' | 'automationCapacity'>[];
  /** WORKBank's task list, giving each rated task's occupation (used only by the crosswalk fallback). */
  workbankTasks?: readonly Pick<WorkbankTask, 'taskId' | 'onetSocCode'>[];
  /** The Economic Index's usage shares per task statement. */
  aeiUsage?: readonly Pick<AeiTaskUsage, 'statement' | 'share'>[];
  /**
   * The Economic Index's own task list: a task in it without usage was observed at zero. Without it, only
   * tasks with a usage row get the usage signal.
   */
  aeiTaskStatements?: readonly Pick<AeiTaskStatement, 'statement'>[];
  /**
   * The SOC 2010 → 2018 crosswalk links (`from` SOC 2010, `to` SOC 2018; the records of
   * `loadSoc2010To2018Crosswalk` fit), needed by the crosswalk fallback for Althoff & Reichardt.
   */
  socCrosswalk?: readonly CrosswalkLink[];
  /** The files the inputs were read from, recorded in the model's descriptor. */
  files?: readonly SourceFile[];
}
