import { describeSourceAdapter, type FixtureGrid, writeDelimited, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { type OnetEducation, parseOnetEducation } from './parse-onet-education.js';

const categoriesGrid: FixtureGrid = [
  ['Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Category', 'Category Description'],
  [
    '2.D.1',
    'Required Level of Education',
    'RL',
    'Required Level Of Education (Categories 1-3)',
    '1',
    'Less than a High School Diploma',
  ],
  [
    '2.D.1',
    'Required Level of Education',
    'RL',
    'Required Level Of Education (Categories 1-3)',
    '2',
    'High School Diploma - or the equivalent (for example, GED)',
  ],
  [
    '2.D.1',
    'Required Level of Education',
    'RL',
    'Required Level Of Education (Categories 1-3)',
    '3',
    "Associate's Degree (or other 2-year degree)",
  ],
  ['3.A.1', 'Related Work Experience', 'RW', 'Related Work Experience (Categories 1-11)', '1', 'None'],
];

const header = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Scale Name',
  'Category',
  'Data Value',
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
  'Date',
  'Domain Source',
];
const rl = (code: string, title: string, category: string, value: string, suppress = 'N'): string[] => [
  code,
  title,
  '2.D.1',
  'Required Level of Education',
  'RL',
  'Required Level Of Education (Categories 1-3)',
  category,
  value,
  '20',
  '1.0',
  '',
  '',
  suppress,
  '08/2023',
  'Incumbent',
];
const fixture: FixtureGrid = [
  header,
  rl('11-1011.00', 'Chief Executives', '1', '10.5'),
  rl('11-1011.00', 'Chief Executives', '2', '60.25'),
  rl('11-1011.00', 'Chief Executives', '3', '29.25', 'Y'),
  // A row of another scale (29.3's combined file), skipped.
  [
    '11-1011.00',
    'Chief Executives',
    '3.A.1',
    'Related Work Experience',
    'RW',
    'Related Work Experience',
    '1',
    '80',
    '20',
    '',
    '',
    '',
    'N',
    '08/2023',
    'Incumbent',
  ],
  // A tie between categories 1 and 3: the lower one is the mode.
  rl('47-2061.00', 'Construction Laborers', '1', '45'),
  rl('47-2061.00', 'Construction Laborers', '2', '10'),
  rl('47-2061.00', 'Construction Laborers', '3', '45'),
];

const checkRecords = (records: readonly unknown[]) => {
  const [chief, laborers] = records as OnetEducation[];
  expect(records).toHaveLength(2);
  expect(chief?.distribution.map((share) => share.percent)).toEqual([10.5, 60.25, 29.25]);
  expect(chief?.distribution[2]?.suppressRecommended).toBe(true);
  expect(chief).toMatchObject({
    code: '11-1011.00',
    modalCategory: 2,
    modalLabel: 'High School Diploma - or the equivalent (for example, GED)',
    modalShortLabel: 'High School Diploma',
    sampleSize: 20,
    row: 2,
  });
  expect(laborers).toMatchObject({
    modalCategory: 1,
    modalShortLabel: 'Less than a High School Diploma',
    row: 6,
  });
  expect(laborers?.distribution[2]?.shortLabel).toBe("Associate's Degree");
};

describeSourceAdapter({
  name: 'onet education (csv)',
  format: 'csv',
  fixture,
  parse: (bytes, file) =>
    parseOnetEducation(
      { bytes, file },
      { bytes: new TextEncoder().encode(writeDelimited(categoriesGrid)), file: 'education_categories.csv' },
    ),
  requiredColumn: 'Data Value',
  numericColumn: 'Data Value',
  check: (parsed) => {
    checkRecords(parsed.records);
    expect(parsed.descriptor.files.map((file) => file.path)).toEqual([
      'fixture.csv',
      'education_categories.csv',
    ]);
  },
});

describeSourceAdapter({
  name: 'onet education (xlsx)',
  format: 'xlsx',
  fixture,
  parse: (bytes, file) =>
    parseOnetEducation(
      { bytes, file },
      { bytes: writeXlsx({ Categories: categoriesGrid }), file: 'Education Categories.xlsx' },
    ),
  requiredColumn: 'Scale ID',
  numericColumn: 'Data Value',
  check: (parsed) => checkRecords(parsed.records),
});

describe('parseOnetEducation rules', () => {
  const categories = {
    bytes: new TextEncoder().encode(writeDelimited(categoriesGrid)),
    file: 'education_categories.csv',
  };
  const parse = (grid: FixtureGrid) =>
    parseOnetEducation(
      { bytes: new TextEncoder().encode(writeDelimited(grid)), file: 'education.csv' },
      categories,
    );
  it('rejects an occupation missing a category', () => {
    expect(() => parse([header, rl('11-1011.00', 'A', '1', '40'), rl('11-1011.00', 'A', '2', '60')])).toThrow(
      /row 2: `Category` 11-1011.00 has no row for category 3/,
    );
  });
  it('rejects a category without a label, a repeated category and a percentage above 100', () => {
    expect(() => parse([header, rl('11-1011.00', 'A', '4', '40')])).toThrow(
      /category 4 is not in education_categories.csv/,
    );
    expect(() => parse([header, rl('11-1011.00', 'A', '1', '40'), rl('11-1011.00', 'A', '1', '60')])).toThrow(
      /row 3: `Category` duplicate category 1 for 11-1011.00/,
    );
    expect(() => parse([header, rl('11-1011.00', 'A', '1', '140')])).toThrow(
      /percentage in \[0, 100\], got 140/,
    );
  });
  it('rejects a file without Required Level of Education rows', () => {
    expect(() => parse([header, fixture[4]!])).toThrow(/no rows of scale RL/);
  });
});
