import { describeSourceAdapter } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { parseOnetTaskStatements } from './parse-onet-task-statements.js';

const header = [
  'O*NET-SOC Code',
  'Title',
  'Task ID',
  'Task',
  'Task Type',
  'Incumbents Responding',
  'Date',
  'Domain Source',
];
const fixture = [
  header,
  [
    '11-1011.00',
    'Chief Executives',
    '8823',
    'Direct financial activities, and budgets.',
    'Core',
    '95',
    '08/2023',
    'Incumbent',
  ],
  [
    '11-1011.00',
    'Chief Executives',
    '8824',
    'Confer with board members.',
    'Supplemental',
    '87',
    '08/2023',
    'Incumbent',
  ],
  [
    '29-2072.00',
    'Medical Records Specialists',
    '22877',
    'Assign patients to groups.',
    '',
    '',
    '11/2020',
    'Analyst',
  ],
];

for (const format of ['csv', 'xlsx'] as const) {
  describeSourceAdapter({
    name: `onet task statements (${format})`,
    format,
    fixture,
    parse: (bytes, file) => parseOnetTaskStatements({ bytes, file }),
    requiredColumn: 'Task Type',
    numericColumn: 'Task ID',
    check: (parsed) => {
      expect(parsed.records.map((record) => (record as { taskType: unknown }).taskType)).toEqual([
        'Core',
        'Supplemental',
        null,
      ]);
      expect(parsed.records[2]).toEqual({
        onetSocCode: '29-2072.00',
        title: 'Medical Records Specialists',
        taskId: 22877,
        statement: 'Assign patients to groups.',
        taskType: null,
        incumbentsResponding: null,
        date: '11/2020',
        domainSource: 'Analyst',
        row: 4,
      });
      expect(parsed.records[0]).toMatchObject({ statement: 'Direct financial activities, and budgets.' });
    },
  });
}

describe('parseOnetTaskStatements rules', () => {
  const parse = (...lines: string[]) =>
    parseOnetTaskStatements({
      bytes: new TextEncoder().encode(`${header.join(',')}\r\n${lines.join('\r\n')}\r\n`),
      file: 'x.csv',
    });
  it('rejects an unknown Task Type', () => {
    expect(() => parse('29-2072.00,A,1,Do it.,core,,11/2020,Analyst')).toThrow(
      /row 2: `Task Type` must be Core, Supplemental or empty, got "core"/,
    );
  });
  it('rejects a duplicated Task ID, even under another occupation', () => {
    expect(() =>
      parse('29-2072.00,A,1,Do it.,Core,,11/2020,Analyst', '29-2071.00,B,1,Do that.,Core,,11/2020,Analyst'),
    ).toThrow(/row 3: `Task ID` duplicate Task ID 1 \(first seen on row 2\)/);
  });
  it('rejects an empty statement, a fractional Task ID and a fractional respondent count', () => {
    expect(() => parse('29-2072.00,A,1,,Core,,11/2020,Analyst')).toThrow(/`Task` must not be empty/);
    expect(() => parse('29-2072.00,A,1.5,Do it.,Core,,11/2020,Analyst')).toThrow(
      /`Task ID` must be an integer/,
    );
    expect(() => parse('29-2072.00,A,1,Do it.,Core,9.5,11/2020,Analyst')).toThrow(
      /whole number of respondents/,
    );
  });
});
