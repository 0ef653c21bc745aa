import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadWorkbankExpertRatings } from './load-workbank-expert-ratings.js';
import { loadWorkbankTaskMetadata } from './load-workbank-task-metadata.js';
import { parseWorkbankExpertRatings } from './parse-workbank-expert-ratings.js';
import { parseWorkbankTaskMetadata } from './parse-workbank-task-metadata.js';

describeSourceAdapter({
  name: 'workbank/expert_rated_technological_capability.csv',
  format: 'csv',
  fixture: [
    [
      'Task ID',
      'Occupation (O*NET-SOC Title)',
      'Task',
      'User ID',
      'Date',
      'Automation Capacity Rating',
      'Human Agency Scale Rating',
    ],
    [
      '3226',
      'Advertising and Promotions Managers',
      'Inspect layouts, and edit scripts.',
      'RedTiger',
      '2025/3/16',
      '4',
      '2',
    ],
    [
      '3226',
      'Advertising and Promotions Managers',
      'Inspect layouts, and edit scripts.',
      'BlueFox',
      '2025/3/17',
      '2',
      '3',
    ],
    [
      '21567',
      'Appraisers and Assessors of Real Estate',
      'Verify legal descriptions of properties.',
      'RedTiger',
      '2025/3/16',
      '3',
      '2',
    ],
  ],
  parse: (bytes, file) => parseWorkbankExpertRatings({ bytes, file }),
  requiredColumn: 'Automation Capacity Rating',
  numericColumn: 'Automation Capacity Rating',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      taskId: 3226,
      occupationTitle: 'Advertising and Promotions Managers',
      statement: 'Inspect layouts, and edit scripts.',
      expert: 'BlueFox',
      automationCapacity: 2,
      humanAgency: 3,
      row: 3,
    });
  },
});

describeSourceAdapter({
  name: 'workbank/task_statement_with_metadata.csv',
  format: 'csv',
  fixture: [
    ['O*NET-SOC Code', 'Occupation (O*NET-SOC Title)', 'Task ID', 'Task', 'Task Type', 'Date', 'Importance'],
    [
      '11-2011.00',
      'Advertising and Promotions Managers',
      '3226',
      'Inspect layouts, and edit scripts.',
      'Core',
      '08/2018',
      '4.07',
    ],
    [
      '13-2023.00',
      'Appraisers and Assessors of Real Estate',
      '21567',
      'Verify legal descriptions.',
      'Supplemental',
      '08/2018',
      '3.9',
    ],
  ],
  parse: (bytes, file) => parseWorkbankTaskMetadata({ bytes, file }),
  requiredColumn: 'O*NET-SOC Code',
  numericColumn: 'Task ID',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      onetSocCode: '13-2023.00',
      title: 'Appraisers and Assessors of Real Estate',
      taskId: 21567,
      statement: 'Verify legal descriptions.',
      taskType: 'Supplemental',
      row: 3,
    });
  },
});

describe('parseWorkbankExpertRatings rules', () => {
  const parse = (body: string) =>
    parseWorkbankExpertRatings({
      bytes: new TextEncoder().encode(`Task ID,Task,Automation Capacity Rating\n${body}`),
      file: 'x.csv',
    });
  it('rejects a rating outside 1–5 or fractional', () => {
    expect(() => parse('1,Do it.,0\n')).toThrow(/`Automation Capacity Rating` must be one of 1, 2, 3, 4, 5/);
    expect(() => parse('1,Do it.,2.5\n')).toThrow(/must be one of 1, 2, 3, 4, 5, got 2.5/);
  });
});

describe.runIf(hasMirror)('the WORKBank files in the mirror', () => {
  it('rates 846 distinct tasks, every one of them in the task list with the same statement', async () => {
    const ratings = await loadWorkbankExpertRatings(
      mirrorPath('workbank/expert_rated_technological_capability.csv'),
    );
    const tasks = await loadWorkbankTaskMetadata(mirrorPath('workbank/task_statement_with_metadata.csv'));
    expect(ratings.records).toHaveLength(2057);
    expect(tasks.records).toHaveLength(2131);
    const statementById = new Map(tasks.records.map((task) => [task.taskId, task.statement]));
    expect(new Set(ratings.records.map((rating) => rating.taskId)).size).toBe(846);
    for (const rating of ratings.records) expect(statementById.get(rating.taskId)).toBe(rating.statement);
  });
});
