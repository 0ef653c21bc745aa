import { describeSourceAdapter, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { crossCheckBlsOpenings } from './cross-check-bls-openings.js';
import { type BlsOpeningsRecord, parseBlsOpeningsTable } from './parse-bls-openings-table.js';
import { parseBlsProjections } from './parse-bls-projections.js';

const HEADER = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  'Employment, 2024',
  'Employment, 2034',
  'Employment change, numeric, 2024–34',
  'Employment change, percent, 2024–34',
  'Labor force exit rate, 2024–34 annual average',
  'Occupational transfer rate, 2024–34 annual average',
  'Total occupational separations rate, 2024–34 annual average',
  'Labor force exits, 2024–34 annual average',
  'Occupational transfers, 2024–34 annual average',
  'Total occupational separations, 2024–34 annual average',
  'Occupational openings, 2024–34 annual average',
];
const FIXTURE: string[][] = [
  ['Table 1.10 Occupational separations and openings, projected 2024–34 (Employment in thousands)'],
  HEADER,
  [
    'Total, all occupations',
    '00-0000',
    'Summary',
    '169956.1',
    '175167.9',
    '5211.8',
    '3.1',
    '4.7',
    '5.9',
    '10.6',
    '8155',
    '10187.1',
    '18342.1',
    '18863.3',
  ],
  [
    '  Healthcare practitioners and technical occupations',
    '29-0000',
    'Summary',
    '10097.5',
    '10880.4',
    '782.9',
    '7.8',
    '2.4',
    '2.3',
    '4.7',
    '249.7',
    '240.5',
    '490.2',
    '568.5',
  ],
  [
    '      Medical records specialists',
    '29-2072',
    'Line item',
    '194.8',
    '208.6',
    '13.8',
    '7.1',
    '3.5',
    '2.9',
    '6.4',
    '7.1',
    '5.8',
    '12.9',
    '14.2',
  ],
  ['Source: Employment Projections program, U.S. Bureau of Labor Statistics'],
];

describeSourceAdapter({
  name: 'bls/occupation.xlsx Table 1.10',
  format: 'xlsx',
  sheet: 'Table 1.10',
  fixture: FIXTURE,
  headerRow: 1,
  parse: (bytes, file) => parseBlsOpeningsTable({ bytes, file }),
  requiredColumn: 'Occupational openings, 2024–34 annual average',
  numericColumn: 'Total occupational separations, 2024–34 annual average',
  check: (parsed) => {
    const records = parsed.records as BlsOpeningsRecord[];
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ code: '29-0000', indentLevel: 1, occupationType: 'Summary' });
    expect(records[2]).toEqual({
      code: '29-2072',
      title: 'Medical records specialists',
      indentLevel: 3,
      occupationType: 'Line item',
      employment2024: 194.8,
      employment2034: 208.6,
      employmentChange: 13.8,
      employmentChangePercent: 7.1,
      laborForceExitRate: 3.5,
      occupationalTransferRate: 2.9,
      separationsRate: 6.4,
      laborForceExits: 7.1,
      occupationalTransfers: 5.8,
      separations: 12.9,
      annualOpenings: 14.2,
      row: 5,
    });
  },
});

describe('crossCheckBlsOpenings', () => {
  const openings = parseBlsOpeningsTable({
    bytes: writeXlsx({ 'Table 1.10': FIXTURE }),
    file: 'o.xlsx',
  }).records;
  const projections = (openingsCell: string, code = '29-2072') =>
    parseBlsProjections({
      bytes: writeXlsx({
        'Table 1.2': [
          ['Table 1.2'],
          [
            ...HEADER.slice(0, 5),
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
          ],
          [
            'Medical records specialists',
            code,
            'Line item',
            '194.8',
            '208.6',
            '0.1',
            '0.1',
            '13.8',
            '7.1',
            '0.8',
            openingsCell,
            '50250',
            '—',
            '—',
            '—',
          ],
        ],
      }),
      file: 'p.xlsx',
    }).records;

  it('finds no mismatch when the openings agree', () => {
    expect(crossCheckBlsOpenings(projections('14.2'), openings)).toEqual({ compared: 1, mismatches: [] });
  });
  it('reports a different figure and a Line item missing from Table 1.10', () => {
    expect(crossCheckBlsOpenings(projections('14.3'), openings).mismatches).toEqual([
      { code: '29-2072', projections: 14.3, openingsTable: 14.2 },
    ]);
    expect(crossCheckBlsOpenings(projections('1', '29-2099'), openings).mismatches).toEqual([
      { code: '29-2099', projections: 1, openingsTable: null },
    ]);
  });
});
