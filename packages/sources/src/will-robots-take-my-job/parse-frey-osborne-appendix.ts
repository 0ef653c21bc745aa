import type { SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import {
  type OccupationValue,
  type ParsedSource,
  type ParseInput,
  sourceFileOf,
} from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { WILL_ROBOTS_TAKE_MY_JOB_ID } from './parse-will-robots-take-my-job.js';

const SOC_2010 = /^\d{2}-\d{4}$/;

/**
 * Parses the appendix table of Frey & Osborne (2017) as transcribed in
 * `frey_osborne/frey_osborne_automation_risk_index_clean.csv` (`Rank`, `Probability`, `Label`,
 * `SOC code`, `Occupation`): one 6-digit SOC 2010 code per row (702) with its probability of
 * computerisation in [0, 1] (higher = more exposed).
 *
 * It is the documented fallback of Will Robots Take My Job, for use when the scrape is not available:
 * the same probabilities, on the published 0–1 scale (the site shows 100 × the probability, rounded: to
 * a whole number from 2 up, to one decimal below; the 653 codes in both files agree to within 0.5). The fallback replaces the whole source; it does not fill
 * the codes the scrape lacks (see the package documentation). The descriptor has the same source id.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link OccupationValue} per code (value = `Probability`, title = `Occupation`), and the
 *   descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not `XX-XXXX`, a duplicated code,
 *   or a probability that is not a number in [0, 1].
 * @example
 * ```ts
 * const { records } = parseFreyOsborneAppendix({ bytes, file: 'frey_osborne_automation_risk_index_clean.csv' });
 * records.find((r) => r.code === '29-2071')?.value; // 0.91
 * ```
 */
export function parseFreyOsborneAppendix(input: ParseInput): ParsedSource<OccupationValue> {
  const table = readDelimited(input.bytes, {
    source: WILL_ROBOTS_TAKE_MY_JOB_ID,
    file: input.file,
    requiredColumns: ['SOC code', 'Probability', 'Occupation'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OccupationValue => {
    const code = table.text(row, 'SOC code').trim();
    if (!SOC_2010.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        'SOC code',
      );
    }
    assertUniqueKey(table, seen, code, row, 'SOC code');
    const value = table.number(row, 'Probability');
    if (value < 0 || value > 1) throw table.error(`must be in [0, 1], got ${value}`, row.line, 'Probability');
    return { code, value, title: table.text(row, 'Occupation').trim(), row: row.line };
  });
  return { records, descriptor: freyOsborneAppendixDescriptor(input) };
}

function freyOsborneAppendixDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: WILL_ROBOTS_TAKE_MY_JOB_ID,
    label: 'Frey & Osborne probability of computerisation (appendix; fallback for Will Robots Take My Job)',
    citation:
      'Frey, C. B. & Osborne, M. A. (2017). The future of employment: How susceptible are jobs to ' +
      'computerisation? Technological Forecasting and Social Change 114, 254–280 (Oxford Martin School ' +
      'working paper, 2013), appendix table; transcribed by ignaciourbina/labor-force.',
    vintage: '2013 (O*NET 2010 features; SOC 2010); transcription of 2025-06-25',
    licence: 'unstated (values transcribed from the published paper appendix): cite Frey & Osborne',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2010',
    files: [sourceFileOf(input)],
    notes: 'Probability on the published 0-1 scale (Will Robots Take My Job shows 100 x the probability).',
  };
}
