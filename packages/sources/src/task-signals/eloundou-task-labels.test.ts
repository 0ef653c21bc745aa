import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadEloundouTaskLabels } from './load-eloundou-task-labels.js';
import { parseEloundouTaskLabels } from './parse-eloundou-task-labels.js';

const HEADER = [
  '',
  'O*NET-SOC Code',
  'Task ID',
  'Task',
  'Task Type',
  'Title',
  'human_exposure_agg',
  'gpt4_exposure',
  'alpha',
  'beta',
  'gamma',
  'automation',
];

describeSourceAdapter({
  name: 'eloundou/full_labelset.tsv',
  format: 'tsv',
  fixture: [
    HEADER,
    [
      '0',
      '11-1011.00',
      '8823.0',
      'Direct or coordinate budgets.',
      'Core',
      'Chief Executives',
      'E0',
      'E2',
      '0.0',
      '0.5',
      '1.0',
      '0.5',
    ],
    [
      '86',
      '11-1031.00',
      '15287.0',
      'Conduct "head counts" to help predict votes.',
      '',
      'Legislators',
      'E2',
      'E2',
      '0.0',
      '0.5',
      '1.0',
      '0.75',
    ],
    [
      '9001',
      '29-2072.00',
      '22877.0',
      'Code patient records.',
      '',
      'Medical Records Specialists',
      'E1',
      'E1',
      '1.0',
      '1.0',
      '1.0',
      '0.25',
    ],
  ],
  parse: (bytes, file) => parseEloundouTaskLabels({ bytes, file }),
  requiredColumn: 'beta',
  numericColumn: 'beta',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      onetSocCode: '11-1031.00',
      title: 'Legislators',
      taskId: 15287,
      statement: 'Conduct "head counts" to help predict votes.',
      taskType: null,
      gpt4Exposure: 'E2',
      humanExposure: 'E2',
      alpha: 0,
      beta: 0.5,
      gamma: 1,
      automation: 0.75,
      row: 3,
    });
  },
});

describe('parseEloundouTaskLabels rules', () => {
  const header = 'O*NET-SOC Code\tTask ID\tTask\tTask Type\tbeta\n';
  const parse = (body: string) =>
    parseEloundouTaskLabels({ bytes: new TextEncoder().encode(header + body), file: 'x.tsv' });
  it('rejects a beta outside {0, 0.5, 1} and an unknown Task Type', () => {
    expect(() => parse('11-1011.00\t1\tDo it.\tCore\t0.25\n')).toThrow(/`beta` must be one of 0, 0.5, 1/);
    expect(() => parse('11-1011.00\t1\tDo it.\tOptional\t0\n')).toThrow(
      /`Task Type` must be Core, Supplemental or empty/,
    );
  });
  it('reads Task IDs written as integer-valued decimals, and leaves absent labels null', () => {
    const [record] = parse('11-1011.00\t8823.0\tDo it.\tSupplemental\t1\n').records;
    expect(record).toMatchObject({
      taskId: 8823,
      taskType: 'Supplemental',
      beta: 1,
      alpha: null,
      gpt4Exposure: null,
    });
  });
});

describe.runIf(hasMirror)('eloundou/full_labelset.tsv in the mirror', () => {
  it('has 19,265 tasks with GPT-4 beta, and 17 tasks for 29-2072.00', async () => {
    const { records } = await loadEloundouTaskLabels(mirrorPath('eloundou/full_labelset.tsv'));
    expect(records).toHaveLength(19265);
    const counts = { 0: 0, 0.5: 0, 1: 0 };
    for (const record of records) counts[record.beta]++;
    expect(counts).toEqual({ 0: 8561, 0.5: 8002, 1: 2702 });
    // beta is E1 + ½·E2 of the GPT-4 label.
    for (const record of records)
      expect(record.beta).toBe(record.gpt4Exposure === 'E1' ? 1 : record.gpt4Exposure === 'E2' ? 0.5 : 0);
    expect(records.filter((record) => record.onetSocCode === '29-2072.00')).toHaveLength(17);
  });
});
