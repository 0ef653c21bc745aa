import { describeFormatter, withMissingData } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatCsv } from './format-csv.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (character === '"') {
        quoted = false;
        index += 1;
        expect([',', '\r', undefined]).toContain(text[index]);
      } else {
        field += character;
        index += 1;
      }
    } else if (character === '"' && field === '') {
      quoted = true;
      index += 1;
    } else if (character === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else {
      expect(character, 'bare quote or line break outside quotes').not.toMatch(/["\r\n]/);
      field += character;
      index += 1;
    }
  }
  expect(quoted, 'unterminated quote').toBe(false);
  expect(field === '' && record.length === 0, 'the last record ends with CRLF').toBe(true);
  return records;
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

describeFormatter({
  name: 'formatCsv',
  format: (input) => formatCsv(input),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    const [header, row, ...rest] = parseCsv(output);
    expect(rest).toEqual([]);
    expect(row).toHaveLength(header!.length);
    const title = row![header!.indexOf('title')]!;
    const tier = row![header!.indexOf('tier')]!;
    const expected = DANGEROUS_START.test(hostile) ? `'${hostile}` : hostile;
    expect(title).toBe(expected);
    expect(tier).toBe(expected);
    for (const cell of row!) {
      if (DANGEROUS_START.test(cell))
        expect(cell, 'only numbers may start with a sign').toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
    }
  },
});

describe('formatCsv', () => {
  it('writes one header and one row per occupation with the documented columns', () => {
    const input = medicalRecordsSpecialists();
    const [header, row] = parseCsv(formatCsv(input));
    expect(header!.slice(0, 12)).toEqual([
      'code',
      'title',
      'score',
      'score_percent',
      'tier',
      'confidence',
      'mhc_score',
      'mhc_level',
      'lte_score',
      'lte_level',
      'seo_score',
      'seo_level',
    ]);
    expect(header!.slice(12, 15)).toEqual([
      'ai_resilience_model_raw',
      'ai_resilience_model_percentile',
      'ai_resilience_model_contribution',
    ]);
    expect(header).toHaveLength(6 + 3 * 2 + 8 * 3);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('code')).toBe('29-2072');
    expect(cell('title')).toBe('Medical Records Specialists');
    expect(Number(cell('score'))).toBeCloseTo(0.4135, 4);
    expect(cell('score_percent')).toBe('41.4');
    expect(cell('tier')).toBe('Somewhat Resilient');
    expect(cell('confidence')).toBe('High');
    expect(cell('mhc_level')).toBe('Low');
    expect(cell('anthropic_observed_exposure_raw')).toBe('0.6674');
    expect(cell('anthropic_observed_exposure_percentile')).toBe('0.004');
    expect(cell('will_robots_take_my_job_raw')).toBe('91');
    expect(cell('bls_annual_openings_raw')).toBe('14.2');
    expect(cell('adaptive_capacity_raw')).toBe('');
    expect(cell('adaptive_capacity_percentile')).toBe('');
    expect(cell('adaptive_capacity_contribution')).toBe('');
    const contributions = header!
      .filter((name) => name.endsWith('_contribution'))
      .map((name) => Number(cell(name) || 0));
    expect(contributions.reduce((sum, value) => sum + value, 0)).toBeCloseTo(input.result.score, 12);
  });

  it('writes a batch, one row per result, with the union of the columns', () => {
    const first = medicalRecordsSpecialists();
    const second = withMissingData(medicalRecordsSpecialists());
    second.result.code = '29-2071';
    second.result.dimensions[0]!.sources.push({
      ...second.result.dimensions[0]!.sources[1]!,
      sourceId: 'aioe',
      label: 'AIOE',
      raw: -1.25,
      percentile: 0.8,
      missing: false,
    });
    const records = parseCsv(formatCsv([first, second]));
    expect(records).toHaveLength(3);
    const [header, one, two] = records;
    expect(header!.slice(-3)).toEqual(['aioe_raw', 'aioe_percentile', 'aioe_contribution']);
    expect(one!.slice(-3)).toEqual(['', '', '']);
    // A negative number stays a number: no quote prefix on numeric cells.
    expect(two![header!.indexOf('aioe_raw')]).toBe('-1.25');
    expect(two![header!.indexOf('seo_score')]).toBe('');
    expect(two![header!.indexOf('seo_level')]).toBe('');
    expect(two![header!.indexOf('code')]).toBe('29-2071');
  });

  it('ends every record with CRLF and can leave out the header', () => {
    const input = medicalRecordsSpecialists();
    const withHeader = formatCsv(input);
    const without = formatCsv(input, { header: false });
    expect(withHeader.endsWith('\r\n')).toBe(true);
    expect(withHeader.split('\r\n')).toHaveLength(3);
    expect(without).toBe(withHeader.slice(withHeader.indexOf('\r\n') + 2));
    expect(formatCsv([])).toBe(`${withHeader.split('\r\n')[0]!.split(',').slice(0, 6).join(',')}\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks and prefixes formula text', () => {
    const input = medicalRecordsSpecialists();
    input.result.title = 'Clerks, "general"\nand =other';
    input.result.tier = { ...input.result.tier, name: '=1+1' };
    const text = formatCsv(input);
    expect(text).toContain(',"Clerks, ""general""\nand =other",');
    expect(text).toContain(",'=1+1,");
  });
});
