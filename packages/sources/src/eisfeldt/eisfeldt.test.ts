import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadEisfeldt } from './load-eisfeldt.js';
import { parseEisfeldt } from './parse-eisfeldt.js';

const header = ['soc2010', 'genaiexp_estz_total', 'genaiexp_estz_core', 'genaiexp_estz_supplemental'];

describeSourceAdapter({
  name: 'eisfeldt/genaiexp_estz_occscores.csv',
  format: 'csv',
  fixture: [
    header,
    ['11-1011', '.47939068', '.42293906', '.056451611'],
    ['11-9039', '', '', ''],
    ['29-2071', '.48774636', '.48774636', '0'],
  ],
  parse: (bytes, file) => parseEisfeldt({ bytes, file }),
  requiredColumn: 'genaiexp_estz_total',
  numericColumn: 'genaiexp_estz_core',
  check: (parsed) => {
    expect(parsed.records).toEqual([
      { code: '11-1011', value: 0.47939068, core: 0.42293906, supplemental: 0.056451611, row: 2 },
      { code: '29-2071', value: 0.48774636, core: 0.48774636, supplemental: 0, row: 4 },
    ]);
    expect(parsed.descriptor.notes).toMatch(/2 codes with values; 1 rows without any value/);
    expect(parsed.descriptor).toMatchObject({ id: 'eisfeldt-genai-exposure', codeSystem: 'soc-2010' });
  },
});

describe('parseEisfeldt rules', () => {
  const parse = (row: string[]) =>
    parseEisfeldt({
      bytes: new TextEncoder().encode(`${header.join(',')}\n${row.join(',')}\n`),
      file: 'e.csv',
    });
  it('rejects a partly empty row, a share above 1, an O*NET-SOC code', () => {
    expect(() => parse(['29-2071', '.48', '', '0'])).toThrow(/row 2: `genaiexp_estz_core` must be a number/);
    expect(() => parse(['29-2071', '1.48', '.4', '0'])).toThrow(
      /`genaiexp_estz_total` must be a share in \[0, 1\]/,
    );
    expect(() => parse(['29-2071.00', '.48', '.4', '0'])).toThrow(
      /`soc2010` must be a SOC 2010 detailed code/,
    );
  });
});

describe.runIf(hasMirror)('eisfeldt/genaiexp_estz_occscores.csv in the mirror', () => {
  it('has 778 SOC 2010 codes with values (62 empty rows left out); 29-2071 at 0.4877', async () => {
    const { records, descriptor } = await loadEisfeldt(mirrorPath('eisfeldt/genaiexp_estz_occscores.csv'));
    expect(records).toHaveLength(778);
    expect(descriptor.notes).toMatch(/62 rows without any value/);
    expect(records.find((record) => record.code === '29-2071')?.value).toBeCloseTo(0.4877, 4);
    const rank =
      [...records].sort((a, b) => b.value - a.value).findIndex((record) => record.code === '29-2071') + 1;
    expect(rank).toBe(97);
    expect(descriptor.files[0]?.sha256).toBe(
      '46840e32def3b7f8a1a1d6a55dd793b51624ccb85b20466e187c205571711a1d',
    );
  });
});
