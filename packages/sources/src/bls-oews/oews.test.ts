import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadOews } from './load-oews.js';
import { type OewsRecord, parseOews, selectOewsDetailed } from './parse-oews.js';

const HEADER = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'EMP_PRSE',
  'JOBS_1000',
  'LOC_QUOTIENT',
  'PCT_TOTAL',
  'PCT_RPT',
  'H_MEAN',
  'A_MEAN',
  'MEAN_PRSE',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
];
const US = ['99', 'U.S.', '1', 'US', '000000', 'Cross-industry', 'cross-industry', '1235'];
const BLANK4 = ['', '', '', ''];
const FIXTURE: string[][] = [
  HEADER,
  [
    ...US,
    '29-2072',
    'Medical Records Specialists',
    'detailed',
    '187910',
    '1',
    ...BLANK4,
    '26.91',
    '55970',
    '0.6',
    '17.2',
    '20',
    '24.16',
    '30.8',
    '38.92',
    '35780',
    '41600',
    '50250',
    '64070',
    '80950',
    '',
    '',
  ],
  [
    ...US,
    '13-1020',
    'Buyers and Purchasing Agents',
    'broad',
    '486900',
    '0.6',
    ...BLANK4,
    '39.29',
    '81720',
    '0.4',
    '22.34',
    '28.21',
    '36.37',
    '47.69',
    '61.31',
    '46460',
    '58670',
    '75650',
    '99190',
    '127520',
    '',
    '',
  ],
  [
    ...US,
    '13-1020',
    'Buyers and Purchasing Agents',
    'detailed',
    '486900',
    '0.6',
    ...BLANK4,
    '39.29',
    '81720',
    '0.4',
    '22.34',
    '28.21',
    '36.37',
    '47.69',
    '61.31',
    '46460',
    '58670',
    '75650',
    '99190',
    '127520',
    '',
    '',
  ],
  [
    ...US,
    '29-1229',
    'Physicians, All Other',
    'detailed',
    '315360',
    '1.5',
    ...BLANK4,
    '121.86',
    '253470',
    '0.9',
    '32.15',
    '45.71',
    '#',
    '#',
    '#',
    '66860',
    '95080',
    '#',
    '#',
    '#',
    '',
    '',
  ],
  [
    ...US,
    '27-2011',
    'Actors',
    'detailed',
    '**',
    '5.9',
    ...BLANK4,
    '*',
    '*',
    '*',
    '*',
    '*',
    '23.33',
    '*',
    '*',
    '*',
    '*',
    '*',
    '*',
    '*',
    '',
    'TRUE',
  ],
];
const NOTES: string[][] = [
  ['May 2024 OEWS Estimates'],
  ['Notes:'],
  ['*  = indicates that a wage estimate is not available'],
  ['#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year '],
];
const find = (records: readonly unknown[], code: string, group = 'detailed') =>
  (records as OewsRecord[]).find((record) => record.code === code && record.group === group);

describeSourceAdapter({
  name: 'bls/national_M2024_dl.xlsx',
  format: 'xlsx',
  sheet: 'national_M2024_dl',
  extraSheets: { 'Field Descriptions': NOTES },
  fixture: FIXTURE,
  parse: (bytes, file) => parseOews({ bytes, file }),
  requiredColumn: 'A_MEDIAN',
  numericColumn: 'A_MEAN',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(5);
    expect(find(parsed.records, '29-2072')).toEqual({
      code: '29-2072',
      title: 'Medical Records Specialists',
      group: 'detailed',
      employment: 187910,
      meanWage: 55970,
      meanWageTopCoded: false,
      medianWage: 50250,
      medianWageTopCoded: false,
      hourlyMeanWage: 26.91,
      hourlyMeanWageTopCoded: false,
      hourlyMedianWage: 24.16,
      hourlyMedianWageTopCoded: false,
      annualOnly: false,
      hourlyOnly: false,
      row: 2,
    });
    expect(find(parsed.records, '29-1229')).toMatchObject({
      meanWage: 253470,
      medianWage: 239200,
      medianWageTopCoded: true,
      hourlyMedianWage: 115,
      hourlyMedianWageTopCoded: true,
    });
    expect(find(parsed.records, '27-2011')).toMatchObject({
      employment: null,
      meanWage: null,
      medianWage: null,
      medianWageTopCoded: false,
      hourlyMedianWage: 23.33,
      hourlyOnly: true,
    });
    expect(parsed.descriptor.options).toEqual({ topCodedAnnualWage: 239200, topCodedHourlyWage: 115 });
  },
});

describe('parseOews rules', () => {
  const parse = (grid: string[][], sheets: Record<string, string[][]> = {}) =>
    parseOews({ bytes: writeXlsx({ national_M2024_dl: grid, ...sheets }), file: 'oews.xlsx' });
  const edit = (index: number, column: string, value: string) =>
    FIXTURE.map((row, r) =>
      r === index ? row.map((cell, c) => (HEADER[c] === column ? value : cell)) : row,
    );

  it('keeps a code published at two levels once per level, but rejects a repeated code and level', () => {
    const detailed = selectOewsDetailed(parse(FIXTURE).records);
    expect([...detailed.keys()]).toEqual(['29-2072', '13-1020', '29-1229', '27-2011']);
    expect(() => parse(edit(2, 'O_GROUP', 'detailed'))).toThrow(
      /oews\.xlsx row 4: `OCC_CODE` duplicate code 13-1020 at level detailed \(first seen on row 3\)/,
    );
  });
  it('rejects a malformed code, an unknown group and an empty wage cell', () => {
    expect(() => parse(edit(1, 'OCC_CODE', '292072'))).toThrow(/row 2: `OCC_CODE` must be a SOC code/);
    expect(() => parse(edit(1, 'O_GROUP', 'unit'))).toThrow(/row 2: `O_GROUP` must be one of/);
    expect(() => parse(edit(1, 'A_MEDIAN', ''))).toThrow(
      /row 2: `A_MEDIAN` must be a number, got an empty cell/,
    );
  });
  it('reads the top codes from the notes sheet, and falls back to May 2024 without it', () => {
    const notes = [['#  = indicates a wage equal to or greater than $120.00 per hour or $250,000 per year']];
    const later = parse(FIXTURE, { 'Field Descriptions': notes });
    expect(find(later.records, '29-1229')).toMatchObject({ medianWage: 250000, hourlyMedianWage: 120 });
    expect(find(parse(FIXTURE).records, '29-1229')?.medianWage).toBe(239200);
  });
  it('accepts lower-case column names as in older OEWS releases', () => {
    const lower = [HEADER.map((name) => name.toLowerCase()), ...FIXTURE.slice(1)];
    expect(find(parse(lower).records, '29-2072')?.medianWage).toBe(50250);
  });
});

describe.runIf(hasMirror)('bls/national_M2024_dl.xlsx in the mirror', () => {
  it('has 1403 rows, 831 at the detailed level, and the May 2024 facts', async () => {
    const { records, descriptor } = await loadOews(mirrorPath('bls/national_M2024_dl.xlsx'));
    expect(records).toHaveLength(1403);
    const counts = Object.fromEntries(
      ['total', 'major', 'minor', 'broad', 'detailed'].map((group) => [
        group,
        records.filter((record) => record.group === group).length,
      ]),
    );
    expect(counts).toEqual({ total: 1, major: 22, minor: 94, broad: 455, detailed: 831 });
    const detailed = selectOewsDetailed(records);
    expect(detailed.size).toBe(831);
    expect(detailed.get('29-2072')).toMatchObject({ employment: 187910, medianWage: 50250, meanWage: 55970 });
    expect(detailed.get('00-0000')).toBeUndefined();
    expect(find(records, '00-0000', 'total')?.employment).toBe(154187380);
    expect([...detailed.values()].filter((record) => record.medianWageTopCoded)).toHaveLength(17);
    expect(records.filter((record) => record.medianWage === null).map((record) => record.code)).toEqual([
      '27-2011',
      '27-2031',
      '27-2040',
      '27-2042',
      '27-2090',
      '27-2091',
      '27-2099',
    ]);
    expect(records.filter((record) => record.annualOnly)).toHaveLength(83);
    expect(descriptor.options).toEqual({ topCodedAnnualWage: 239200, topCodedHourlyWage: 115 });
  });
});
