import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadBlsProjections } from '../bls-projections/load-bls-projections.js';
import { loadSocStructure2018 } from '../soc-2018/load-soc-2018.js';
import { createCrosswalkFromMembers, crosswalkLinks } from './crosswalk.js';
import { loadNemOnetToSocCrosswalk } from './load-crosswalks.js';
import {
  MATRIX_AGGREGATE_CODES,
  matrixAggregateMembers,
  type NemCrosswalkRecord,
  parseNemOnetToSocCrosswalk,
} from './parse-nem-onet-to-soc-crosswalk.js';

const HEADER = [
  'Sort Order',
  'O*NET-SOC Code',
  'O*NET-SOC Title',
  'NEM Code',
  'National Employment Matrix Occupational Title',
  'OOH Profile Code',
  'OOH Profile Title',
  'OOH Occupation Group',
  'OOH Occupation Group (brief)',
  'OOH Profile Website',
];
const FIXTURE: string[][] = [
  [
    'Bureau of Labor Statistics O*NET-SOC to National Employment Matrix (NEM) and Occupational Outlook Handbook Coverage Crosswalk',
  ],
  ['Office of Occupational Statistics and Employment Projections'],
  ['As of 9/6/2023'],
  ['O*NET-SOC and National Employment Matrix (NEM) equivalents with Occupational Outlook Handbook coverage'],
  HEADER,
  [
    '61',
    '13-1021.00',
    'Buyers and Purchasing Agents, Farm Products',
    '13-1020',
    'Buyers and purchasing agents',
    'B100',
    'Purchasing managers, buyers, and purchasing agents',
    'Business-and-Financial',
    'Business',
    'https://www.bls.gov/OOH/business-and-financial/purchasing-managers.htm',
  ],
  [
    '62',
    '13-1022.00',
    'Wholesale and Retail Buyers, Except Farm Products',
    '13-1020',
    'Buyers and purchasing agents',
    'B100',
    'Purchasing managers, buyers, and purchasing agents',
    'Business-and-Financial',
    'Business',
    'https://www.bls.gov/OOH/business-and-financial/purchasing-managers.htm',
  ],
  [
    '494',
    '29-2072.00',
    'Medical Records Specialists',
    '29-2072',
    'Medical records specialists',
    'B230',
    'Medical records specialists',
    'Healthcare',
    'Healthcare',
    'https://www.bls.gov/OOH/healthcare/medical-records-and-health-information-technicians.htm',
  ],
  [
    '996',
    '53-7121.00',
    'Tank Car, Truck, and Ship Loaders',
    '53-7121',
    'Tank car, truck, and ship loaders',
    '—',
    '—',
    '—',
    '—',
    '—',
  ],
];

describeSourceAdapter({
  name: 'bls/nem-onet-to-soc-crosswalk.xlsx',
  format: 'xlsx',
  sheet: 'ONET to SOC crosswalk',
  fixture: FIXTURE,
  headerRow: 4,
  parse: (bytes, file) => parseNemOnetToSocCrosswalk({ bytes, file }),
  requiredColumn: 'NEM Code',
  numericColumn: 'Sort Order',
  check: (parsed) => {
    const records = parsed.records as NemCrosswalkRecord[];
    expect(records).toHaveLength(4);
    expect(records[2]).toEqual({
      from: '29-2072.00',
      to: '29-2072',
      fromTitle: 'Medical Records Specialists',
      toTitle: 'Medical records specialists',
      row: 8,
      sortOrder: 494,
      oohProfileCode: 'B230',
      oohProfileTitle: 'Medical records specialists',
    });
    expect(records[3]).toMatchObject({ oohProfileCode: null, oohProfileTitle: null });
    expect(matrixAggregateMembers(records)).toEqual({ '13-1020': ['13-1021', '13-1022'] });
  },
});

describe('parseNemOnetToSocCrosswalk rules', () => {
  const parse = (rows: string[][]) =>
    parseNemOnetToSocCrosswalk({
      bytes: writeXlsx({ 'ONET to SOC crosswalk': [...FIXTURE.slice(0, 5), ...rows] }),
      file: 'nem.xlsx',
    });
  it('rejects a 6-digit code where an O*NET-SOC code is expected, a bad matrix code and a repeated code', () => {
    expect(() => parse([['1', '29-2072', 'x', '29-2072', 'y']])).toThrow(
      /nem\.xlsx row 6: `O\*NET-SOC Code` must be an O\*NET-SOC code/,
    );
    expect(() => parse([['1', '29-2072.00', 'x', '29-20720', 'y']])).toThrow(
      /row 6: `NEM Code` must be a matrix code/,
    );
    expect(() =>
      parse([
        ['1', '29-2072.00', 'x', '29-2072', 'y'],
        ['2', '29-2072.00', 'x', '29-2072', 'y'],
      ]),
    ).toThrow(/row 7: `O\*NET-SOC Code` duplicate code 29-2072.00 \(first seen on row 6\)/);
  });
});

describe('matrixAggregateMembers', () => {
  it('lists only matrix codes whose O*NET-SOC codes have other parents, members sorted and distinct', () => {
    const members = matrixAggregateMembers([
      { from: '53-1049.00', to: '53-1047' },
      { from: '53-1042.01', to: '53-1047' },
      { from: '53-1042.00', to: '53-1047' },
      { from: '11-1011.00', to: '11-1011' },
      { from: '11-1011.03', to: '11-1011' },
    ]);
    expect(members).toEqual({ '53-1047': ['53-1042', '53-1049'] });
  });
});

describe.runIf(hasMirror)('bls/nem-onet-to-soc-crosswalk.xlsx in the mirror', () => {
  it('maps 997 O*NET-SOC codes onto exactly the 832 Line items, 12 of them aggregates of SOC 2018 codes', async () => {
    const { records } = await loadNemOnetToSocCrosswalk(mirrorPath('bls/nem-onet-to-soc-crosswalk.xlsx'));
    expect(records).toHaveLength(997);
    const projections = await loadBlsProjections(mirrorPath('bls/occupation.xlsx'));
    const lineItems = projections.records.filter((r) => r.occupationType === 'Line item').map((r) => r.code);
    expect([...new Set(records.map((record) => record.to))].sort()).toEqual([...lineItems].sort());

    const members = matrixAggregateMembers(records);
    expect(Object.keys(members)).toEqual([...MATRIX_AGGREGATE_CODES]);
    expect(members['13-1020']).toEqual(['13-1021', '13-1022', '13-1023']);
    expect(members['29-2010']).toEqual(['29-2011', '29-2012']);
    expect(members['53-1047']).toEqual(['53-1042', '53-1043', '53-1044', '53-1049']);
    expect(Object.values(members).flat()).toHaveLength(28);

    const structure = await loadSocStructure2018(mirrorPath('bls/soc_structure_2018.xlsx'));
    const detailed = new Set(structure.records.filter((r) => r.level === 'detailed').map((r) => r.code));
    expect(lineItems.filter((code) => !detailed.has(code)).sort()).toEqual([...MATRIX_AGGREGATE_CODES]);
    expect(
      Object.values(members)
        .flat()
        .filter((code) => !detailed.has(code)),
    ).toEqual([]);

    const links = crosswalkLinks(['13-1021', '13-1023', '29-2072'], createCrosswalkFromMembers(members));
    expect(links).toEqual({ '13-1020': ['13-1021', '13-1023'] });
  });
});
