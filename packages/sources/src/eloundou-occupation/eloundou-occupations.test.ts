import { AiResilienceError } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadEloundouOccupations } from './load-eloundou-occupations.js';
import { type EloundouMeasure, parseEloundouOccupations } from './parse-eloundou-occupations.js';

const header = [
  'O*NET-SOC Code',
  'Title',
  'dv_rating_alpha',
  'dv_rating_beta',
  'dv_rating_gamma',
  'human_rating_alpha',
  'human_rating_beta',
  'human_rating_gamma',
];
const rows = [
  ['11-1011.00', 'Chief Executives', '0.1', '0.46', '0.8200000000000001', '0.18', '0.35', '0.52'],
  [
    '29-2072.00',
    'Medical Records Specialists',
    '0.23529411764705882',
    '0.6176470588235294',
    '1.0',
    '0.23529411764705882',
    '0.5588235294117647',
    '0.8823529411764706',
  ],
  ['47-2061.00', 'Construction Laborers', '0', '0.02', '0.04', '0', '0', '0'],
];

describeSourceAdapter({
  name: 'eloundou/occ_level.csv',
  format: 'csv',
  fixture: [header, ...rows],
  parse: (bytes, file) => parseEloundouOccupations({ bytes, file }),
  requiredColumn: 'dv_rating_beta',
  numericColumn: 'human_rating_gamma',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      code: '29-2072.00',
      value: 0.6176470588235294,
      title: 'Medical Records Specialists',
      dvRatingAlpha: 0.23529411764705882,
      dvRatingBeta: 0.6176470588235294,
      dvRatingGamma: 1,
      humanRatingAlpha: 0.23529411764705882,
      humanRatingBeta: 0.5588235294117647,
      humanRatingGamma: 0.8823529411764706,
      row: 3,
    });
    expect(parsed.descriptor).toMatchObject({
      id: 'eloundou-gpt4-exposure',
      direction: 'higher-is-more-exposed',
      codeSystem: 'onet-soc-2019',
      options: { measure: 'dv_rating_beta' },
    });
  },
});

describe('parseEloundouOccupations rules', () => {
  const parse = (grid: string[][], measure?: EloundouMeasure) =>
    parseEloundouOccupations(
      { bytes: new TextEncoder().encode(grid.map((row) => row.join(',')).join('\n')), file: 'occ.csv' },
      measure === undefined ? {} : { measure },
    );
  it('returns the chosen measure as value and records it', () => {
    const { records, descriptor } = parse([header, ...rows], 'human_rating_beta');
    expect(records[1]?.value).toBe(0.5588235294117647);
    expect(descriptor.options).toEqual({ measure: 'human_rating_beta' });
    expect(descriptor.label).toMatch(/human beta/);
  });
  it('refuses an unknown measure', () => {
    expect(() => parse([header, ...rows], 'gpt4_beta' as EloundouMeasure)).toThrow(AiResilienceError);
  });
  it('rejects a SOC code without the O*NET suffix, a duplicate, a share above 1', () => {
    expect(() => parse([header, ['29-2072', 'x', '0', '0', '0', '0', '0', '0']])).toThrow(
      /row 2: `O\*NET-SOC Code` must be an O\*NET-SOC code/,
    );
    expect(() => parse([header, rows[0]!, rows[0]!])).toThrow(/duplicate code 11-1011.00/);
    expect(() => parse([header, ['29-2072.00', 'x', '0', '1.2', '0', '0', '0', '0']])).toThrow(
      /`dv_rating_beta` must be a share in \[0, 1\], got 1.2/,
    );
  });
});

describe.runIf(hasMirror)('eloundou/occ_level.csv in the mirror', () => {
  it('has 923 O*NET-SOC codes; 29-2072.00 at GPT-4 beta 0.6176 and human beta 0.5588', async () => {
    const { records, descriptor } = await loadEloundouOccupations(mirrorPath('eloundou/occ_level.csv'));
    expect(records).toHaveLength(923);
    const medicalRecords = records.find((record) => record.code === '29-2072.00');
    expect(medicalRecords?.value).toBeCloseTo(0.6176, 4);
    expect(medicalRecords?.humanRatingBeta).toBeCloseTo(0.5588, 4);
    expect(descriptor.files[0]?.sha256).toBe(
      '40c74f53de40aec91c0017d80690cbba915f83a8bb414bcf2f884692f1749acb',
    );
  });
});
