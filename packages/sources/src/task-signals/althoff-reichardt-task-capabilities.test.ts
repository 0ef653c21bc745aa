import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadAlthoffReichardtTaskCapabilities } from './load-althoff-reichardt-task-capabilities.js';
import { parseAlthoffReichardtTaskCapabilities } from './parse-althoff-reichardt-task-capabilities.js';

const HEADER = [
  'soc_code',
  'soc_code_onet',
  'occ_title',
  'task_id',
  'task_description',
  'task_weight',
  'job_zone',
  'automatable_genai',
  'automatable_smart_robots',
];

describeSourceAdapter({
  name: 'althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv',
  format: 'csv',
  fixture: [
    HEADER,
    [
      '11-10',
      '11-1011.00',
      'Chief Executives',
      '8823',
      'Direct or coordinate budgets.',
      '0.038',
      '5',
      '0',
      '0',
    ],
    [
      '29-20',
      '29-2071.00',
      'Medical Records and Health Information Technicians',
      '10057',
      'Compile, abstract, and code patient data, using standard classification systems.',
      '0.0565',
      '3',
      '1',
      '0',
    ],
    [
      '29-20',
      '29-2071.00',
      'Medical Records and Health Information Technicians',
      '10058',
      'Protect the security of medical records.',
      '0.05',
      'NA',
      '0',
      '1',
    ],
  ],
  parse: (bytes, file) => parseAlthoffReichardtTaskCapabilities({ bytes, file }),
  requiredColumn: 'automatable_genai',
  numericColumn: 'task_weight',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      onetSocCode: '29-2071.00',
      title: 'Medical Records and Health Information Technicians',
      taskId: 10057,
      statement: 'Compile, abstract, and code patient data, using standard classification systems.',
      taskWeight: 0.0565,
      automatableGenai: 1,
      automatableSmartRobots: 0,
      row: 3,
    });
    expect(parsed.descriptor.codeSystem).toBe('onet-task');
  },
});

describe('parseAlthoffReichardtTaskCapabilities rules', () => {
  const header = 'soc_code_onet,task_id,task_description,task_weight,automatable_genai\n';
  const parse = (body: string) =>
    parseAlthoffReichardtTaskCapabilities({ bytes: new TextEncoder().encode(header + body), file: 'x.csv' });
  it('rejects automatable_genai other than 0/1, a repeated Task ID and a weight above 1', () => {
    expect(() => parse('11-1011.00,1,Do it.,0.5,0.5\n')).toThrow(/`automatable_genai` must be one of 0, 1/);
    expect(() => parse('11-1011.00,1,Do it.,0.5,1\n11-1011.00,1,Again.,0.5,0\n')).toThrow(
      /row 3: `task_id` duplicate Task ID 1/,
    );
    expect(() => parse('11-1011.00,1,Do it.,1.5,1\n')).toThrow(/`task_weight` must be in \[0, 1\]/);
  });
  it('rejects a 6-digit code, a fractional Task ID and an empty statement', () => {
    expect(() => parse('11-1011,1,Do it.,0.5,1\n')).toThrow(/`soc_code_onet` must be an O\*NET-SOC code/);
    expect(() => parse('11-1011.00,1.5,Do it.,0.5,1\n')).toThrow(/`task_id` must be a positive integer/);
    expect(() => parse('11-1011.00,2, ,0.5,1\n')).toThrow(/`task_description` must be a task statement/);
  });
  it('leaves the robots rating null when the column is absent', () => {
    expect(parse('11-1011.00,7,Do it.,0.5,1\n').records[0]?.automatableSmartRobots).toBeNull();
  });
});

describe.runIf(hasMirror)('althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv in the mirror', () => {
  it('has 19,530 tasks whose weights sum to 1 per occupation', async () => {
    const { records, descriptor } = await loadAlthoffReichardtTaskCapabilities(
      mirrorPath('althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv'),
    );
    expect(records).toHaveLength(19530);
    const sums = new Map<string, number>();
    for (const record of records)
      sums.set(record.onetSocCode, (sums.get(record.onetSocCode) ?? 0) + record.taskWeight);
    expect(sums.size).toBe(974);
    for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 6);
    expect(records.filter((record) => record.automatableGenai === 1)).toHaveLength(4338);
    expect(descriptor.files[0]?.sha256).toBe(
      '382b17f4b14ea5479b3c30d33d64956345937490a23ce4f0d24a1942387f2251',
    );
  });
});
