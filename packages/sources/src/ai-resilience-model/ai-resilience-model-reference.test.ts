import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, hasMirror, readReferenceCsv, referenceDir } from '@airesilience/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AiResilienceModelInputs } from './ai-resilience-model-inputs.js';
import type { TaskSignalId } from './ai-resilience-model-options.js';
import type { AiResilienceModel } from './ai-resilience-model-result.js';
import { buildAiResilienceModel } from './build-ai-resilience-model.js';
import { loadAiResilienceModelInputs } from './load-ai-resilience-model-inputs.js';

// The differential oracle: an independent implementation of methodology §6 (see ../shared/reference/README.md).
const hasReference = hasMirror && existsSync(join(referenceDir, 'tasks.csv'));
const TOLERANCE = 1e-9;
const COLUMNS: Record<string, TaskSignalId> = {
  ar: 'althoff-reichardt',
  el: 'eloundou',
  wb: 'workbank',
  aei: 'anthropic-economic-index',
};

const optional = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

describe.runIf(hasReference)('the AI Resilience Model against the reference implementation', () => {
  let inputs: AiResilienceModelInputs;
  let model: AiResilienceModel;
  const maxDifference: Record<string, number> = {};
  const note = (field: string, difference: number) => {
    maxDifference[field] = Math.max(maxDifference[field] ?? 0, difference);
  };

  beforeAll(async () => {
    inputs = await loadAiResilienceModelInputs(dataDir);
    model = buildAiResilienceModel(inputs);
  });

  it('gives every task the reference signals, joins, likelihood, resilience and weight', () => {
    const reference = readReferenceCsv('tasks.csv');
    expect(model.tasks).toHaveLength(reference.length);
    const byKey = new Map(model.tasks.map((task) => [`${task.onetSocCode}#${task.taskId}`, task]));
    const disagreements: string[] = [];
    for (const row of reference) {
      const key = `${row['O*NET-SOC Code']}#${row['Task ID']}`;
      const task = byKey.get(key);
      if (task === undefined) {
        disagreements.push(`${key}: missing`);
        continue;
      }
      expect(task.taskType ?? '').toBe(row['Task Type']);
      for (const [column, signal] of Object.entries(COLUMNS)) {
        const expected = optional(row[`s_${column}`]);
        const found = task.signals.find((value) => value.signal === signal);
        if ((found === undefined) !== (expected === null)) {
          disagreements.push(
            `${key} ${signal}: ${found?.value ?? 'none'} vs reference ${expected ?? 'none'}`,
          );
          continue;
        }
        if (found === undefined || expected === null) continue;
        note(`s_${column}`, Math.abs(found.value - expected));
        // The reference writes an observed-zero usage join as `text` (the statement is what matched).
        const join = found.join === 'observed-zero' ? 'text' : found.join;
        if (join !== row[`how_${column}`])
          disagreements.push(`${key} ${signal}: joined by ${found.join} vs ${row[`how_${column}`]}`);
      }
      expect(task.signals).toHaveLength(Number(row.n_signals));
      const arWeight = optional(row.ar_weight);
      expect(task.althoffReichardtWeight === null).toBe(arWeight === null);
      if (arWeight !== null) note('ar_weight', Math.abs(task.althoffReichardtWeight! - arWeight));
      for (const [field, value] of [
        ['automation', task.automationLikelihood],
        ['resilience', task.resilience],
      ] as const) {
        const expected = optional(row[field]);
        expect(value === null).toBe(expected === null);
        if (value !== null && expected !== null) note(field, Math.abs(value - expected));
      }
      note('weight', Math.abs(task.weight - Number(row.weight)));
    }
    console.info('AI Resilience Model vs tasks.csv, largest absolute differences:', maxDifference);
    expect(disagreements).toEqual([]);
    for (const difference of Object.values(maxDifference)) expect(difference).toBeLessThan(TOLERANCE);
  });

  it('gives every O*NET-SOC occupation the reference resilience, task counts and percentile', () => {
    const reference = readReferenceCsv('onet_arm.csv');
    const unscaled = buildAiResilienceModel(inputs, { weighting: 'task-weight-unscaled' });
    const unscaledByCode = new Map(
      unscaled.occupations.map((occupation) => [occupation.onetSocCode, occupation]),
    );
    const byCode = new Map(model.occupations.map((occupation) => [occupation.onetSocCode, occupation]));
    const values = model.occupations.flatMap((occupation) =>
      occupation.resilience === null ? [] : [occupation.resilience],
    );
    expect(model.occupations.filter((occupation) => occupation.resilience !== null)).toHaveLength(
      reference.length,
    );
    const differences = { resilience: 0, resilience_alt: 0, p: 0 };
    let mixed = 0;
    for (const row of reference) {
      const occupation = byCode.get(row.onet_soc!)!;
      expect(occupation, row.onet_soc).toBeDefined();
      expect(occupation.taskCount).toBe(Number(row.n_tasks));
      expect(occupation.tasksWithSignal).toBe(Number(row.n_tasks_signal));
      differences.resilience = Math.max(
        differences.resilience,
        Math.abs(occupation.resilience! - Number(row.resilience)),
      );
      const alternative = unscaledByCode.get(row.onet_soc!)!.resilience!;
      differences.resilience_alt = Math.max(
        differences.resilience_alt,
        Math.abs(alternative - Number(row.resilience_alt)),
      );
      // The percentile of methodology §3: (#{v < x} + (#{v = x} + 1) / 2) / N.
      const x = occupation.resilience!;
      const below = values.filter((v) => v < x).length;
      const equal = values.filter((v) => v === x).length;
      differences.p = Math.max(
        differences.p,
        Math.abs((below + (equal + 1) / 2) / values.length - Number(row.p)),
      );
      if (row.mixed_weights === 'True') mixed++;
    }
    console.info('AI Resilience Model vs onet_arm.csv, largest absolute differences:', differences, {
      mixed,
    });
    for (const difference of Object.values(differences)) expect(difference).toBeLessThan(TOLERANCE);
  });

  it('reaches all 17 tasks of 29-2072.00, each with at least the Eloundou signal', () => {
    const tasks = model.tasks.filter((task) => task.onetSocCode === '29-2072.00');
    expect(tasks).toHaveLength(17);
    for (const task of tasks) {
      expect(task.taskType).toBeNull();
      expect(task.signals.some((signal) => signal.signal === 'eloundou')).toBe(true);
    }
    expect(
      model.occupations.find((occupation) => occupation.onetSocCode === '29-2072.00')?.tasksWithSignal,
    ).toBe(17);
  });

  it('has the join coverage of methodology §6: 55 tasks without a signal, none with the crosswalk fallback', () => {
    expect(model.coverage.tasks - model.coverage.withAny).toBe(55);
    const withFallback = buildAiResilienceModel(inputs, { crosswalkFallback: true });
    expect(withFallback.coverage.withAny).toBe(withFallback.coverage.tasks);
    const crosswalked = withFallback.tasks.filter((task) =>
      task.signals.some((signal) => signal.join === 'crosswalk'),
    );
    expect(crosswalked).toHaveLength(55);
  });
});
