import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import type { Table, TableRow } from '../tabular/table.js';
import { onetDescriptor } from './onet-descriptor.js';
import {
  type OnetParseOptions,
  readInteger,
  readOnetDate,
  readOnetSocCode,
  readOnetTable,
  readRequiredText,
} from './read-onet-table.js';

/** The O*NET scale of the Required Level of Education (element 2.D.1), categories 1–12. */
export const REQUIRED_LEVEL_OF_EDUCATION_SCALE = 'RL';

/** The share of respondents who chose one Required Level of Education category. */
export interface OnetEducationShare {
  /** The category, 1 (less than a high school diploma) to 12 (post-doctoral training). */
  category: number;
  /** The category's label, as published in the education categories file. */
  label: string;
  /** The label without its explanation (cut at the first ` - ` or ` (`), e.g. `Post-Secondary Certificate`. */
  shortLabel: string;
  /** The percentage of respondents, 0–100 (a distribution sums to about 100, with rounding). */
  percent: number;
  /** `true` when O*NET recommends suppressing the estimate (`Recommend Suppress` = `Y`: low precision). */
  suppressRecommended: boolean;
}

/** The Required Level of Education of one O*NET-SOC occupation: the distribution and its mode. */
export interface OnetEducation {
  /** The O*NET-SOC 2019 code, e.g. `11-1011.00`. */
  code: string;
  /** The O*NET title. */
  title: string;
  /** One share per category, in category order; every category of the categories file is present. */
  distribution: OnetEducationShare[];
  /** The category with the largest share; on a tie, the lowest such category. */
  modalCategory: number;
  /** The label of {@link OnetEducation.modalCategory}. */
  modalLabel: string;
  /** The short label of {@link OnetEducation.modalCategory}, e.g. `Bachelor's Degree`. */
  modalShortLabel: string;
  /** The number of respondents (`N`), as on the occupation's rows. */
  sampleSize: number;
  /** The month the data was last updated, `MM/YYYY`. */
  date: string;
  /** Who supplied the data (`Incumbent`, `Occupational Expert`). */
  domainSource: string;
  /** The 1-based row of the occupation's first Required Level of Education row. */
  row: number;
}

interface EducationCategory {
  label: string;
  shortLabel: string;
}

function readCategories(input: ParseInput, options: OnetParseOptions): Map<number, EducationCategory> {
  const table = readOnetTable(input, options, ['Scale ID', 'Category', 'Category Description']);
  const categories = new Map<number, EducationCategory>();
  for (const row of table.rows) {
    if (table.text(row, 'Scale ID').trim() !== REQUIRED_LEVEL_OF_EDUCATION_SCALE) continue;
    const category = readInteger(table, row, 'Category', 1, 99);
    if (categories.has(category))
      throw table.error(`duplicate category ${category} of scale RL`, row.line, 'Category');
    const label = readRequiredText(table, row, 'Category Description');
    categories.set(category, { label, shortLabel: label.split(/ - | \(/)[0]!.trim() });
  }
  if (categories.size === 0)
    throw table.error('has no rows of scale RL (Required Level of Education)', undefined, 'Scale ID');
  return categories;
}

interface Accumulator {
  first: TableRow;
  title: string;
  shares: Map<number, OnetEducationShare>;
  sampleSize: number;
  date: string;
  domainSource: string;
}

function readSuppress(table: Table, row: TableRow): boolean {
  const flag = table.text(row, 'Recommend Suppress').trim();
  if (flag !== 'Y' && flag !== 'N' && flag !== '')
    throw table.error(`must be Y, N or empty, got ${JSON.stringify(flag)}`, row.line, 'Recommend Suppress');
  return flag === 'Y';
}

/**
 * Parses O*NET's education data (`education.csv` in 30.x; `Education, Training, and Experience.xlsx` in
 * the Excel release, which also holds the RW, PT and OJ scales) with its categories file
 * (`education_categories.csv`; `Education, Training, and Experience Categories.xlsx`), keeping the
 * Required Level of Education (scale `RL`): per occupation, the percentage of respondents in each
 * category and the modal category. Rows of other scales are skipped.
 *
 * @param input - the education file's bytes and name.
 * @param categoriesInput - the categories file's bytes and name (same format).
 * @param options - the format (default from each file's extension) and the release (default from the path).
 * @returns one {@link OnetEducation} per occupation with RL data, in file order, and the descriptor
 *   (both files).
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a bad code, a category the categories file does
 *   not label, a category given twice or missing for an occupation, a percentage outside [0, 100], or a
 *   sample size that is not a whole number.
 * @example
 * ```ts
 * const { records } = parseOnetEducation(
 *   { bytes: education, file: 'onet/30.3/education.csv' },
 *   { bytes: categories, file: 'onet/30.3/education_categories.csv' },
 * );
 * records.find((r) => r.code === '11-1011.00')?.modalShortLabel; // "Master's Degree"
 * ```
 */
export function parseOnetEducation(
  input: ParseInput,
  categoriesInput: ParseInput,
  options: OnetParseOptions = {},
): ParsedSource<OnetEducation> {
  const categories = readCategories(categoriesInput, options);
  const table = readOnetTable(input, options, [
    'O*NET-SOC Code',
    'Title',
    'Scale ID',
    'Category',
    'Data Value',
    'N',
    'Recommend Suppress',
    'Date',
    'Domain Source',
  ]);
  const byCode = new Map<string, Accumulator>();
  for (const row of table.rows) {
    if (table.text(row, 'Scale ID').trim() !== REQUIRED_LEVEL_OF_EDUCATION_SCALE) continue;
    const code = readOnetSocCode(table, row);
    const category = readInteger(table, row, 'Category', 1, 99);
    const label = categories.get(category);
    if (label === undefined)
      throw table.error(`category ${category} is not in ${categoriesInput.file}`, row.line, 'Category');
    const percent = table.number(row, 'Data Value');
    if (percent < 0 || percent > 100)
      throw table.error(`must be a percentage in [0, 100], got ${percent}`, row.line, 'Data Value');
    let entry = byCode.get(code);
    if (entry === undefined) {
      entry = {
        first: row,
        title: readRequiredText(table, row, 'Title'),
        shares: new Map(),
        sampleSize: readInteger(table, row, 'N', 0, Number.MAX_SAFE_INTEGER),
        date: readOnetDate(table, row),
        domainSource: readRequiredText(table, row, 'Domain Source'),
      };
      byCode.set(code, entry);
    }
    if (entry.shares.has(category))
      throw table.error(`duplicate category ${category} for ${code}`, row.line, 'Category');
    entry.shares.set(category, {
      category,
      ...label,
      percent,
      suppressRecommended: readSuppress(table, row),
    });
  }
  const records = [...byCode].map(([code, entry]): OnetEducation => {
    const distribution: OnetEducationShare[] = [];
    for (const category of [...categories.keys()].sort((a, b) => a - b)) {
      const share = entry.shares.get(category);
      if (share === undefined)
        throw table.error(`${code} has no row for category ${category}`, entry.first.line, 'Category');
      distribution.push(share);
    }
    // Ties go to the lowest category: `reduce` keeps the first maximum of the ascending list.
    const modal = distribution.reduce((best, share) => (share.percent > best.percent ? share : best));
    return {
      code,
      title: entry.title,
      distribution,
      modalCategory: modal.category,
      modalLabel: modal.label,
      modalShortLabel: modal.shortLabel,
      sampleSize: entry.sampleSize,
      date: entry.date,
      domainSource: entry.domainSource,
      row: entry.first.line,
    };
  });
  if (records.length === 0)
    throw table.error('has no rows of scale RL (Required Level of Education)', undefined, 'Scale ID');
  return { records, descriptor: onetDescriptor('education', [input, categoriesInput], options) };
}
