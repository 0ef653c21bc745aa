import { describeSourceAdapter } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { parseFreyOsborneAppendix } from './parse-frey-osborne-appendix.js';
import { parseWillRobotsTakeMyJob } from './parse-will-robots-take-my-job.js';

const header = [
  'SOCcode',
  'JobName',
  'JobFamily',
  'isBright',
  'isGreen',
  'JobZone',
  'MedianSalary',
  'JobForecast',
  'ChanceAuto',
  'WageGroup',
];

describeSourceAdapter({
  name: 'frey_osborne/willrobotstakemyjob_scrape_jobData.csv',
  format: 'csv',
  fixture: [
    header,
    [
      '29-2071.00',
      'Medical Records Technicians',
      'Healthcare',
      'True',
      'False',
      '3',
      '40350.0',
      '16800',
      '91.0',
      '',
    ],
    [
      '13-2011.01',
      'Accountants',
      'Business',
      'True',
      'False',
      '4',
      '70500.0',
      '146000',
      '-1.0',
      'Accountants',
    ],
    [
      '29-1125.00',
      'Recreational Therapists',
      'Healthcare',
      'False',
      'False',
      '4',
      '47680.0',
      '1000',
      '0.3',
      '',
    ],
  ],
  parse: (bytes, file) => parseWillRobotsTakeMyJob({ bytes, file }),
  requiredColumn: 'ChanceAuto',
  numericColumn: 'ChanceAuto',
  check: (parsed) => {
    expect(parsed.records).toEqual([
      { code: '29-2071', onetSocCode: '29-2071.00', value: 91, title: 'Medical Records Technicians', row: 2 },
      { code: '29-1125', onetSocCode: '29-1125.00', value: 0.3, title: 'Recreational Therapists', row: 4 },
    ]);
    expect((parsed as ReturnType<typeof parseWillRobotsTakeMyJob>).missing).toEqual([
      { onetSocCode: '13-2011.01', title: 'Accountants', row: 3 },
    ]);
    expect(parsed.descriptor).toMatchObject({
      id: 'will-robots-take-my-job',
      codeSystem: 'soc-2010',
      direction: 'higher-is-more-exposed',
    });
    expect(parsed.descriptor.notes).toContain('2 valid values');
    expect(parsed.descriptor.notes).toContain('1 rows with ChanceAuto = -1');
  },
});

describeSourceAdapter({
  name: 'frey_osborne/frey_osborne_automation_risk_index_clean.csv',
  format: 'csv',
  fixture: [
    ['Rank', 'Probability', 'Label', 'SOC code', 'Occupation'],
    ['1', '0.0028', '', '29-1125', 'Recreational therapists'],
    ['550', '0.91', '', '29-2071', 'Medical records and health information technicians'],
    ['702', '0.99', '1', '41-9041', 'Telemarketers'],
  ],
  parse: (bytes, file) => parseFreyOsborneAppendix({ bytes, file }),
  requiredColumn: 'Probability',
  numericColumn: 'Probability',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      code: '29-2071',
      value: 0.91,
      title: 'Medical records and health information technicians',
      row: 3,
    });
    expect(parsed.descriptor).toMatchObject({ id: 'will-robots-take-my-job', codeSystem: 'soc-2010' });
  },
});

describe('parseWillRobotsTakeMyJob rules', () => {
  const parse = (...lines: string[]) =>
    parseWillRobotsTakeMyJob({
      bytes: new TextEncoder().encode(`SOCcode,JobName,ChanceAuto\n${lines.join('\n')}\n`),
      file: 'x.csv',
    });
  it('excludes -1 and counts it, on any code', () => {
    const parsed = parse('29-2071.00,A,-1.0', '29-2071.01,B,-1', '29-2072.00,C,50');
    expect(parsed.records.map((record) => record.code)).toEqual(['29-2072']);
    expect(parsed.missing.map((row) => row.onetSocCode)).toEqual(['29-2071.00', '29-2071.01']);
  });
  it('rejects other negative values, values above 100 and empty cells', () => {
    expect(() => parse('29-2071.00,A,-2')).toThrow(/row 2: `ChanceAuto` must be in \[0, 100\], or -1/);
    expect(() => parse('29-2071.00,A,100.5')).toThrow(/got 100.5/);
    expect(() => parse('29-2071.00,A,')).toThrow(/`ChanceAuto` must be a number, got an empty cell/);
  });
  it('rejects a valid value on a code other than .00, and a 6-digit or duplicated code', () => {
    expect(() => parse('29-2071.01,A,50')).toThrow(/valid values must sit on .00 codes/);
    expect(() => parse('29-2071,A,50')).toThrow(/`SOCcode` must be an O\*NET-SOC 2010 code/);
    expect(() => parse('29-2071.00,A,50', '29-2071.00,A,-1')).toThrow(/row 3: `SOCcode` duplicate code/);
  });
});

describe('parseFreyOsborneAppendix rules', () => {
  const parse = (line: string) =>
    parseFreyOsborneAppendix({
      bytes: new TextEncoder().encode(`Rank,Probability,Label,SOC code,Occupation\n${line}\n`),
      file: 'x.csv',
    });
  it('rejects a probability given as a percentage and an O*NET-SOC code', () => {
    expect(() => parse('1,91,,29-2071,A')).toThrow(/`Probability` must be in \[0, 1\], got 91/);
    expect(() => parse('1,0.91,,29-2071.00,A')).toThrow(/`SOC code` must be a SOC 2010 detailed code/);
  });
});
