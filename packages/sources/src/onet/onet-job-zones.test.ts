import { describeSourceAdapter } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { parseOnetJobZones } from './parse-onet-job-zones.js';

const fixture = [
  ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'],
  ['11-1011.00', 'Chief Executives', '5', '08/2023', 'Analyst'],
  ['29-2072.00', 'Medical Records Specialists', '3', '11/2021', 'Analyst - Preliminary'],
];

for (const format of ['csv', 'xlsx'] as const) {
  describeSourceAdapter({
    name: `onet job zones (${format})`,
    format,
    fixture,
    parse: (bytes, file) => parseOnetJobZones({ bytes, file }),
    requiredColumn: 'Job Zone',
    numericColumn: 'Job Zone',
    check: (parsed) => {
      expect(parsed.records[1]).toEqual({
        code: '29-2072.00',
        title: 'Medical Records Specialists',
        jobZone: 3,
        date: '11/2021',
        domainSource: 'Analyst - Preliminary',
        row: 3,
      });
    },
  });
}

describe('parseOnetJobZones rules', () => {
  const parse = (line: string) =>
    parseOnetJobZones({
      bytes: new TextEncoder().encode(`O*NET-SOC Code,Title,Job Zone,Date,Domain Source\n${line}\n`),
      file: 'x.csv',
    });
  it('rejects a Job Zone outside 1–5 or not whole', () => {
    expect(() => parse('29-2072.00,A,6,11/2021,Analyst')).toThrow(/must be an integer from 1 to 5, got 6/);
    expect(() => parse('29-2072.00,A,2.5,11/2021,Analyst')).toThrow(/got 2.5/);
  });
  it('rejects a date that is not MM/YYYY', () => {
    expect(() => parse('29-2072.00,A,3,2021-11,Analyst')).toThrow(/`Date` must be a month like 08\/2023/);
  });
});
