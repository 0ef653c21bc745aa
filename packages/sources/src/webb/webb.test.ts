import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadWebb } from './load-webb.js';
import { parseWebb } from './parse-webb.js';

describeSourceAdapter({
  name: 'webb/exposure_by_soc4.xlsx',
  format: 'xlsx',
  sheet: 'exposure_by_soc4',
  fixture: [
    ['index', 'occ_code', 'ai_score'],
    ['Chief Executives', '11-1011.00', '0.20430624'],
    ['Medical Records and Health Information Technicians', '29-2071.00', '0.3143968'],
    ['Tank Car, Truck, and Ship Loaders', '53-7121.00', '0.21564411'],
  ],
  parse: (bytes, file) => parseWebb({ bytes, file }),
  requiredColumn: 'occ_code',
  numericColumn: 'ai_score',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      code: '29-2071.00',
      value: 0.3143968,
      title: 'Medical Records and Health Information Technicians',
      row: 3,
    });
    expect(parsed.descriptor).toMatchObject({ id: 'webb-ai-exposure', codeSystem: 'onet-soc-2010' });
  },
});

describe('parseWebb rules', () => {
  const parse = (row: string[]) =>
    parseWebb({
      bytes: writeXlsx({ exposure_by_soc4: [['index', 'occ_code', 'ai_score'], row] }),
      file: 'w.xlsx',
    });
  it('rejects a 6-digit SOC code and a negative score', () => {
    expect(() => parse(['x', '29-2071', '0.3'])).toThrow(/`occ_code` must be an O\*NET-SOC 2010 code/);
    expect(() => parse(['x', '29-2071.00', '-0.3'])).toThrow(/`ai_score` must be a score ≥ 0/);
  });
});

describe.runIf(hasMirror)('webb/exposure_by_soc4.xlsx in the mirror', () => {
  it('has 964 O*NET-SOC 2010 codes; 29-2071.00 at 0.3144', async () => {
    const { records, descriptor } = await loadWebb(mirrorPath('webb/exposure_by_soc4.xlsx'));
    expect(records).toHaveLength(964);
    expect(records.find((record) => record.code === '29-2071.00')?.value).toBeCloseTo(0.3144, 4);
    expect(descriptor.files[0]?.sha256).toBe(
      'b10453e1aa10b1a67345675f146b1c05e9c7a5890ab7af2dac685967c302aee4',
    );
  });
});
