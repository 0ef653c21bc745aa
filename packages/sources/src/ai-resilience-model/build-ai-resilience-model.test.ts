import { AiResilienceError, SourceDescriptorSchema } from '@airesilience/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiResilienceModelInputs, ModelTask } from './ai-resilience-model-inputs.js';
import { buildAiResilienceModel } from './build-ai-resilience-model.js';

const OCC = '29-2072.00';
const task = (
  taskId: number,
  statement: string,
  taskType: ModelTask['taskType'] = 'Core',
  onetSocCode = OCC,
) => ({
  onetSocCode,
  taskId,
  statement,
  taskType,
});
const label = (taskId: number, statement: string, beta: 0 | 0.5 | 1, onetSocCode = OCC) => ({
  onetSocCode,
  taskId,
  statement,
  beta,
});
const rated = (
  taskId: number,
  statement: string,
  automatableGenai: 0 | 1,
  taskWeight: number,
  onetSocCode = '29-2071.00',
) => ({
  onetSocCode,
  taskId,
  statement,
  automatableGenai,
  taskWeight,
});

function signalsOf(model: ReturnType<typeof buildAiResilienceModel>, taskId: number) {
  return model.tasks.find((result) => result.taskId === taskId)?.signals;
}

describe('buildAiResilienceModel: joins', () => {
  const inputs: AiResilienceModelInputs = {
    tasks: [
      task(1, 'Code patient records.'),
      task(2, 'Review   RECORDS for completeness. '),
      task(3, 'Revised statement of task three.'),
      task(4, 'Shared wording.'),
      task(5, 'Nothing matches this task.'),
    ],
    eloundou: [
      label(1, 'An older wording of task one.', 1),
      label(90, 'review records for completeness', 0.5),
      label(3, 'Old statement of task three.', 0),
      label(91, 'revised statement of task three', 1),
      label(92, 'Shared wording.', 0),
      label(93, 'shared  wording', 0.5),
    ],
  };
  const model = buildAiResilienceModel(inputs);

  it('joins by Task ID even when the statement differs', () => {
    expect(signalsOf(model, 1)).toEqual([{ signal: 'eloundou', value: 1, join: 'id' }]);
  });
  it('joins by normalised statement across case, spacing and a trailing period', () => {
    expect(signalsOf(model, 2)).toEqual([{ signal: 'eloundou', value: 0.5, join: 'text' }]);
  });
  it('lets the Task ID win over a statement match', () => {
    expect(signalsOf(model, 3)).toEqual([{ signal: 'eloundou', value: 0, join: 'id' }]);
  });
  it('averages several source tasks sharing a statement', () => {
    expect(signalsOf(model, 4)).toEqual([{ signal: 'eloundou', value: 0.25, join: 'text' }]);
  });
  it('leaves a task without a match without signal, likelihood or resilience, out of the occupation mean', () => {
    const unmatched = model.tasks.find((result) => result.taskId === 5)!;
    expect(unmatched).toMatchObject({ signals: [], automationLikelihood: null, resilience: null });
    // Core weight 1 each: mean resilience of tasks 1-4 = 1 - (1 + 0.5 + 0 + 0.25) / 4.
    expect(model.occupations).toEqual([
      { onetSocCode: OCC, resilience: 1 - 1.75 / 4, taskCount: 5, tasksWithSignal: 4, shareWithSignal: 0.8 },
    ]);
    expect(model.coverage).toEqual({
      tasks: 5,
      withSignal: { 'althoff-reichardt': 0, eloundou: 4, workbank: 0, 'anthropic-economic-index': 0 },
      withAny: 4,
      occupations: 1,
      occupationsWithValue: 1,
    });
  });
});

describe('buildAiResilienceModel: the crosswalk fallback', () => {
  const inputs: AiResilienceModelInputs = {
    tasks: [task(1, 'A task no source has.'), task(2, 'Code records.')],
    althoffReichardt: [
      rated(100, 'Old task A.', 1, 0.5, '29-2071.00'),
      rated(101, 'Old task B.', 0, 0.5, '29-2071.00'),
      rated(2, 'Code records.', 1, 0.4, '29-2071.00'),
      rated(102, 'Elsewhere.', 1, 1, '11-1011.00'),
    ],
    eloundou: [label(200, 'Some task.', 0.5, '29-2072.00'), label(201, 'Other occupation.', 1, '29-2099.01')],
    socCrosswalk: [
      { from: '29-2071', to: '29-2072' },
      { from: '29-2071', to: '29-9021' },
    ],
  };
  it('is off by default: the task has no signal', () => {
    expect(signalsOf(buildAiResilienceModel(inputs), 1)).toEqual([]);
  });
  it('gives a task no signal reached the mean of each source over its SOC 2018 occupation', () => {
    const model = buildAiResilienceModel(inputs, { crosswalkFallback: true });
    expect(signalsOf(model, 1)).toEqual([
      { signal: 'althoff-reichardt', value: 2 / 3, join: 'crosswalk' },
      { signal: 'eloundou', value: 0.5, join: 'crosswalk' },
    ]);
    // A task joined by ID or text keeps only those signals.
    expect(signalsOf(model, 2)).toEqual([{ signal: 'althoff-reichardt', value: 1, join: 'id' }]);
    // The crosswalked task carries no Althoff & Reichardt weight: it takes its Task Type weight.
    expect(model.tasks[0]).toMatchObject({ althoffReichardtWeight: null, weight: 1 });
    expect(model.descriptor.options?.crosswalkFallback).toBe(true);
  });
  it('needs the crosswalk when Althoff & Reichardt is used', () => {
    const { socCrosswalk: _unused, ...withoutCrosswalk } = inputs;
    expect(() => buildAiResilienceModel(withoutCrosswalk, { crosswalkFallback: true })).toThrow(
      /crosswalkFallback needs inputs.socCrosswalk/,
    );
  });
});

describe('buildAiResilienceModel: Economic Index usage', () => {
  const inputs: AiResilienceModelInputs = {
    tasks: [
      task(1, 'Task one.'),
      task(2, 'Task two.'),
      task(3, 'Task three.'),
      task(4, 'Task four.'),
      task(5, 'Task five.'),
      task(6, 'Task six.'),
    ],
    aeiUsage: [
      { statement: 'task one.', share: 1 },
      { statement: 'task two.', share: 2 },
      { statement: 'task three.', share: 3 },
      { statement: 'task four.', share: 4 },
      { statement: 'task five.', share: 0 },
    ],
    aeiTaskStatements: [{ statement: 'Task Six.' }, { statement: 'Task one.' }],
  };
  const model = buildAiResilienceModel(inputs);

  it('divides by the 90th percentile of the non-zero shares (3.7 here) and caps at 1', () => {
    expect(model.usageCap).toBeCloseTo(3.7, 12);
    expect(signalsOf(model, 1)?.[0]?.value).toBeCloseTo(1 / 3.7, 12);
    expect(signalsOf(model, 3)?.[0]?.value).toBeCloseTo(3 / 3.7, 12);
    expect(signalsOf(model, 4)).toEqual([{ signal: 'anthropic-economic-index', value: 1, join: 'text' }]);
    expect(signalsOf(model, 5)).toEqual([{ signal: 'anthropic-economic-index', value: 0, join: 'text' }]);
  });
  it("gives 0, joined as observed-zero, to a task in the Index's list without usage", () => {
    expect(signalsOf(model, 6)).toEqual([
      { signal: 'anthropic-economic-index', value: 0, join: 'observed-zero' },
    ]);
  });
  it('never joins usage by Task ID', () => {
    const byIdOnly = buildAiResilienceModel({
      tasks: [task(7, 'Unlisted statement.')],
      aeiUsage: [{ statement: 'something else', share: 1 }],
    });
    expect(byIdOnly.tasks[0]?.signals).toEqual([]);
  });
  it('follows the quantile option', () => {
    const atMedian = buildAiResilienceModel(inputs, { usageCapQuantile: 0.5 });
    expect(atMedian.usageCap).toBe(2.5);
    expect(signalsOf(atMedian, 3)?.[0]?.value).toBe(1);
    expect(atMedian.descriptor.options?.usageCapQuantile).toBe(0.5);
  });
});

describe('buildAiResilienceModel: WORKBank', () => {
  it('maps the mean expert rating r to (r - 1) / 4 per task, joined by ID or statement', () => {
    const model = buildAiResilienceModel({
      tasks: [task(1, 'Rated task.'), task(2, 'rated  task')],
      workbankRatings: [
        { taskId: 1, statement: 'Rated task.', automationCapacity: 4 },
        { taskId: 1, statement: 'Rated task.', automationCapacity: 2 },
        { taskId: 1, statement: 'Rated task.', automationCapacity: 5 },
      ],
    });
    expect(signalsOf(model, 1)).toEqual([{ signal: 'workbank', value: (11 / 3 - 1) / 4, join: 'id' }]);
    expect(signalsOf(model, 2)).toEqual([{ signal: 'workbank', value: (11 / 3 - 1) / 4, join: 'text' }]);
  });
});

describe('buildAiResilienceModel: weights and aggregation', () => {
  // Three tasks: two rated by Althoff & Reichardt (raw weights 0.2 and 0.3), one Supplemental task without.
  const inputs: AiResilienceModelInputs = {
    tasks: [
      task(1, 'First.'),
      task(2, 'Second.', null),
      task(3, 'Third.', 'Supplemental'),
      task(4, 'Fourth.'),
    ],
    althoffReichardt: [rated(1, 'First.', 1, 0.2), rated(2, 'Second.', 0, 0.3)],
    eloundou: [label(1, 'First.', 0.5), label(2, 'Second.', 0.5), label(3, 'Third.', 1)],
  };
  // Task automation likelihoods: 0.75, 0.25, 1; resilience 0.25, 0.75, 0; task 4 has no signal.
  it('rescales task_weight to mean 1 over the joined tasks and uses Task Type weights elsewhere', () => {
    const model = buildAiResilienceModel(inputs);
    expect(model.tasks.map((result) => result.weight)).toEqual([0.8, 1.2, 0.5, 1]);
    expect(model.tasks.map((result) => result.resilience)).toEqual([0.25, 0.75, 0, null]);
    const expected = (0.8 * 0.25 + 1.2 * 0.75 + 0.5 * 0) / (0.8 + 1.2 + 0.5);
    expect(model.occupations[0]?.resilience).toBeCloseTo(expected, 15);
    expect(model.occupations[0]).toMatchObject({ taskCount: 4, tasksWithSignal: 3, shareWithSignal: 0.75 });
  });
  it('offers the unscaled, Task Type and equal weightings', () => {
    const unscaled = buildAiResilienceModel(inputs, { weighting: 'task-weight-unscaled' });
    expect(unscaled.tasks.map((result) => result.weight)).toEqual([0.2, 0.3, 0.5, 1]);
    expect(unscaled.occupations[0]?.resilience).toBeCloseTo((0.2 * 0.25 + 0.3 * 0.75) / 1, 15);
    const byType = buildAiResilienceModel(inputs, { weighting: 'task-type' });
    expect(byType.tasks.map((result) => result.weight)).toEqual([1, 0.75, 0.5, 1]);
    expect(byType.occupations[0]?.resilience).toBeCloseTo((0.25 + 0.75 * 0.75) / 2.25, 15);
    const equal = buildAiResilienceModel(inputs, { weighting: 'equal' });
    expect(equal.occupations[0]?.resilience).toBeCloseTo(1 / 3, 15);
    const custom = buildAiResilienceModel(inputs, {
      weighting: 'task-type',
      taskTypeWeights: { core: 2, supplemental: 0, unrated: 1 },
    });
    expect(custom.occupations[0]?.resilience).toBeCloseTo((2 * 0.25 + 0.75) / 3, 15);
  });
  it('averages the weights of several source tasks sharing a statement', () => {
    const model = buildAiResilienceModel({
      tasks: [task(1, 'Shared.'), task(2, 'Own.')],
      althoffReichardt: [rated(10, 'Shared.', 1, 0.1), rated(11, 'shared', 0, 0.3), rated(2, 'Own.', 0, 0.4)],
    });
    expect(model.tasks[0]).toMatchObject({ althoffReichardtWeight: 0.2, automationLikelihood: 0.5 });
    expect(model.tasks.map((result) => result.weight)).toEqual([2 / 3, 4 / 3]);
  });
  it('computes an exact tie as a tie: 18 equal weights and resilience summing to 15 give 5/6', () => {
    // As 11-3051.06 in the mirror: a plain running sum gives 0.8333333333333331 and breaks its tie with 33-9094.00.
    const betas: (0 | 0.5 | 1)[] = [0, 0.5, 1, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0, 0, 0.5, 0.5, 0.5, 0.5, 0, 0.5];
    const automatable: (0 | 1)[] = [0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const model = buildAiResilienceModel({
      tasks: betas.map((_, i) => task(i + 1, `Task ${i}.`)),
      eloundou: betas.map((beta, i) => label(i + 1, `Task ${i}.`, beta)),
      althoffReichardt: automatable.map((value, i) => rated(i + 1, `Task ${i}.`, value, 0.052631579)),
      aeiUsage: betas.map((_, i) => ({ statement: `task ${i}.`, share: 0 })),
    });
    expect(model.tasks.every((result) => result.weight === 1)).toBe(true);
    expect(model.occupations[0]?.resilience).toBe(5 / 6);
  });
  it('keeps the task weights when the Althoff & Reichardt signal is left out', () => {
    const model = buildAiResilienceModel(inputs, { signals: ['eloundou'] });
    expect(model.tasks[0]?.signals).toEqual([{ signal: 'eloundou', value: 0.5, join: 'id' }]);
    expect(model.tasks.map((result) => result.weight)).toEqual([0.8, 1.2, 0.5, 1]);
    expect(model.descriptor.options?.signals).toBe('eloundou');
  });
  it('leaves an occupation without any signal, or with zero total weight, without a value', () => {
    const model = buildAiResilienceModel(
      {
        tasks: [task(1, 'Rated.', 'Supplemental', '11-1011.00'), task(2, 'Unrated.', 'Core', '11-1021.00')],
        eloundou: [label(1, 'Rated.', 1)],
      },
      { weighting: 'task-type', taskTypeWeights: { core: 1, supplemental: 0, unrated: 1 } },
    );
    expect(model.occupations.map((occupation) => occupation.resilience)).toEqual([null, null]);
    expect(model.coverage.occupationsWithValue).toBe(0);
  });
  it('keeps task and occupation resilience in [0, 1] and the occupation value within its tasks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            beta: fc.constantFrom(0 as const, 0.5 as const, 1 as const),
            automatable: fc.constantFrom(0 as const, 1 as const),
            weight: fc.double({ min: 0.001, max: 1, noNaN: true }),
            type: fc.constantFrom('Core' as const, 'Supplemental' as const, null),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const model = buildAiResilienceModel({
            tasks: rows.map((row, i) => task(i + 1, `Task ${i}.`, row.type)),
            eloundou: rows.map((row, i) => label(i + 1, `Task ${i}.`, row.beta)),
            althoffReichardt: rows
              .filter((_, i) => i % 2 === 0)
              .map((row, i) => rated(2 * i + 1, `x${i}`, row.automatable, row.weight)),
          });
          const values = model.tasks.map((result) => result.resilience!);
          const occupation = model.occupations[0]!.resilience!;
          expect(occupation).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
          expect(occupation).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
          for (const value of values) expect(value >= 0 && value <= 1).toBe(true);
        },
      ),
    );
  });
});

describe('buildAiResilienceModel: descriptor and arguments', () => {
  const inputs: AiResilienceModelInputs = {
    tasks: [task(1, 'Code patient records.')],
    eloundou: [label(1, 'Code patient records.', 1)],
    files: [{ path: 'eloundou/full_labelset.tsv', sha256: 'a'.repeat(64) }],
  };
  it('records every option and the input files in a valid descriptor', () => {
    const { descriptor } = buildAiResilienceModel(inputs);
    expect(() => SourceDescriptorSchema.parse(descriptor)).not.toThrow();
    expect(descriptor).toMatchObject({
      id: 'ai-resilience-model',
      direction: 'higher-is-more-resilient',
      codeSystem: 'onet-soc-2019',
      files: [{ path: 'eloundou/full_labelset.tsv' }],
      options: {
        signals: 'eloundou',
        usageCapQuantile: 0.9,
        weighting: 'task-weight',
        coreWeight: 1,
        supplementalWeight: 0.5,
        unratedWeight: 0.75,
        crosswalkFallback: false,
      },
    });
  });
  it('rejects bad options and bad inputs with INVALID_ARGUMENT', () => {
    const expectInvalid = (run: () => unknown, message: RegExp) => {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(AiResilienceError.isInstance(caught)).toBe(true);
      expect((caught as AiResilienceError).code).toBe('INVALID_ARGUMENT');
      expect((caught as Error).message).toMatch(message);
    };
    expectInvalid(
      () => buildAiResilienceModel(inputs, { signals: ['workbank'] }),
      /workbank is asked for but its inputs are missing/,
    );
    expectInvalid(
      () => buildAiResilienceModel(inputs, { signals: ['webb' as never] }),
      /unknown signal "webb"/,
    );
    expectInvalid(() => buildAiResilienceModel(inputs, { signals: [] }), /no signal/);
    expectInvalid(() => buildAiResilienceModel({ tasks: inputs.tasks }), /no signal/);
    expectInvalid(
      () => buildAiResilienceModel(inputs, { usageCapQuantile: 0 }),
      /usageCapQuantile must be in \(0, 1\]/,
    );
    expectInvalid(
      () => buildAiResilienceModel(inputs, { weighting: 'median' as never }),
      /unknown weighting "median"/,
    );
    expectInvalid(
      () => buildAiResilienceModel(inputs, { taskTypeWeights: { core: 1, supplemental: -1, unrated: 1 } }),
      /taskTypeWeights.supplemental must be a finite number ≥ 0/,
    );
    expectInvalid(
      () => buildAiResilienceModel({ ...inputs, tasks: [task(1, 'A.'), task(1, 'B.')] }),
      /task 1 of 29-2072.00 is listed twice/,
    );
    expectInvalid(
      () => buildAiResilienceModel({ ...inputs, tasks: [task(1, 'A.', 'Core', '29-2072')] }),
      /must be an O\*NET-SOC code/,
    );
    expectInvalid(
      () => buildAiResilienceModel({ ...inputs, eloundou: [{ ...label(1, 'A.', 1), beta: 2 as never }] }),
      /eloundou: task 1 has a signal outside \[0, 1\]: 2/,
    );
    expectInvalid(
      () => buildAiResilienceModel({ ...inputs, aeiUsage: [{ statement: 'a', share: Number.NaN }] }),
      /share that is not ≥ 0/,
    );
  });
});
