/**
 * Prints the join coverage of the open AI Resilience Model (methodology §6) on the data mirror: the share of
 * O*NET 30.3 tasks each signal reaches (and how it joined), the share with at least one signal, and the
 * share of O*NET-SOC occupations with a model value; with and without the crosswalk fallback.
 *
 * Run: `npx tsx packages/sources/scripts/task-model-coverage.ts [data-dir]` (default: AIRESILIENCE_DATA_DIR,
 * else ../shared/data beside the repository).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TASK_SIGNAL_IDS } from '../src/ai-resilience-model/ai-resilience-model-options.js';
import type { AiResilienceModel } from '../src/ai-resilience-model/ai-resilience-model-result.js';
import { buildAiResilienceModel } from '../src/ai-resilience-model/build-ai-resilience-model.js';
import { loadAiResilienceModelInputs } from '../src/ai-resilience-model/load-ai-resilience-model-inputs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDirectory =
  process.argv[2] ?? process.env.AIRESILIENCE_DATA_DIR ?? resolve(repoRoot, '../shared/data');

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)} %`;

function printCoverage(title: string, model: AiResilienceModel): void {
  const { coverage } = model;
  console.log(`\n${title}`);
  console.log(`  O*NET tasks: ${coverage.tasks}`);
  for (const signal of TASK_SIGNAL_IDS) {
    const joins = new Map<string, number>();
    for (const task of model.tasks)
      for (const value of task.signals)
        if (value.signal === signal) joins.set(value.join, (joins.get(value.join) ?? 0) + 1);
    const detail = [...joins].map(([join, count]) => `${join} ${count}`).join(', ');
    const count = coverage.withSignal[signal];
    console.log(
      `  ${signal.padEnd(26)} ${String(count).padStart(6)}  ${percent(count, coverage.tasks).padStart(8)}  (${detail})`,
    );
  }
  console.log(
    `  ${'at least one signal'.padEnd(26)} ${String(coverage.withAny).padStart(6)}  ${percent(coverage.withAny, coverage.tasks).padStart(8)}`,
  );
  const distribution = new Map<number, number>();
  for (const task of model.tasks)
    distribution.set(task.signals.length, (distribution.get(task.signals.length) ?? 0) + 1);
  console.log(
    `  signals per task: ${[...distribution]
      .sort(([a], [b]) => a - b)
      .map(([n, count]) => `${n}: ${count}`)
      .join(', ')}`,
  );
  console.log(
    `  O*NET-SOC occupations with a value: ${coverage.occupationsWithValue} of ${coverage.occupations} (${percent(coverage.occupationsWithValue, coverage.occupations)})`,
  );
  const full = model.occupations.filter((occupation) => occupation.shareWithSignal === 1).length;
  console.log(`  occupations with every task reached: ${full} (${percent(full, coverage.occupations)})`);
}

const started = performance.now();
const inputs = await loadAiResilienceModelInputs(dataDirectory);
const loaded = performance.now();
const model = buildAiResilienceModel(inputs);
const built = performance.now();
printCoverage('Default options (methodology §6)', model);
console.log(`  Economic Index usage cap (90th percentile of non-zero shares): ${model.usageCap}`);
printCoverage('With the crosswalk fallback', buildAiResilienceModel(inputs, { crosswalkFallback: true }));
console.log(
  `\nTime: loading and parsing ${((loaded - started) / 1000).toFixed(2)} s, building the model ${(built - loaded).toFixed(0)} ms`,
);
