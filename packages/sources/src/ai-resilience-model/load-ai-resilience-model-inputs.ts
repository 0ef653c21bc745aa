import { join } from 'node:path';
import { loadSoc2010To2018Crosswalk } from '../crosswalks/load-crosswalks.js';
import { loadOnetTaskStatements } from '../onet/load-onet-task-statements.js';
import { loadAeiTaskStatements } from '../task-signals/load-aei-task-statements.js';
import { loadAeiTaskUsage } from '../task-signals/load-aei-task-usage.js';
import { loadAlthoffReichardtTaskCapabilities } from '../task-signals/load-althoff-reichardt-task-capabilities.js';
import { loadEloundouTaskLabels } from '../task-signals/load-eloundou-task-labels.js';
import { loadWorkbankExpertRatings } from '../task-signals/load-workbank-expert-ratings.js';
import { loadWorkbankTaskMetadata } from '../task-signals/load-workbank-task-metadata.js';
import type { AiResilienceModelInputs } from './ai-resilience-model-inputs.js';

/** The mirror-relative paths of the files the model is built from (as in the data mirror's `MANIFEST.tsv`). */
export const AI_RESILIENCE_MODEL_FILES = {
  /** O*NET 30.3 task statements: the tasks the model rates. */
  tasks: 'onet/30.3/task_statements.csv',
  /** Althoff & Reichardt task capabilities (`automatable_genai`, `task_weight`). */
  althoffReichardt: 'althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv',
  /** Eloundou et al. task labels (GPT-4 `beta`). */
  eloundou: 'eloundou/full_labelset.tsv',
  /** WORKBank expert ratings of automation capacity. */
  workbankRatings: 'workbank/expert_rated_technological_capability.csv',
  /** WORKBank's task list (each rated task's occupation). */
  workbankTasks: 'workbank/task_statement_with_metadata.csv',
  /** Anthropic Economic Index (Feb 2025) usage share per task statement. */
  aeiUsage: 'anthropic/aei_2025_02_10/onet_task_mappings.csv',
  /** The Economic Index's own task list (observed-zero usage). */
  aeiTaskStatements: 'anthropic/aei_2025_02_10/onet_task_statements.csv',
  /** SOC 2010 → 2018 crosswalk (the optional crosswalk fallback). */
  socCrosswalk: 'crosswalk/soc_2010_to_2018_crosswalk.csv',
} as const;

/**
 * Reads every file the AI Resilience Model is built from out of a data mirror laid out as
 * {@link AI_RESILIENCE_MODEL_FILES} (O*NET 30.3 tasks, the four signal sources, the SOC 2010→2018
 * crosswalk), recording each file's sha256 for the model's descriptor.
 *
 * @param dataDirectory - the mirror's root folder.
 * @returns the inputs of {@link buildAiResilienceModel}.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when a file is missing; {@link @airesilience/core!SourceParseError} when one cannot be parsed.
 * @example
 * ```ts
 * const model = buildAiResilienceModel(await loadAiResilienceModelInputs('/data/mirror'));
 * model.coverage.withAny; // 18741 of 18796 tasks
 * ```
 */
export async function loadAiResilienceModelInputs(dataDirectory: string): Promise<AiResilienceModelInputs> {
  const path = (relative: string) => join(dataDirectory, relative);
  const files = AI_RESILIENCE_MODEL_FILES;
  const [
    tasks,
    althoffReichardt,
    eloundou,
    workbankRatings,
    workbankTasks,
    aeiUsage,
    aeiTaskStatements,
    crosswalk,
  ] = await Promise.all([
    loadOnetTaskStatements(path(files.tasks), files.tasks),
    loadAlthoffReichardtTaskCapabilities(path(files.althoffReichardt), files.althoffReichardt),
    loadEloundouTaskLabels(path(files.eloundou), files.eloundou),
    loadWorkbankExpertRatings(path(files.workbankRatings), files.workbankRatings),
    loadWorkbankTaskMetadata(path(files.workbankTasks), files.workbankTasks),
    loadAeiTaskUsage(path(files.aeiUsage), files.aeiUsage),
    loadAeiTaskStatements(path(files.aeiTaskStatements), files.aeiTaskStatements),
    loadSoc2010To2018Crosswalk(path(files.socCrosswalk), files.socCrosswalk),
  ]);
  return {
    tasks: tasks.records,
    althoffReichardt: althoffReichardt.records,
    eloundou: eloundou.records,
    workbankRatings: workbankRatings.records,
    workbankTasks: workbankTasks.records,
    aeiUsage: aeiUsage.records,
    aeiTaskStatements: aeiTaskStatements.records,
    socCrosswalk: crosswalk.records,
    files: [
      ...[
        tasks,
        althoffReichardt,
        eloundou,
        workbankRatings,
        workbankTasks,
        aeiUsage,
        aeiTaskStatements,
        crosswalk,
      ].flatMap((source) => source.descriptor.files),
    ],
  };
}
