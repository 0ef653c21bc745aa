import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadSml } from './load-sml.js';
import { parseSml } from './parse-sml.js';

const header = ['occ_code', 'Title', 'mSML', 'vmSML', 'sdmSML'];

describeSourceAdapter({
  name: 'sml/SML_score.csv',
  format: 'csv',
  fixture: [
    header,
    ['11-1011.00', 'Chief Executives', '3.499850117', '0.355751873', '0.596449389'],
    [
      '29-2071.00',
      'Medical Records and Health Information Technicians',
      '3.392859959',
      '0.337244439',
      '0.580727509',
    ],
  ],
  parse: (bytes, file) => parseSml({ bytes, file }),
  requiredColumn: 'mSML',
  numericColumn: 'sdmSML',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      code: '29-2071.00',
      value: 3.392859959,
      title: 'Medical Records and Health Information Technicians',
      variance: 0.337244439,
      standardDeviation: 0.580727509,
      row: 3,
    });
    expect(parsed.descriptor).toMatchObject({
      id: 'sml',
      codeSystem: 'onet-soc-2010',
      direction: 'higher-is-more-exposed',
    });
  },
});

describe('parseSml rules', () => {
  const parse = (row: string[]) =>
    parseSml({ bytes: new TextEncoder().encode(`${header.join(',')}\n${row.join(',')}\n`), file: 'sml.csv' });
  it('rejects an mSML off the 1–5 scale, a negative spread, a 6-digit code', () => {
    expect(() => parse(['29-2071.00', 'x', '0.5', '0.3', '0.5'])).toThrow(
      /`mSML` must be on the 1–5 scale, got 0.5/,
    );
    expect(() => parse(['29-2071.00', 'x', '3', '-0.3', '0.5'])).toThrow(/`vmSML` must be ≥ 0/);
    expect(() => parse(['29-2071', 'x', '3', '0.3', '0.5'])).toThrow(
      /`occ_code` must be an O\*NET-SOC 2010 code/,
    );
  });
});

describe.runIf(hasMirror)('sml/SML_score.csv in the mirror', () => {
  it('has 951 O*NET-SOC 2010 codes, mSML from 2.78 to 3.94; 29-2071.00 at 3.393', async () => {
    const { records, descriptor } = await loadSml(mirrorPath('sml/SML_score.csv'));
    expect(records).toHaveLength(951);
    const values = records.map((record) => record.value);
    expect(Math.min(...values)).toBeCloseTo(2.78, 2);
    expect(Math.max(...values)).toBeCloseTo(3.94, 2);
    expect(records.find((record) => record.code === '29-2071.00')?.value).toBeCloseTo(3.393, 3);
    expect(descriptor.files[0]?.sha256).toBe(
      '677c9d4e68a63971850534bcbe14b6d7cfdd5aed43df4f4cbd2ab6d57c3e91e3',
    );
  });
});
