import { type Dataset, DEFAULT_METHODOLOGY, scoreAll, scoreTable } from '@airesilience/core';
import { describeFormatter, withMissingData } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatCsv, formatCsvTable } from './format-csv.js';

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

describe('formatCsvTable', () => {
  /** Three occupations, one with a hostile title and one a source has no value for; one with no data. */
  function smallDataset(): Dataset {
    const occupations: Dataset['occupations'] = [
      { code: '11-1011', title: 'Chief executives', kind: 'soc', lineItem: true },
      { code: '11-1021', title: '=HYPERLINK("x"), "managers"', kind: 'soc', lineItem: true },
      { code: '15-1252', title: 'Software developers', kind: 'soc', lineItem: true },
      {
        code: '15-1252.00',
        title: 'Software Developers',
        kind: 'onet-soc',
        parent: '15-1252',
        lineItem: false,
      },
      { code: '11-9199', title: 'Managers, all other', kind: 'soc', lineItem: true },
    ];
    const scored = occupations.slice(0, 4).map((occupation) => occupation.code);
    const sources: Dataset['sources'] = {};
    DEFAULT_METHODOLOGY.dimensions.forEach((dimension, d) => {
      dimension.sources.forEach((source, s) => {
        // The source after the first of each dimension has no value for 15-1252 (and its O*NET child).
        const codes = ['11-1011', '11-1021', ...(s === 0 ? ['15-1252'] : [])];
        sources[source.id] = {
          descriptor: {
            id: source.id,
            label: source.label,
            citation: `Citation of ${source.id}`,
            vintage: '2026',
            licence: 'CC BY 4.0',
            direction: source.direction,
            codeSystem: 'soc-2018',
            files: [{ path: `${source.id}.csv`, sha256: 'a'.repeat(64) }],
          },
          universe: { codes, values: codes.map((_, i) => (i - 1) * (d + s + 1) * 0.1) },
          links: Object.fromEntries(
            scored.flatMap((code) => {
              const native = code.slice(0, 7);
              return codes.includes(native) ? [[code, [native]]] : [];
            }),
          ),
        };
      });
    });
    return { schemaVersion: 1, label: 'small', occupations, sources };
  }

  it('writes the same bytes as formatCsv of the results, with and without the header', () => {
    const dataset = smallDataset();
    const all = scoreAll(dataset);
    const table = scoreTable(dataset);
    expect(all.results).toHaveLength(4);
    expect(all.excluded.map((entry) => entry.code)).toEqual(['11-9199']);
    const rows = all.results.map((result) => ({ result }));
    const csv = formatCsvTable(table);
    expect(csv).toBe(formatCsv(rows));
    expect(formatCsvTable(table, { header: false })).toBe(formatCsv(rows, { header: false }));
    // and it is a real table: quoting, the formula guard, empty cells for a missing source
    const [header, , hostile, developers] = parseCsv(csv);
    expect(hostile![1]).toBe(`'=HYPERLINK("x"), "managers"`);
    const percentile = header!.indexOf('anthropic_observed_exposure_percentile');
    expect(percentile).toBeGreaterThan(0);
    expect(developers!.slice(percentile - 1, percentile + 2)).toEqual(['', '', '']);
  });

  it('writes the header alone for a table without rows, as formatCsv does for no results', () => {
    const table = { ...scoreTable(smallDataset()), length: 0 };
    expect(formatCsvTable(table)).toBe(formatCsv([]));
  });
});
