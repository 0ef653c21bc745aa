import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadSocDefinitions2018, loadSocStructure2018 } from './load-soc-2018.js';
import { parseSocDefinitions2018, type SocDefinitionRecord } from './parse-soc-definitions-2018.js';
import { parseSocStructure2018, type SocStructureRecord } from './parse-soc-structure-2018.js';

const PREAMBLE: string[][] = [
  ['U.S. Bureau of Labor Statistics'],
  [
    'On behalf of the Office of Management and Budget (OMB) and the Standard Occupational Classification Policy Committee (SOCPC)',
  ],
  [],
  ['November 2017 (for reference year January 2018)'],
  ['***This is the final structure for the 2018 SOC. Questions should be emailed to soc@bls.gov***'],
  [],
  [],
];
const STRUCTURE: string[][] = [
  ...PREAMBLE,
  ['Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation', ''],
  ['29-0000', '', '', '', 'Healthcare Practitioners and Technical Occupations'],
  ['', '29-2000', '', '', 'Health Technologists and Technicians'],
  ['', '', '29-2070', '', 'Medical Records Specialists'],
  ['', '', '', '29-2072', 'Medical Records Specialists'],
  ['', '29-9000', '', '', 'Other Healthcare Practitioners and Technical Occupations'],
  ['', '', '29-9020', '', 'Health Information Technologists and Medical Registrars'],
  ['', '', '', '29-9021', 'Health Information Technologists and Medical Registrars'],
];
const DEFINITIONS: string[][] = [
  ...PREAMBLE,
  ['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'],
  ['Major', '29-0000', 'Healthcare Practitioners and Technical Occupations', ''],
  ['Broad', '29-2070', 'Medical Records Specialists', ''],
  [
    'Detailed',
    '29-2072',
    'Medical Records Specialists',
    'Compile and maintain patient records. Classify diagnoses and procedures into the health care industry’s numerical coding system.',
  ],
];

describeSourceAdapter({
  name: 'bls/soc_structure_2018.xlsx',
  format: 'xlsx',
  sheet: '2018 Structure',
  fixture: STRUCTURE,
  headerRow: 7,
  parse: (bytes, file) => parseSocStructure2018({ bytes, file }),
  requiredColumn: 'Detailed Occupation',
  numericColumn: 'Major Group',
  check: (parsed) => {
    const records = parsed.records as SocStructureRecord[];
    expect(records.map((r) => `${r.level}:${r.code}<${r.parent}`)).toEqual([
      'major:29-0000<null',
      'minor:29-2000<29-0000',
      'broad:29-2070<29-2000',
      'detailed:29-2072<29-2070',
      'minor:29-9000<29-0000',
      'broad:29-9020<29-9000',
      'detailed:29-9021<29-9020',
    ]);
    expect(records[3]).toEqual({
      code: '29-2072',
      title: 'Medical Records Specialists',
      level: 'detailed',
      parent: '29-2070',
      major: '29-0000',
      row: 12,
    });
  },
});

describeSourceAdapter({
  name: 'bls/soc_2018_definitions.xlsx',
  format: 'xlsx',
  sheet: '2018 SOC',
  fixture: DEFINITIONS,
  headerRow: 7,
  parse: (bytes, file) => parseSocDefinitions2018({ bytes, file }),
  requiredColumn: 'SOC Definition',
  numericColumn: 'SOC Code',
  check: (parsed) => {
    const records = parsed.records as SocDefinitionRecord[];
    expect(records.map((r) => [r.code, r.level, r.definition === null])).toEqual([
      ['29-0000', 'major', true],
      ['29-2070', 'broad', true],
      ['29-2072', 'detailed', false],
    ]);
    expect(records[2]?.definition).toContain('health care industry’s numerical coding system');
    expect(parsed.descriptor.codeSystem).toBe('soc-2018');
  },
});

describe('parseSocStructure2018 rules', () => {
  const parse = (rows: string[][]) =>
    parseSocStructure2018({
      bytes: writeXlsx({ '2018 Structure': [...STRUCTURE.slice(0, 8), ...rows] }),
      file: 'structure.xlsx',
    });
  it('rejects a row with two codes, a code at the wrong level and an orphan', () => {
    expect(() => parse([['29-0000', '29-2000', '', '', 'Two']])).toThrow(
      /row 9: `Minor Group` must fill exactly one of the code columns, found 2/,
    );
    expect(() =>
      parse([
        ['29-0000', '', '', '', 'Major'],
        ['', '29-2072', '', '', 'Detailed'],
      ]),
    ).toThrow(/row 10: `Minor Group` must be a minor SOC code, got "29-2072"/);
    expect(() =>
      parse([
        ['29-0000', '', '', '', 'Major'],
        ['', '', '', '31-1121', 'Orphan'],
      ]),
    ).toThrow(/row 10: `Detailed Occupation` has no broad group above it/);
  });
  it('rejects a duplicated code and an empty title', () => {
    expect(() =>
      parse([
        ['29-0000', '', '', '', 'Major'],
        ['29-0000', '', '', '', 'Again'],
      ]),
    ).toThrow(/row 10: `Major Group` duplicate code 29-0000 \(first seen on row 9\)/);
    expect(() => parse([['29-0000', '', '', '', '']])).toThrow(/row 9: .* must not be empty/);
  });
});

describe('parseSocDefinitions2018 rules', () => {
  const parse = (rows: string[][]) =>
    parseSocDefinitions2018({
      bytes: writeXlsx({ '2018 SOC': [...DEFINITIONS.slice(0, 8), ...rows] }),
      file: 'definitions.xlsx',
    });
  it('rejects an unknown group, a detailed occupation without a definition and a duplicate', () => {
    expect(() => parse([['Unit', '29-2072', 'x', 'y']])).toThrow(/row 9: `SOC Group` must be Major, Minor/);
    expect(() => parse([['Detailed', '29-2072', 'Medical Records Specialists', '']])).toThrow(
      /row 9: `SOC Definition` must not be empty for detailed occupation 29-2072/,
    );
    expect(() =>
      parse([
        ['Detailed', '29-2072', 'A', 'x'],
        ['Detailed', '29-2072', 'B', 'y'],
      ]),
    ).toThrow(/row 10: `SOC Code` duplicate code 29-2072/);
  });
});

describe.runIf(hasMirror)('2018 SOC files in the mirror', () => {
  it('has 23 major, 98 minor, 459 broad and 867 detailed entries, the same in both files', async () => {
    const structure = await loadSocStructure2018(mirrorPath('bls/soc_structure_2018.xlsx'));
    const definitions = await loadSocDefinitions2018(mirrorPath('bls/soc_2018_definitions.xlsx'));
    const count = (records: readonly { level: string }[]) =>
      Object.fromEntries(
        ['major', 'minor', 'broad', 'detailed'].map((level) => [
          level,
          records.filter((record) => record.level === level).length,
        ]),
      );
    expect(count(structure.records)).toEqual({ major: 23, minor: 98, broad: 459, detailed: 867 });
    expect(count(definitions.records)).toEqual(count(structure.records));
    expect(definitions.records.map((r) => `${r.code} ${r.title}`)).toEqual(
      structure.records.map((r) => `${r.code} ${r.title}`),
    );
    expect(structure.records.find((r) => r.code === '29-2072')).toMatchObject({
      parent: '29-2070',
      major: '29-0000',
      title: 'Medical Records Specialists',
    });
    expect(definitions.records.find((r) => r.code === '29-2072')?.definition).toMatch(/^Compile, process/);
    expect(definitions.records.filter((r) => (r.level === 'detailed') !== (r.definition !== null))).toEqual(
      [],
    );
  });
});
