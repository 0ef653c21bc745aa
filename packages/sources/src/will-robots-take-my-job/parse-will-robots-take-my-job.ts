import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';

/** The source id of Will Robots Take My Job (Frey & Osborne's probabilities of computerisation). */
export const WILL_ROBOTS_TAKE_MY_JOB_ID = 'will-robots-take-my-job';

/** The `ChanceAuto` value that means the site had no value for the occupation. */
export const WILL_ROBOTS_MISSING_VALUE = -1;

/** One valid "chance of automation" of Will Robots Take My Job, at its 6-digit SOC 2010 code. */
export interface WillRobotsTakeMyJobRecord {
  /** The 6-digit SOC 2010 code (the O*NET-SOC code's parent), e.g. `29-2071`: the source's native key. */
  code: string;
  /** The O*NET-SOC 2010 code of the row, always a `.00` code, e.g. `29-2071.00`. */
  onetSocCode: string;
  /** `ChanceAuto`: Frey & Osborne's probability of computerisation × 100, in [0, 100]. Higher = more exposed. */
  value: number;
  /** The title as published (`JobName`). */
  title: string;
  /** The 1-based row it came from. */
  row: number;
}

/** A row of the file without a value (`ChanceAuto` = −1: the occupation is not on the site). */
export interface WillRobotsTakeMyJobMissing {
  /** The O*NET-SOC 2010 code of the row. */
  onetSocCode: string;
  /** The title as published. */
  title: string;
  /** The 1-based row. */
  row: number;
}

/** What {@link parseWillRobotsTakeMyJob} returns: the valid values, and the rows left out as missing. */
export interface WillRobotsTakeMyJobParse extends ParsedSource<WillRobotsTakeMyJobRecord> {
  /** The rows with `ChanceAuto` = −1, excluded from the records (424 of 1090 in the January 2020 scrape). */
  missing: WillRobotsTakeMyJobMissing[];
}

const ONET_SOC_2010 = /^(\d{2}-\d{4})\.(\d{2})$/;

/**
 * Parses the Will Robots Take My Job scrape (`frey_osborne/willrobotstakemyjob_scrape_jobData.csv`:
 * `SOCcode`, `JobName`, `ChanceAuto`, and columns not used here: `JobFamily`, `isBright`, `isGreen`,
 * `JobZone`, `MedianSalary`, `JobForecast`, `WageGroup`), one O*NET-SOC 2010 code per row.
 *
 * `ChanceAuto` is Frey & Osborne's probability × 100 (0–100, higher = more exposed); −1 means the site
 * had no value: such rows are left out of the records and listed in `missing`. Every valid value sits on
 * a `.00` code, so the source's native universe is those 6-digit SOC 2010 codes (666 in the file), each
 * record keyed by `code` = the 6-digit parent. That universe is what the source is ranked in (`R`),
 * before any crosswalk to SOC 2018.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns the valid records (6-digit SOC 2010 codes, unique), the missing rows, and the descriptor
 *   (whose notes give both counts).
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not O*NET-SOC, a duplicated code,
 *   a `ChanceAuto` that is neither −1 nor a number in [0, 100], or a valid value on a code other than
 *   `.00` (which would make the 6-digit universe ambiguous).
 * @example
 * ```ts
 * const { records, missing } = parseWillRobotsTakeMyJob({ bytes, file: 'willrobotstakemyjob_scrape_jobData.csv' });
 * records.length; // 666
 * missing.length; // 424
 * records.find((r) => r.code === '29-2071')?.value; // 91
 * ```
 */
export function parseWillRobotsTakeMyJob(input: ParseInput): WillRobotsTakeMyJobParse {
  const table = readDelimited(input.bytes, {
    source: WILL_ROBOTS_TAKE_MY_JOB_ID,
    file: input.file,
    requiredColumns: ['SOCcode', 'JobName', 'ChanceAuto'],
  });
  const seen = new Map<string, number>();
  const records: WillRobotsTakeMyJobRecord[] = [];
  const missing: WillRobotsTakeMyJobMissing[] = [];
  for (const row of table.rows) {
    const onetSocCode = table.text(row, 'SOCcode').trim();
    const match = ONET_SOC_2010.exec(onetSocCode);
    if (!match) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(onetSocCode)}`,
        row.line,
        'SOCcode',
      );
    }
    const previous = seen.get(onetSocCode);
    if (previous !== undefined)
      throw table.error(`duplicate code ${onetSocCode} (first seen on row ${previous})`, row.line, 'SOCcode');
    seen.set(onetSocCode, row.line);
    const title = table.text(row, 'JobName').trim();
    const value = table.number(row, 'ChanceAuto');
    if (value === WILL_ROBOTS_MISSING_VALUE) {
      missing.push({ onetSocCode, title, row: row.line });
      continue;
    }
    if (value < 0 || value > 100) {
      throw table.error(`must be in [0, 100], or -1 for missing, got ${value}`, row.line, 'ChanceAuto');
    }
    if (match[2] !== '00') {
      throw table.error(
        `has a value on ${onetSocCode}: valid values must sit on .00 codes, the source's 6-digit universe`,
        row.line,
        'ChanceAuto',
      );
    }
    records.push({ code: match[1]!, onetSocCode, value, title, row: row.line });
  }
  return {
    records,
    missing,
    descriptor: willRobotsTakeMyJobDescriptor(input, records.length, missing.length),
  };
}

function willRobotsTakeMyJobDescriptor(input: ParseInput, valid: number, missing: number): SourceDescriptor {
  return {
    id: WILL_ROBOTS_TAKE_MY_JOB_ID,
    label: 'Will Robots Take My Job (Frey & Osborne)',
    citation:
      'Will Robots Take My Job? (willrobotstakemyjob.com), "chance of automation" per O*NET-SOC occupation, ' +
      'scraped by adamkq/onet-dataviz (jobData.csv, January 2020); the values are the probabilities of ' +
      'Frey, C. B. & Osborne, M. A. (2017). The future of employment: How susceptible are jobs to ' +
      'computerisation? Technological Forecasting and Social Change 114, 254–280 (working paper 2013), × 100.',
    vintage: 'scraped January 2020 (file of 2020-01-20); Frey & Osborne 2013 probabilities; O*NET-SOC 2010',
    licence: 'unstated (no licence; scraped third-party website data): cite the site and Frey & Osborne',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2010',
    files: [sourceFileOf(input)],
    notes:
      `${valid} valid values, all on .00 codes, keyed by their 6-digit SOC 2010 code; ` +
      `${missing} rows with ChanceAuto = -1 (not on the site) excluded. Values are 0-100.`,
  };
}
