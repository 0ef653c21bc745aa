import { describeSourceAdapter } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { parseOnetOccupations } from './parse-onet-occupations.js';

const fixture = [
  ['O*NET-SOC Code', 'Title', 'Description'],
  ['11-1011.00', 'Chief Executives', 'Determine and formulate policies, and direct operations.'],
  ['29-2072.00', 'Medical Records Specialists', 'Compile, process, and maintain medical records.'],
  ['29-1141.01', 'Acute Care Nurses', ''],
];

for (const format of ['csv', 'xlsx'] as const) {
  describeSourceAdapter({
    name: `onet occupation data (${format})`,
    format,
    ...(format === 'xlsx' ? { sheet: 'Occupation Data' } : {}),
    fixture,
    parse: (bytes, file) => parseOnetOccupations({ bytes, file }),
    requiredColumn: 'Description',
    // Occupation Data has no numeric column: the code column stands in, a word there must be rejected.
    numericColumn: 'O*NET-SOC Code',
    check: (parsed) => {
      expect(parsed.records).toEqual([
        {
          code: '11-1011.00',
          title: 'Chief Executives',
          description: 'Determine and formulate policies, and direct operations.',
          row: 2,
        },
        {
          code: '29-2072.00',
          title: 'Medical Records Specialists',
          description: 'Compile, process, and maintain medical records.',
          row: 3,
        },
        { code: '29-1141.01', title: 'Acute Care Nurses', description: '', row: 4 },
      ]);
      expect(parsed.descriptor.codeSystem).toBe('onet-soc-2019');
    },
  });
}

describe('parseOnetOccupations rules', () => {
  const parse = (text: string, file = 'x.csv') =>
    parseOnetOccupations({ bytes: new TextEncoder().encode(text), file });
  it('rejects a 6-digit SOC code and a duplicated code', () => {
    expect(() => parse('O*NET-SOC Code,Title,Description\n29-2072,Medical Records Specialists,x\n')).toThrow(
      /row 2: `O\*NET-SOC Code` must be an O\*NET-SOC code/,
    );
    expect(() => parse('O*NET-SOC Code,Title,Description\n29-2072.00,A,x\n29-2072.00,B,y\n')).toThrow(
      /duplicate code 29-2072.00/,
    );
  });
  it('rejects an empty title', () => {
    expect(() => parse('O*NET-SOC Code,Title,Description\n29-2072.00,,x\n')).toThrow(
      /`Title` must not be empty/,
    );
  });
  it('reads quoted descriptions with commas and CRLF line endings', () => {
    const { records } = parse('O*NET-SOC Code,Title,Description\r\n29-2072.00,A,"One, two, ""three"""\r\n');
    expect(records[0]?.description).toBe('One, two, "three"');
  });
  it('takes the release from the path, or from the option', () => {
    const text = 'O*NET-SOC Code,Title,Description\n29-2072.00,A,x\n';
    expect(parse(text, 'onet/30.3/occupation_data.csv').descriptor.vintage).toBe(
      'O*NET 30.3 Database, May 2026 release',
    );
    expect(parse(text, 'occupation_data.csv').descriptor.vintage).toBe('O*NET Database (release not stated)');
    const explicit = parseOnetOccupations(
      { bytes: new TextEncoder().encode(text), file: 'occupation_data.csv' },
      { release: '29.3' },
    );
    expect(explicit.descriptor.label).toBe('O*NET 29.3 occupation data');
  });
  it('reads a CSV named .xlsx when told the format, and refuses it otherwise', () => {
    const bytes = new TextEncoder().encode('O*NET-SOC Code,Title,Description\n29-2072.00,A,x\n');
    expect(parseOnetOccupations({ bytes, file: 'odd.xlsx' }, { format: 'csv' }).records).toHaveLength(1);
    expect(() => parseOnetOccupations({ bytes, file: 'odd.xlsx' })).toThrow(/not a readable \.xlsx/);
  });
});
