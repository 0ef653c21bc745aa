import type { FixtureGrid } from '@airesilience/test-utils';
import { BLS_OPENINGS_COLUMNS } from '../../bls-projections/parse-bls-openings-table.js';
import { BLS_PROJECTIONS_COLUMNS } from '../../bls-projections/parse-bls-projections.js';
import * as sources from '../../index.js';

/** The file formats the adapters read. */
export type CaseFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

/** What a parser returns, as far as the matrix looks at it. */
export interface ParsedLike {
  /** The records. */
  records: readonly unknown[];
}

/** A tabular adapter (CSV, TSV or XLSX) with a valid fixture and the cells the matrix may break. */
export interface TabularCase {
  /** The name of the `parseX` export under test. */
  parser: string;
  /** A label for the test name (defaults to `parser`). */
  label?: string;
  /** The format of the file. */
  format: 'csv' | 'tsv' | 'xlsx';
  /** For xlsx: the sheet the grid is written to (default `Sheet1`). */
  sheet?: string;
  /** The valid fixture: a small hand-written grid in the real file's layout, header included. */
  grid: FixtureGrid;
  /** 0-based index of the header row in `grid` (default 0); the sheet row is this plus one. */
  headerIndex?: number;
  /** The parser, given the bytes of the (possibly broken) file and its name. */
  parse: (bytes: Uint8Array, file: string) => ParsedLike;
  /** The code column and a well-formed code of another code system to plant in it. */
  code?: { column: string; wrongSystem: string };
  /** A numeric column whose first data cell the matrix replaces with bad numbers. */
  numericColumn?: string;
  /** Whether a repeated first data row must be refused (`reject`) or is legitimate (`accept`). */
  duplicates: 'reject' | 'accept';
  /** The column a duplicate error names (default: the code column). */
  duplicateColumn?: string;
}

/** A JSON adapter, with the broken documents written out (a grid cannot express them). */
export interface JsonCase {
  /** The name of the `parseX` export under test. */
  parser: string;
  /** A label for the test name (defaults to `parser`). */
  label?: string;
  /** Always `json`. */
  format: 'json';
  /** The valid document. */
  valid: string;
  /** The smallest document with the right top level but no records. */
  headerOnly: string;
  /** The valid document with its first entry repeated. */
  duplicate: string;
  /** The valid document with a code of another code system. */
  wrongSystem: string;
  /** The valid document with the first value replaced by a bad number such as `1,234`, `NaN` or `1e999`. */
  withValue: (token: string) => string;
  /** The parser. */
  parse: (bytes: Uint8Array, file: string) => ParsedLike;
}

/** One row of the matrix. */
export type AdapterCase = TabularCase | JsonCase;

const blsMatrixPreamble = ['Table 1.2 Employment by detailed occupation, 2024 and projected 2034'];

function blsProjectionsRow(title: string, code: string, type: string, numbers: string[]): string[] {
  return [title, code, type, ...numbers];
}

const projectionsHeader = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  ...Object.values(BLS_PROJECTIONS_COLUMNS),
];
const projectionsGrid: FixtureGrid = [
  blsMatrixPreamble,
  projectionsHeader,
  blsProjectionsRow('Total, all occupations', '00-0000', 'Summary', [
    '170000',
    '175000',
    '100',
    '100',
    '5000',
    '3.1',
    '6.0',
    '18000',
    '49500',
    '—',
    '—',
    '—',
  ]),
  blsProjectionsRow('  Medical records specialists', '29-2072', 'Line item', [
    '190.1',
    '205.3',
    '0.1',
    '0.1',
    '15.2',
    '8',
    '2.1',
    '15.4',
    '50250',
    'Postsecondary nondegree award',
    'None',
    'None',
  ]),
  ['Footnotes: [1] Data are from the Occupational Employment and Wage Statistics program.'],
];

const openingsHeader = [
  '2024 National Employment Matrix title',
  '2024 National Employment Matrix code',
  'Occupation type',
  ...Object.values(BLS_OPENINGS_COLUMNS),
];
const openingsGrid: FixtureGrid = [
  ['Table 1.10 Occupational separations and openings, projected 2024–34'],
  openingsHeader,
  ['Total, all occupations', '00-0000', 'Summary', ...Array<string>(11).fill('1')],
  ['  Medical records specialists', '29-2072', 'Line item', ...Array<string>(11).fill('2')],
];

const socPreamble: FixtureGrid = [
  ['U.S. Bureau of Labor Statistics'],
  ['Standard Occupational Classification'],
  [],
  ['November 2017'],
  [],
  [],
  [],
];

const eloundouMeasures = [...sources.ELOUNDOU_MEASURES];
const educationCategories: FixtureGrid = [
  ['Element ID', 'Element Name', 'Scale ID', 'Category', 'Category Description'],
  ['2.D.1', 'Required Level of Education', 'RL', '1', 'Less than a High School Diploma'],
  [
    '2.D.1',
    'Required Level of Education',
    'RL',
    '2',
    'High School Diploma - or the equivalent (for example, GED)',
  ],
];
const educationHeader = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Category',
  'Data Value',
  'N',
  'Recommend Suppress',
  'Date',
  'Domain Source',
];
const educationGrid: FixtureGrid = [
  educationHeader,
  [
    '29-2072.00',
    'Medical Records Specialists',
    '2.D.1',
    'Required Level of Education',
    'RL',
    '1',
    '10.5',
    '25',
    'N',
    '08/2023',
    'Incumbent',
  ],
  [
    '29-2072.00',
    'Medical Records Specialists',
    '2.D.1',
    'Required Level of Education',
    'RL',
    '2',
    '89.5',
    '25',
    'N',
    '08/2023',
    'Incumbent',
  ],
];
const encode = (text: string) => new TextEncoder().encode(text);
const asCsv = (grid: FixtureGrid) =>
  encode(
    grid
      .map((row) =>
        row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
      )
      .join('\r\n') + '\r\n',
  );

function proxyDocument(entries: string[]): string {
  return `{\n  "metadata": {"description": "fixture"},\n  "occupations": {\n${entries.join(',\n')}\n  }\n}\n`;
}
function proxyEntry(code: string, score = '61.81'): string {
  return `    "${code}": {"title": "Chief executives", "transferability_percentile": 80.96, "density_percentile": 25.81, "composite_score": ${score}}`;
}

function iloDocument(unitGroups: string[]): string {
  return `{\n  "name": "ISCO-08",\n  "children": [\n    {\n      "name": "3 - Technicians and associate professionals",\n      "children": [\n${unitGroups.join(',\n')}\n      ]\n    }\n  ]\n}\n`;
}
function iloUnitGroup(name: string, score = '0.6075'): string {
  return `        {\n          "name": "${name}",\n          "risk": "Exposed: Gradient 3",\n          "children": [\n            {"name": "( ${score} ) - Planning, developing, maintaining health record indexes;", "risk": "Medium"},\n            {"name": "( 0.435 ) - Reviewing records for completeness;", "risk": "Low"}\n          ]\n        }`;
}

/**
 * Every `parseX` export of the sources package, each with a valid fixture in its real layout and the
 * columns the bad-input matrix breaks. A parser added to the index without a row here fails the matrix.
 */
export const ADAPTER_CASES: readonly AdapterCase[] = [
  {
    parser: 'parseAnthropicObservedExposure',
    format: 'csv',
    grid: [
      ['occ_code', 'title', 'observed_exposure'],
      ['11-1011', 'Chief Executives', '0.2'],
      ['29-2072', 'Medical Records Specialists', '0.45'],
    ],
    parse: (bytes, file) => sources.parseAnthropicObservedExposure({ bytes, file }),
    code: { column: 'occ_code', wrongSystem: '29-2072.00' },
    numericColumn: 'observed_exposure',
    duplicates: 'reject',
  },
  {
    parser: 'parseMicrosoftAiApplicability',
    format: 'csv',
    grid: [
      ['SOC Code', 'title', 'ai_applicability_score'],
      ['11-1011', 'Chief Executives', '0.155502898114603'],
      ['29-2072', 'Medical Records Specialists', '0.27060368865203227'],
    ],
    parse: (bytes, file) => sources.parseMicrosoftAiApplicability({ bytes, file }),
    code: { column: 'SOC Code', wrongSystem: '29-2072.00' },
    numericColumn: 'ai_applicability_score',
    duplicates: 'reject',
  },
  {
    parser: 'parseMicrosoftSocMetrics',
    format: 'csv',
    grid: [
      ['SOC Code', 'title', ...sources.MICROSOFT_SOC_METRICS],
      [
        '11-1011',
        'Chief Executives',
        '0.31',
        '0.25',
        '0.9',
        '0.9',
        '0.69',
        '0.68',
        '0.6',
        '0.33',
        '0.2',
        '0.1',
      ],
      [
        '29-2072',
        'Medical Records Specialists',
        '0.68',
        '0.63',
        '0.89',
        '0.85',
        '0.69',
        '0.66',
        '0.6',
        '0.31',
        '0.38',
        '0.15',
      ],
    ],
    parse: (bytes, file) => sources.parseMicrosoftSocMetrics({ bytes, file }),
    code: { column: 'SOC Code', wrongSystem: '29-2072.00' },
    numericColumn: 'coverage_ai',
    duplicates: 'reject',
  },
  {
    parser: 'parseEisfeldt',
    format: 'csv',
    grid: [
      ['soc2010', 'genaiexp_estz_total', 'genaiexp_estz_core', 'genaiexp_estz_supplemental'],
      ['11-1011', '0.35', '0.4', '0.2'],
      ['29-2071', '0.62', '0.7', '0.5'],
    ],
    parse: (bytes, file) => sources.parseEisfeldt({ bytes, file }),
    code: { column: 'soc2010', wrongSystem: '29-2071.00' },
    numericColumn: 'genaiexp_estz_total',
    duplicates: 'reject',
  },
  {
    parser: 'parseSml',
    format: 'csv',
    grid: [
      ['occ_code', 'Title', 'mSML', 'vmSML', 'sdmSML'],
      ['11-1011.00', 'Chief Executives', '3.2', '0.3', '0.55'],
      ['29-2071.00', 'Medical Records and Health Information Technicians', '3.5', '0.2', '0.44'],
    ],
    parse: (bytes, file) => sources.parseSml({ bytes, file }),
    code: { column: 'occ_code', wrongSystem: '29-2071' },
    numericColumn: 'mSML',
    duplicates: 'reject',
  },
  {
    parser: 'parseAioe',
    format: 'xlsx',
    sheet: 'Appendix A',
    grid: [
      ['SOC Code', 'Occupation Title', 'AIOE'],
      ['11-1011', 'Chief Executives', '1.335'],
      ['29-2071', 'Medical Records and Health Information Technicians', '-0.25'],
    ],
    parse: (bytes, file) => sources.parseAioe({ bytes, file }),
    code: { column: 'SOC Code', wrongSystem: '29-2071.00' },
    numericColumn: 'AIOE',
    duplicates: 'reject',
  },
  {
    parser: 'parseAioeVariant',
    label: 'parseAioeVariant (language-modeling)',
    format: 'xlsx',
    sheet: 'LM AIOE',
    grid: [
      ['SOC Code', 'Occupation Title', 'Language Modeling AIOE'],
      ['11-1011', 'Chief Executives', '1.5'],
      ['29-2071', 'Medical Records and Health Information Technicians', '0.25'],
    ],
    parse: (bytes, file) => sources.parseAioeVariant({ bytes, file }, { variant: 'language-modeling' }),
    code: { column: 'SOC Code', wrongSystem: '29-2071.00' },
    numericColumn: 'Language Modeling AIOE',
    duplicates: 'reject',
  },
  {
    parser: 'parseAioeVariant',
    label: 'parseAioeVariant (image-generation)',
    format: 'xlsx',
    sheet: 'IG AIOE',
    grid: [
      ['SOC Code', 'Occupation Title', 'Image Generation AIOE'],
      ['11-1011', 'Chief Executives', '1.1'],
      ['29-2071', 'Medical Records and Health Information Technicians', '-0.1'],
    ],
    parse: (bytes, file) => sources.parseAioeVariant({ bytes, file }, { variant: 'image-generation' }),
    code: { column: 'SOC Code', wrongSystem: '29-2071.00' },
    numericColumn: 'Image Generation AIOE',
    duplicates: 'reject',
  },
  {
    parser: 'parseWebb',
    format: 'xlsx',
    sheet: 'exposure_by_soc4',
    grid: [
      ['index', 'occ_code', 'ai_score'],
      ['Chief Executives', '11-1011.00', '0.9'],
      ['Medical Records and Health Information Technicians', '29-2071.00', '1.2'],
    ],
    parse: (bytes, file) => sources.parseWebb({ bytes, file }),
    code: { column: 'occ_code', wrongSystem: '29-2071' },
    numericColumn: 'ai_score',
    duplicates: 'reject',
  },
  {
    parser: 'parseEloundouOccupations',
    format: 'csv',
    grid: [
      ['O*NET-SOC Code', 'Title', ...eloundouMeasures],
      ['11-1011.00', 'Chief Executives', '0.1', '0.46', '0.82', '0.18', '0.35', '0.52'],
      ['29-2072.00', 'Medical Records Specialists', '0.4', '0.6', '0.8', '0.3', '0.5', '0.7'],
    ],
    parse: (bytes, file) => sources.parseEloundouOccupations({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'dv_rating_beta',
    duplicates: 'reject',
  },
  {
    parser: 'parseFreyOsborneAppendix',
    format: 'csv',
    grid: [
      ['SOC code', 'Occupation', 'Probability'],
      ['11-1011', 'Chief Executives', '0.015'],
      ['29-2071', 'Medical Records and Health Information Technicians', '0.91'],
    ],
    parse: (bytes, file) => sources.parseFreyOsborneAppendix({ bytes, file }),
    code: { column: 'SOC code', wrongSystem: '29-2071.00' },
    numericColumn: 'Probability',
    duplicates: 'reject',
  },
  {
    parser: 'parseWillRobotsTakeMyJob',
    format: 'csv',
    grid: [
      ['SOCcode', 'JobName', 'ChanceAuto'],
      ['11-1011.00', 'Chief Executives', '1.5'],
      ['29-2071.00', 'Medical Records and Health Information Technicians', '91'],
    ],
    parse: (bytes, file) => sources.parseWillRobotsTakeMyJob({ bytes, file }),
    code: { column: 'SOCcode', wrongSystem: '29-2071' },
    numericColumn: 'ChanceAuto',
    duplicates: 'reject',
  },
  {
    parser: 'parseWageBill',
    format: 'csv',
    grid: [
      [
        'soc_code',
        'occ_title',
        'occ_group',
        'tot_employment',
        'pct_ch_wage_bill_genai',
        'pct_ch_wage_bill_gen_plus_physical_ai',
      ],
      ['15-11', 'Computer Occupations', 'Computer and Mathematical', '4500000', '-0.05', '-0.07'],
      ['29-20', 'Health Technologists and Technicians', 'Healthcare', '3000000', '0.01', '0.02'],
    ],
    parse: (bytes, file) => sources.parseWageBill({ bytes, file }),
    code: { column: 'soc_code', wrongSystem: '15-1100' },
    numericColumn: 'pct_ch_wage_bill_gen_plus_physical_ai',
    duplicates: 'reject',
  },
  {
    parser: 'parseAdaptiveCapacityResults',
    format: 'csv',
    grid: [
      ['description', 'occ_code', 'total_emp', sources.ADAPTIVE_CAPACITY_VALUE_COLUMN],
      ['Cashiers', '4720', '3000000', '0.12'],
      ['Chief executives', '0010', '200000', '0.8'],
    ],
    parse: (bytes, file) => sources.parseAdaptiveCapacityResults({ bytes, file }),
    numericColumn: sources.ADAPTIVE_CAPACITY_VALUE_COLUMN,
    duplicates: 'reject',
    duplicateColumn: 'description',
  },
  {
    parser: 'parseBlsProjections',
    format: 'xlsx',
    sheet: sources.BLS_PROJECTIONS_SHEET,
    headerIndex: 1,
    grid: projectionsGrid,
    parse: (bytes, file) => sources.parseBlsProjections({ bytes, file }),
    code: { column: '2024 National Employment Matrix code', wrongSystem: '29-2072.00' },
    numericColumn: BLS_PROJECTIONS_COLUMNS.employment2024,
    duplicates: 'reject',
  },
  {
    parser: 'parseBlsOpeningsTable',
    format: 'xlsx',
    sheet: sources.BLS_OPENINGS_SHEET,
    headerIndex: 1,
    grid: openingsGrid,
    parse: (bytes, file) => sources.parseBlsOpeningsTable({ bytes, file }),
    code: { column: '2024 National Employment Matrix code', wrongSystem: '29-2072.00' },
    numericColumn: BLS_OPENINGS_COLUMNS.annualOpenings,
    duplicates: 'reject',
  },
  {
    parser: 'parseOews',
    format: 'xlsx',
    sheet: sources.OEWS_SHEET,
    grid: [
      [
        'OCC_CODE',
        'OCC_TITLE',
        'O_GROUP',
        'TOT_EMP',
        'H_MEAN',
        'A_MEAN',
        'H_MEDIAN',
        'A_MEDIAN',
        'ANNUAL',
        'HOURLY',
      ],
      ['00-0000', 'All Occupations', 'total', '151853870', '32.66', '67920', '23.8', '49500', '', ''],
      [
        '29-2072',
        'Medical Records Specialists',
        'detailed',
        '190000',
        '25.1',
        '52000',
        '23',
        '48000',
        '',
        '',
      ],
    ],
    parse: (bytes, file) => sources.parseOews({ bytes, file }),
    code: { column: 'OCC_CODE', wrongSystem: '29-2072.00' },
    numericColumn: 'A_MEDIAN',
    duplicates: 'reject',
  },
  {
    parser: 'parseIscoToSoc2010Crosswalk',
    format: 'xlsx',
    sheet: sources.ISCO_TO_SOC_2010_SHEET,
    grid: [
      ['ISCO-08 Code', 'ISCO-08 Title EN', 'part', 'occ_code', '2010 SOC Title'],
      [
        '3252',
        'Medical records and health information technicians',
        '',
        '29-2071',
        'Medical Records Technicians',
      ],
      ['1120', 'Managing directors and chief executives', '', '11-1011', 'Chief Executives'],
    ],
    parse: (bytes, file) => sources.parseIscoToSoc2010Crosswalk({ bytes, file }),
    code: { column: 'ISCO-08 Code', wrongSystem: '29-2071' },
    duplicates: 'reject',
    duplicateColumn: 'occ_code',
  },
  {
    parser: 'parseNemOnetToSocCrosswalk',
    format: 'xlsx',
    sheet: sources.NEM_ONET_TO_SOC_SHEET,
    headerIndex: 4,
    grid: [
      ['O*NET-SOC to National Employment Matrix (NEM) and OOH Coverage Crosswalk'],
      ['As of 9/6/2023'],
      [],
      ['Note: — means not covered.'],
      [
        'Sort Order',
        'O*NET-SOC Code',
        'O*NET-SOC Title',
        'NEM Code',
        'National Employment Matrix Occupational Title',
        'OOH Profile Code',
        'OOH Profile Title',
      ],
      ['1', '11-1011.00', 'Chief Executives', '11-1011', 'Chief executives', '11-1011', 'Top executives'],
      ['2', '29-2072.00', 'Medical Records Specialists', '29-2072', 'Medical records specialists', '—', '—'],
    ],
    parse: (bytes, file) => sources.parseNemOnetToSocCrosswalk({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Sort Order',
    duplicates: 'reject',
  },
  {
    parser: 'parseSoc2010To2018Crosswalk',
    format: 'csv',
    grid: [
      ['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'],
      [
        '29-2071',
        'Medical Records and Health Information Technicians (#)',
        '29-2072',
        'Medical Records Specialists',
      ],
      [
        '29-2071',
        'Medical Records and Health Information Technicians (#)',
        '29-9021',
        'Health Information Technologists',
      ],
    ],
    parse: (bytes, file) => sources.parseSoc2010To2018Crosswalk({ bytes, file }),
    code: { column: '2010 SOC Code', wrongSystem: '29-2071.00' },
    duplicates: 'reject',
    duplicateColumn: '2018 SOC Code',
  },
  {
    parser: 'parseIloTaskScores',
    format: 'xlsx',
    grid: [
      ['ISCO_08', 'Title', 'taskID', 'task', 'score_2025', 'potential25', 'score_2023'],
      [
        '3252',
        'Medical records technicians',
        '1',
        'Planning health record indexes',
        '0.61',
        'Exposed: Gradient 3',
        '0.5',
      ],
      [
        '3252',
        'Medical records technicians',
        '2',
        'Transcribing medical records',
        '0.53',
        'Exposed: Gradient 3',
        '0.6',
      ],
    ],
    parse: (bytes, file) => sources.parseIloTaskScores({ bytes, file }),
    code: { column: 'ISCO_08', wrongSystem: '29-2071' },
    numericColumn: 'score_2025',
    duplicates: 'reject',
    duplicateColumn: 'taskID',
  },
  {
    parser: 'parseSocDefinitions2018',
    format: 'xlsx',
    sheet: sources.SOC_DEFINITIONS_SHEET,
    headerIndex: 7,
    grid: [
      ...socPreamble,
      ['SOC Group', 'SOC Code', 'SOC Title', 'SOC Definition'],
      ['Major', '29-0000', 'Healthcare Practitioners and Technical Occupations', ''],
      [
        'Detailed',
        '29-2072',
        'Medical Records Specialists',
        'Compile, process, and maintain medical records.',
      ],
    ],
    parse: (bytes, file) => sources.parseSocDefinitions2018({ bytes, file }),
    code: { column: 'SOC Code', wrongSystem: '29-0000.00' },
    duplicates: 'reject',
  },
  {
    parser: 'parseSocStructure2018',
    format: 'xlsx',
    sheet: sources.SOC_STRUCTURE_SHEET,
    headerIndex: 7,
    grid: [
      ...socPreamble,
      ['Major Group', 'Minor Group', 'Broad Group', 'Detailed Occupation', ''],
      ['29-0000', '', '', '', 'Healthcare Practitioners and Technical Occupations'],
      ['', '29-2000', '', '', 'Health Technologists and Technicians'],
      ['', '', '29-2070', '', 'Medical Records Specialists'],
      ['', '', '', '29-2072', 'Medical Records Specialists'],
    ],
    parse: (bytes, file) => sources.parseSocStructure2018({ bytes, file }),
    code: { column: 'Major Group', wrongSystem: '29-0000.00' },
    duplicates: 'reject',
  },
  {
    parser: 'parseOnetOccupations',
    format: 'csv',
    grid: [
      ['O*NET-SOC Code', 'Title', 'Description'],
      ['11-1011.00', 'Chief Executives', 'Determine and formulate policies.'],
      ['29-2072.00', 'Medical Records Specialists', 'Compile, process, and maintain medical records.'],
    ],
    parse: (bytes, file) => sources.parseOnetOccupations({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    duplicates: 'reject',
  },
  {
    parser: 'parseOnetOccupations',
    label: 'parseOnetOccupations (xlsx)',
    format: 'xlsx',
    grid: [
      ['O*NET-SOC Code', 'Title', 'Description'],
      ['11-1011.00', 'Chief Executives', 'Determine and formulate policies.'],
      ['29-2072.00', 'Medical Records Specialists', 'Compile, process, and maintain medical records.'],
    ],
    parse: (bytes, file) => sources.parseOnetOccupations({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    duplicates: 'reject',
  },
  {
    parser: 'parseOnetJobZones',
    format: 'csv',
    grid: [
      ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'],
      ['11-1011.00', 'Chief Executives', '5', '08/2023', 'Analyst'],
      ['29-2072.00', 'Medical Records Specialists', '3', '08/2023', 'Analyst'],
    ],
    parse: (bytes, file) => sources.parseOnetJobZones({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Job Zone',
    duplicates: 'reject',
  },
  {
    parser: 'parseOnetTaskStatements',
    format: 'csv',
    grid: [
      [
        'O*NET-SOC Code',
        'Title',
        'Task ID',
        'Task',
        'Task Type',
        'Incumbents Responding',
        'Date',
        'Domain Source',
      ],
      [
        '29-2072.00',
        'Medical Records Specialists',
        '10285',
        'Compile and maintain medical records.',
        'Core',
        '40',
        '08/2023',
        'Incumbent',
      ],
      [
        '29-2072.00',
        'Medical Records Specialists',
        '10286',
        'Review records for completeness.',
        'Supplemental',
        '',
        '08/2023',
        'Incumbent',
      ],
    ],
    parse: (bytes, file) => sources.parseOnetTaskStatements({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Incumbents Responding',
    duplicates: 'reject',
    duplicateColumn: 'Task ID',
  },
  {
    parser: 'parseOnetEducation',
    format: 'csv',
    grid: educationGrid,
    parse: (bytes, file) =>
      sources.parseOnetEducation(
        { bytes, file },
        { bytes: asCsv(educationCategories), file: 'categories.csv' },
      ),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Data Value',
    duplicates: 'reject',
    duplicateColumn: 'Category',
  },
  {
    parser: 'parseOnetEducation',
    label: 'parseOnetEducation (categories file)',
    format: 'csv',
    grid: educationCategories,
    parse: (bytes, file) =>
      sources.parseOnetEducation({ bytes: asCsv(educationGrid), file: 'education.csv' }, { bytes, file }),
    numericColumn: 'Category',
    duplicates: 'reject',
    duplicateColumn: 'Category',
  },
  {
    parser: 'parseAeiTaskStatements',
    format: 'csv',
    grid: [
      ['O*NET-SOC Code', 'Title', 'Task ID', 'Task', 'Task Type'],
      ['29-2072.00', 'Medical Records Specialists', '10285', 'Compile and maintain medical records.', 'Core'],
      ['29-2072.00', 'Medical Records Specialists', '10286', 'Review records for completeness.', ''],
    ],
    parse: (bytes, file) => sources.parseAeiTaskStatements({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Task ID',
    // The Index's task list repeats statements across occupations; a repeated row is not an error here.
    duplicates: 'accept',
  },
  {
    parser: 'parseAeiTaskUsage',
    format: 'csv',
    grid: [
      ['task_name', 'pct'],
      ['compile and maintain medical records', '0.12'],
      ['review records for completeness', '0.05'],
    ],
    parse: (bytes, file) => sources.parseAeiTaskUsage({ bytes, file }),
    numericColumn: 'pct',
    duplicates: 'reject',
    duplicateColumn: 'task_name',
  },
  {
    parser: 'parseAlthoffReichardtTaskCapabilities',
    format: 'csv',
    grid: [
      [
        'soc_code_onet',
        'occ_title',
        'task_id',
        'task_description',
        'task_weight',
        'automatable_genai',
        'automatable_smart_robots',
      ],
      [
        '29-2071.00',
        'Medical Records Technicians',
        '10285',
        'Compile and maintain medical records.',
        '0.2',
        '1',
        '0',
      ],
      [
        '29-2071.00',
        'Medical Records Technicians',
        '10286',
        'Review records for completeness.',
        '0.1',
        '0',
        '0',
      ],
    ],
    parse: (bytes, file) => sources.parseAlthoffReichardtTaskCapabilities({ bytes, file }),
    code: { column: 'soc_code_onet', wrongSystem: '29-2071' },
    numericColumn: 'task_weight',
    duplicates: 'reject',
    duplicateColumn: 'task_id',
  },
  {
    parser: 'parseEloundouTaskLabels',
    format: 'tsv',
    grid: [
      [
        'O*NET-SOC Code',
        'Title',
        'Task ID',
        'Task',
        'Task Type',
        'gpt4_exposure',
        'human_exposure_agg',
        'alpha',
        'beta',
        'gamma',
        'automation',
      ],
      [
        '29-2072.00',
        'Medical Records Specialists',
        '10285',
        'Compile and maintain medical records.',
        'Core',
        'E1',
        'E1',
        '1',
        '1',
        '1',
        '0.5',
      ],
      [
        '29-2072.00',
        'Medical Records Specialists',
        '10286',
        'Review records for completeness.',
        'Core',
        'E2',
        'E0',
        '0',
        '0.5',
        '1',
        '0.25',
      ],
    ],
    parse: (bytes, file) => sources.parseEloundouTaskLabels({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'beta',
    duplicates: 'reject',
    duplicateColumn: 'Task ID',
  },
  {
    parser: 'parseWorkbankExpertRatings',
    format: 'csv',
    grid: [
      [
        'Task ID',
        'Task',
        'Occupation (O*NET-SOC Title)',
        'User ID',
        'Automation Capacity Rating',
        'Human Agency Scale Rating',
      ],
      ['10285', 'Compile and maintain medical records.', 'Medical Records Specialists', 'expert-1', '4', '2'],
      ['10285', 'Compile and maintain medical records.', 'Medical Records Specialists', 'expert-2', '3', '3'],
    ],
    parse: (bytes, file) => sources.parseWorkbankExpertRatings({ bytes, file }),
    numericColumn: 'Automation Capacity Rating',
    // Several experts rate the same task: a repeated row is a second rating, not an error.
    duplicates: 'accept',
  },
  {
    parser: 'parseWorkbankTaskMetadata',
    format: 'csv',
    grid: [
      ['O*NET-SOC Code', 'Occupation (O*NET-SOC Title)', 'Task ID', 'Task', 'Task Type'],
      ['29-2072.00', 'Medical Records Specialists', '10285', 'Compile and maintain medical records.', 'Core'],
      [
        '29-2072.00',
        'Medical Records Specialists',
        '10286',
        'Review records for completeness.',
        'Supplemental',
      ],
    ],
    parse: (bytes, file) => sources.parseWorkbankTaskMetadata({ bytes, file }),
    code: { column: 'O*NET-SOC Code', wrongSystem: '29-2072' },
    numericColumn: 'Task ID',
    duplicates: 'reject',
    duplicateColumn: 'Task ID',
  },
  {
    parser: 'parseAdaptiveCapacityProxy',
    format: 'json',
    valid: proxyDocument([proxyEntry('11-1011'), proxyEntry('29-2072', '47.1')]),
    headerOnly: '{\n  "metadata": {},\n  "occupations": {}\n}\n',
    duplicate: proxyDocument([
      proxyEntry('11-1011'),
      proxyEntry('11-1011', '12'),
      proxyEntry('29-2072', '47.1'),
    ]),
    wrongSystem: proxyDocument([proxyEntry('11-1011.00'), proxyEntry('29-2072', '47.1')]),
    // Text with a comma or a percent sign goes in as a JSON string; NaN and Infinity as bare (invalid) tokens.
    withValue: (token) =>
      proxyDocument([
        proxyEntry('11-1011', /[,%]/.test(token) ? JSON.stringify(token) : token),
        proxyEntry('29-2072', '47.1'),
      ]),
    parse: (bytes, file) => sources.parseAdaptiveCapacityProxy({ bytes, file }),
  },
  {
    parser: 'parseIloOutputTree',
    format: 'json',
    valid: iloDocument([
      iloUnitGroup('3252 - Medical records technicians'),
      iloUnitGroup('3256 - Medical assistants'),
    ]),
    headerOnly: '{\n  "name": "ISCO-08",\n  "children": []\n}\n',
    duplicate: iloDocument([
      iloUnitGroup('3252 - Medical records technicians'),
      iloUnitGroup('3252 - Medical records technicians'),
    ]),
    wrongSystem: iloDocument([
      iloUnitGroup('29-2072 - Medical records specialists'),
      iloUnitGroup('3256 - Medical assistants'),
    ]),
    withValue: (token) =>
      iloDocument([
        iloUnitGroup('3252 - Medical records technicians', token),
        iloUnitGroup('3256 - Medical assistants'),
      ]),
    parse: (bytes, file) => sources.parseIloOutputTree({ bytes, file }),
  },
];

/**
 * Exports whose name starts with `parse` but which are helpers, not source adapters; each is exercised by
 * its own tests (`parseNumberStrict` by the reader fuzz tests).
 */
export const NOT_ADAPTERS: readonly string[] = ['parseNumberStrict'];
