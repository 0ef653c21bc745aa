import { SourceDescriptorSchema } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import {
  BLS_ANNUAL_OPENINGS_ID,
  BLS_EMPLOYMENT_CHANGE_ID,
  BLS_PROJECTIONS_CITATION,
} from './bls-projections-descriptors.js';
import { crossCheckBlsOpenings } from './cross-check-bls-openings.js';
import { employmentFactsOf } from './employment-facts-of.js';
import { loadBlsOpeningsTable, loadBlsProjections } from './load-bls-projections.js';
import { type BlsProjectionRecord, parseBlsProjections } from './parse-bls-projections.js';
import { readBlsMatrixTable } from './read-bls-matrix-table.js';
import { selectBlsAnnualOpenings, selectBlsEmploymentChange } from './select-bls-scoring-values.js';

const TITLE = [
  'Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)',
];
const HEADER = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  'Employment, 2024',
  'Employment, 2034',
  'Employment distribution, percent, 2024',
  'Employment distribution, percent, 2034',
  'Employment change, numeric, 2024–34',
  'Employment change, percent, 2024–34',
  'Percent self employed, 2024',
  'Occupational openings, 2024–34 annual average',
  'Median annual wage, dollars, 2024[1]',
  'Typical education needed for entry',
  'Work experience in a related occupation',
  'Typical on-the-job training needed to attain competency in the occupation',
  'Related Occupational Outlook Handbook (OOH) content xlsx',
];
const NONE = ['—', '—', '—', '—'];
const FIXTURE: string[][] = [
  TITLE,
  HEADER,
  [
    'Total, all occupations',
    '00-0000',
    'Summary',
    '169956.1',
    '175167.9',
    '100',
    '100',
    '5211.8',
    '3.1',
    '5.8',
    '18863.3',
    '49500',
    ...NONE,
  ],
  [
    '      Legislators',
    '11-1031',
    'Line item',
    '27.7',
    '28.6',
    '0',
    '0',
    '0.9',
    '3.4',
    '—',
    '2.2',
    '44810',
    "Bachelor's degree",
    'Less than 5 years',
    'None',
    '—',
  ],
  [
    '      Medical records specialists',
    '29-2072',
    'Line item',
    '194.8',
    '208.6',
    '0.1',
    '0.1',
    '13.8',
    '7.1',
    '0.8',
    '14.2',
    '50250',
    'Postsecondary nondegree award',
    'None',
    'None',
    'OOH Content',
  ],
  [
    '      Surgeons, all other',
    '29-1249',
    'Line item',
    '33.1',
    '33.9',
    '0',
    '0',
    '0.8',
    '2.4',
    '5.6',
    '1',
    '>=$239,200',
    'Doctoral or professional degree',
    'None',
    'Internship/residency',
    'OOH Content',
  ],
  [
    '      Actors',
    '27-2011',
    'Line item',
    '71.6',
    '73.2',
    '0',
    '0',
    '1.6',
    '2.2',
    '20.1',
    '7.6',
    '—',
    'Some college, no degree',
    'None',
    'Long-term on-the-job training',
    'OOH Content',
  ],
  ['Footnotes:'],
  [
    '[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics.',
  ],
  ['Note: Data is unavailable for values denoted with a "—".'],
  ['Source: Employment Projections program, U.S. Bureau of Labor Statistics'],
];

const parseGrid = (grid: string[][]) =>
  parseBlsProjections({ bytes: writeXlsx({ 'Table 1.2': grid }), file: 'occupation.xlsx' });
const byCode = (records: BlsProjectionRecord[], code: string) => records.find((r) => r.code === code);

describeSourceAdapter({
  name: 'bls/occupation.xlsx Table 1.2',
  format: 'xlsx',
  sheet: 'Table 1.2',
  fixture: FIXTURE,
  headerRow: 1,
  parse: (bytes, file) => parseBlsProjections({ bytes, file }),
  requiredColumn: 'Occupational openings, 2024–34 annual average',
  numericColumn: 'Employment, 2024',
  check: (parsed) => {
    const records = parsed.records as BlsProjectionRecord[];
    expect(records.map((r) => r.code)).toEqual(['00-0000', '11-1031', '29-2072', '29-1249', '27-2011']);
    expect(records[0]).toMatchObject({
      title: 'Total, all occupations',
      indentLevel: 0,
      occupationType: 'Summary',
    });
    expect(records[0]?.typicalEducation).toBeNull();
    expect(byCode(records, '29-2072')).toEqual({
      code: '29-2072',
      title: 'Medical records specialists',
      indentLevel: 3,
      occupationType: 'Line item',
      employment2024: 194.8,
      employment2034: 208.6,
      employmentDistribution2024: 0.1,
      employmentDistribution2034: 0.1,
      employmentChange: 13.8,
      employmentChangePercent: 7.1,
      selfEmployedPercent: 0.8,
      annualOpenings: 14.2,
      medianWage: 50250,
      medianWageTopCoded: false,
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
      row: 5,
    });
    expect(byCode(records, '11-1031')?.selfEmployedPercent).toBeNull();
    expect(byCode(records, '29-1249')).toMatchObject({ medianWage: 239200, medianWageTopCoded: true });
    expect(byCode(records, '27-2011')).toMatchObject({ medianWage: null, medianWageTopCoded: false });
    expect(parsed.descriptor).toMatchObject({ id: 'bls-projections', codeSystem: 'bls-matrix' });
  },
});

describe('parseBlsProjections rules', () => {
  const withRow = (index: number, change: (row: string[]) => string[]) =>
    FIXTURE.map((row, i) => (i === index ? change([...row]) : row));

  it('rejects a malformed code, naming the row', () => {
    const grid = withRow(4, (row) => ['      Medical records specialists', '29-207', ...row.slice(2)]);
    expect(() => parseGrid(grid)).toThrow(
      /occupation\.xlsx row 5: `2024 National Employment Matrix code` must be/,
    );
  });
  it('rejects a duplicated code', () => {
    const grid = withRow(5, (row) => [row[0]!, '29-2072', ...row.slice(2)]);
    expect(() => parseGrid(grid)).toThrow(/row 6: .*duplicate code 29-2072 \(first seen on row 5\)/);
  });
  it('rejects an unknown occupation type and an odd indentation', () => {
    expect(() => parseGrid(withRow(3, (row) => [row[0]!, row[1]!, 'Detail', ...row.slice(3)]))).toThrow(
      /row 4: `Occupation type` must be "Summary" or "Line item", got "Detail"/,
    );
    expect(() => parseGrid(withRow(3, (row) => ['   Legislators', ...row.slice(1)]))).toThrow(
      /row 4: .*indented by 3 spaces/,
    );
  });
  it('rejects a wage that is neither a number, "—" nor a top code', () => {
    const grid = withRow(4, (row) => row.map((cell, c) => (c === 11 ? '>$50,000' : cell)));
    expect(() => parseGrid(grid)).toThrow(/row 5: `Median annual wage, dollars, 2024\[1\]` must be a number/);
  });
  it('rejects a row without a code in the middle of the data instead of skipping it as a footnote', () => {
    const grid = withRow(4, (row) => [row[0]!, '', ...row.slice(2)]);
    expect(() => parseGrid(grid)).toThrow(/row 5: `2024 National Employment Matrix code` must be/);
  });
  it('sets the trailing rows without a code apart as footnotes', () => {
    const { table, footnotes } = readBlsMatrixTable(
      writeXlsx({ 'Table 1.2': FIXTURE }),
      'o.xlsx',
      'Table 1.2',
      [],
    );
    expect(table.rows.map((row) => row.line)).toEqual([3, 4, 5, 6, 7]);
    expect(footnotes).toHaveLength(4);
    expect(footnotes[0]).toBe('Footnotes:');
    expect(footnotes[3]).toMatch(/^Source: Employment Projections program/);
  });
  it('gives the two scoring sources their own descriptors over Line items only', () => {
    const parsed = parseGrid(FIXTURE);
    const openings = selectBlsAnnualOpenings(parsed);
    const change = selectBlsEmploymentChange(parsed);
    expect(openings.records.map((r) => r.code)).toEqual(['11-1031', '29-2072', '29-1249', '27-2011']);
    expect(openings.records[1]).toEqual({
      code: '29-2072',
      value: 14.2,
      title: 'Medical records specialists',
      row: 5,
    });
    expect(change.records[1]?.value).toBe(7.1);
    for (const [source, id] of [
      [openings, BLS_ANNUAL_OPENINGS_ID],
      [change, BLS_EMPLOYMENT_CHANGE_ID],
    ] as const) {
      expect(SourceDescriptorSchema.parse(source.descriptor)).toMatchObject({
        id,
        direction: 'higher-is-more-resilient',
        codeSystem: 'bls-matrix',
      });
    }
  });
  it('turns a record into report facts with the citation', () => {
    const record = byCode(parseGrid(FIXTURE).records, '29-1249')!;
    expect(employmentFactsOf(record)).toMatchObject({
      medianWage: 239200,
      medianWageTopCoded: true,
      onTheJobTraining: 'Internship/residency',
      citation: BLS_PROJECTIONS_CITATION,
    });
  });
});

describe.runIf(hasMirror)('bls/occupation.xlsx Table 1.2 in the mirror', async () => {
  const parsed = hasMirror ? await loadBlsProjections(mirrorPath('bls/occupation.xlsx')) : undefined;
  const records = parsed?.records ?? [];

  it('has 832 Line items and 281 Summary rows, footnotes skipped', () => {
    expect(records.filter((r) => r.occupationType === 'Line item')).toHaveLength(832);
    expect(records.filter((r) => r.occupationType === 'Summary')).toHaveLength(281);
    expect(records.at(-1)?.code).toBe('53-7199');
    expect(byCode(records, '00-0000')).toMatchObject({ employment2024: 169956.1, employment2034: 175167.9 });
    expect(parsed?.descriptor.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has the published facts of 29-2072 Medical records specialists (methodology §8)', () => {
    expect(employmentFactsOf(byCode(records, '29-2072')!)).toEqual({
      employment2024: 194.8,
      employment2034: 208.6,
      employmentChangePercent: 7.1,
      annualOpenings: 14.2,
      medianWage: 50250,
      medianWageTopCoded: false,
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
      citation: BLS_PROJECTIONS_CITATION,
    });
  });

  it('keeps published figures at one decimal, top codes flagged, missing values null', () => {
    const oneDecimal = (value: number | null) =>
      value === null || Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
    for (const record of records) {
      expect(oneDecimal(record.employmentChangePercent) && oneDecimal(record.annualOpenings)).toBe(true);
    }
    const topCoded = records.filter((r) => r.medianWageTopCoded);
    expect(topCoded).toHaveLength(19);
    expect(new Set(topCoded.map((r) => r.medianWage))).toEqual(new Set([239200]));
    expect(records.filter((r) => r.medianWage === null).map((r) => r.code)).toContain('27-2011');
    expect(records.filter((r) => r.occupationType === 'Line item' && r.typicalEducation === null)).toEqual(
      [],
    );
    expect(new Set(records.map((r) => r.indentLevel))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('gives every Line item openings and a percent change (832 values each)', () => {
    expect(selectBlsAnnualOpenings(parsed!).records).toHaveLength(832);
    expect(selectBlsEmploymentChange(parsed!).records).toHaveLength(832);
  });

  it('agrees with Table 1.10 on every Line item’s openings', async () => {
    const table110 = await loadBlsOpeningsTable(mirrorPath('bls/occupation.xlsx'));
    expect(table110.records).toHaveLength(1113);
    const check = crossCheckBlsOpenings(records, table110.records);
    expect(check.compared).toBe(832);
    expect(check.mismatches).toEqual([]);
    expect(byCode(records, '29-2072')?.annualOpenings).toBe(
      table110.records.find((r) => r.code === '29-2072')?.annualOpenings,
    );
  });
});
