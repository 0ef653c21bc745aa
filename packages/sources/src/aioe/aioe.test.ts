import { AiResilienceError } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { AIOE_FILES, loadAioe, loadAioeVariant } from './load-aioe.js';
import { type AioeVariant, parseAioe, parseAioeVariant } from './parse-aioe.js';

describeSourceAdapter({
  name: 'aioe/AIOE_DataAppendix.xlsx (Appendix A)',
  format: 'xlsx',
  sheet: 'Appendix A',
  extraSheets: { Index: [['Data Appendix A: AIOE Scores by Occupation']] },
  fixture: [
    ['SOC Code', 'Occupation Title', 'AIOE'],
    ['11-1011', 'Chief Executives', '1.334246'],
    ['29-2071', 'Medical Records and Health Information Technicians', '0.5739'],
    ['53-7121', 'Tank Car, Truck, and Ship Loaders', '-1.38776'],
  ],
  parse: (bytes, file) => parseAioe({ bytes, file }),
  requiredColumn: 'SOC Code',
  numericColumn: 'AIOE',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[2]).toEqual({
      code: '53-7121',
      value: -1.38776,
      title: 'Tank Car, Truck, and Ship Loaders',
      row: 4,
    });
    expect(parsed.descriptor).toMatchObject({
      id: 'aioe',
      direction: 'higher-is-more-exposed',
      codeSystem: 'soc-2010',
    });
  },
});

describeSourceAdapter({
  name: 'aioe/language_modeling_aioe_aiie.xlsx (LM AIOE)',
  format: 'xlsx',
  sheet: 'LM AIOE',
  extraSheets: { 'LM AIIE': [['NAICS', 'NAICS Description', 'Language Modeling AIIE']] },
  fixture: [
    ['SOC Code', 'Occupation Title', 'Language Modeling AIOE'],
    ['11-1011', 'Chief Executives', '1.308912'],
    ['29-2071', 'Medical Records and Health Information Technicians', '0.5524'],
  ],
  parse: (bytes, file) => parseAioeVariant({ bytes, file }, { variant: 'language-modeling' }),
  requiredColumn: 'Language Modeling AIOE',
  numericColumn: 'Language Modeling AIOE',
  check: (parsed) => {
    expect(parsed.records[1]).toMatchObject({ code: '29-2071', value: 0.5524 });
    expect(parsed.descriptor.id).toBe('aioe-language-modeling');
    expect(parsed.descriptor.options).toEqual({ variant: 'language-modeling' });
  },
});

describe('AIOE rules', () => {
  const workbook = (sheet: string, column: string, rows: string[][]) =>
    writeXlsx({ [sheet]: [['SOC Code', 'Occupation Title', column], ...rows] });
  it('reads the image-generation sheet, and refuses a workbook of the other variant', () => {
    const bytes = workbook('IG AIOE', 'Image Generation AIOE', [['27-1024', 'Graphic Designers', '1.61']]);
    const { records, descriptor } = parseAioeVariant(
      { bytes, file: 'ig.xlsx' },
      { variant: 'image-generation' },
    );
    expect(records[0]?.value).toBe(1.61);
    expect(descriptor.id).toBe('aioe-image-generation');
    expect(() => parseAioeVariant({ bytes, file: 'ig.xlsx' }, { variant: 'language-modeling' })).toThrow(
      /has no sheet "LM AIOE" \(sheets: "IG AIOE"\)/,
    );
  });
  it('refuses an unknown variant', () => {
    const bytes = workbook('IG AIOE', 'Image Generation AIOE', [['27-1024', 'Graphic Designers', '1.61']]);
    expect(() => parseAioeVariant({ bytes, file: 'ig.xlsx' }, { variant: 'video' as AioeVariant })).toThrow(
      AiResilienceError,
    );
  });
  it('rejects an O*NET-SOC code and a duplicated code', () => {
    expect(() =>
      parseAioe({ bytes: workbook('Appendix A', 'AIOE', [['29-2071.00', 'x', '0.5']]), file: 'a.xlsx' }),
    ).toThrow(/row 2: `SOC Code` must be a SOC 2010 detailed code/);
    expect(() =>
      parseAioe({
        bytes: workbook('Appendix A', 'AIOE', [
          ['29-2071', 'x', '0.5'],
          ['29-2071', 'y', '0.6'],
        ]),
        file: 'a.xlsx',
      }),
    ).toThrow(/row 3: `SOC Code` duplicate code 29-2071/);
  });
});

describe.runIf(hasMirror)('AIOE workbooks in the mirror', () => {
  it('has 774 SOC 2010 codes in each; 29-2071 at 0.5739, 0.5524 and 0.5293', async () => {
    const aioe = await loadAioe(mirrorPath(AIOE_FILES.aioe));
    const languageModeling = await loadAioeVariant(
      mirrorPath(AIOE_FILES['language-modeling']),
      'language-modeling',
    );
    const imageGeneration = await loadAioeVariant(
      mirrorPath(AIOE_FILES['image-generation']),
      'image-generation',
    );
    const medicalRecordsValue = (records: { code: string; value: number }[]) =>
      records.find((record) => record.code === '29-2071')?.value;
    expect([aioe, languageModeling, imageGeneration].map((parsed) => parsed.records.length)).toEqual([
      774, 774, 774,
    ]);
    expect(medicalRecordsValue(aioe.records)).toBeCloseTo(0.5739, 4);
    expect(medicalRecordsValue(languageModeling.records)).toBeCloseTo(0.5524, 4);
    expect(medicalRecordsValue(imageGeneration.records)).toBeCloseTo(0.5293, 4);
    // Standardised: mean about 0 and range as in the MANIFEST (−2.67 to 1.53).
    const values = aioe.records.map((record) => record.value);
    expect(Math.min(...values)).toBeCloseTo(-2.67, 2);
    expect(Math.max(...values)).toBeCloseTo(1.53, 2);
    expect(aioe.descriptor.files[0]?.sha256).toBe(
      'c123b4c64840aff3568ae6c97256678719b88a74d45b6362dbefb5af34667b95',
    );
  });
});
