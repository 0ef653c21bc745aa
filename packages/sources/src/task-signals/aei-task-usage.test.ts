import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadAeiTaskStatements } from './load-aei-task-statements.js';
import { loadAeiTaskUsage } from './load-aei-task-usage.js';
import { parseAeiTaskStatements } from './parse-aei-task-statements.js';
import { parseAeiTaskUsage } from './parse-aei-task-usage.js';

describeSourceAdapter({
  name: 'anthropic/aei_2025_02_10/onet_task_mappings.csv',
  format: 'csv',
  fixture: [
    ['task_name', 'pct'],
    ['act as advisers to student organizations.', '0.006775156024025746'],
    ['code patient records, using standard classification systems.', '0.25'],
    ['write, update, and maintain computer programs or software packages.', '2.5'],
  ],
  parse: (bytes, file) => parseAeiTaskUsage({ bytes, file }),
  requiredColumn: 'task_name',
  numericColumn: 'pct',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      statement: 'code patient records, using standard classification systems.',
      share: 0.25,
      row: 3,
    });
  },
});

describeSourceAdapter({
  name: 'anthropic/aei_2025_02_10/onet_task_statements.csv',
  format: 'csv',
  fixture: [
    [
      'O*NET-SOC Code',
      'Title',
      'Task ID',
      'Task',
      'Task Type',
      'Incumbents Responding',
      'Date',
      'Domain Source',
    ],
    [
      '11-1011.00',
      'Chief Executives',
      '8823',
      'Direct or coordinate budgets.',
      'Core',
      '87.0',
      '07/2014',
      'Incumbent',
    ],
    [
      '29-2071.00',
      'Medical Records Technicians',
      '10057',
      'Code patient records.',
      '',
      '',
      '07/2014',
      'Analyst',
    ],
  ],
  parse: (bytes, file) => parseAeiTaskStatements({ bytes, file }),
  requiredColumn: 'Task',
  numericColumn: 'Task ID',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      onetSocCode: '29-2071.00',
      title: 'Medical Records Technicians',
      taskId: 10057,
      statement: 'Code patient records.',
      taskType: null,
      row: 3,
    });
  },
});

describe('parseAeiTaskUsage rules', () => {
  const parse = (text: string) => parseAeiTaskUsage({ bytes: new TextEncoder().encode(text), file: 'x.csv' });
  it('rejects a repeated statement, a negative share and a share above 100', () => {
    expect(() => parse('task_name,pct\na.,1\na.,2\n')).toThrow(/row 3: `task_name` duplicate task/);
    expect(() => parse('task_name,pct\na.,-1\n')).toThrow(/`pct` must be in \[0, 100\]/);
    expect(() => parse('task_name,pct\na.,101\n')).toThrow(/`pct` must be in \[0, 100\]/);
  });
});

describe.runIf(hasMirror)('the Anthropic Economic Index task files in the mirror', () => {
  it('has 3,514 statements with usage whose shares sum to 100, out of 19,530 listed tasks', async () => {
    const usage = await loadAeiTaskUsage(mirrorPath('anthropic/aei_2025_02_10/onet_task_mappings.csv'));
    expect(usage.records).toHaveLength(3514);
    expect(usage.records.reduce((sum, record) => sum + record.share, 0)).toBeCloseTo(100, 9);
    const statements = await loadAeiTaskStatements(
      mirrorPath('anthropic/aei_2025_02_10/onet_task_statements.csv'),
    );
    expect(statements.records).toHaveLength(19530);
    expect(new Set(statements.records.map((record) => record.taskId)).size).toBe(19530);
  });
});
