import { AiResilienceError, OccupationCodeError } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath, readReferenceCsv } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadWageBill } from './load-wage-bill.js';
import { parseWageBill, WAGE_BILL_FILES, type WageBillScenario } from './parse-wage-bill.js';
import { wageBillGroupFor } from './wage-bill-group-for.js';

const v12Header = [
  'soc_code',
  'occ_title',
  'occ_group',
  'tot_employment',
  'pct_ch_wage_bill_genai',
  'pct_ch_wage_bill_gen_plus_physical_ai',
];
const v12Rows = [
  [
    '29-90',
    'Other Healthcare Practitioners and Technicians',
    'Healthcare and Technicians',
    '168630',
    '.35366079',
    '.73044533',
  ],
  ['11-10', 'Top Executives', 'Management Occupations', '2535640', '.32893214', '1.3035588'],
  [
    '15-11',
    'Computer Occupations',
    'Computer and Mathematical Occupations',
    '4214820',
    '.15780611',
    '.71381003',
  ],
];

describeSourceAdapter({
  name: 'althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv',
  format: 'csv',
  fixture: [v12Header, ...v12Rows],
  parse: (bytes, file) => parseWageBill({ bytes, file }),
  requiredColumn: 'pct_ch_wage_bill_gen_plus_physical_ai',
  numericColumn: 'pct_ch_wage_bill_gen_plus_physical_ai',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      code: '11-10',
      value: 1.3035588,
      title: 'Top Executives',
      majorGroup: 'Management Occupations',
      employment: 2535640,
      row: 3,
    });
    expect(parsed.descriptor).toMatchObject({
      id: 'wage-bill',
      direction: 'higher-is-more-resilient',
      codeSystem: 'soc-2010-minor-group',
      options: { scenario: 'v1.2-gen_plus_physical_ai' },
    });
  },
});

describeSourceAdapter({
  name: 'althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv',
  format: 'csv',
  fixture: [
    ['soc_code', 'occ_title', 'occ_group', 'tot_employment', 'pct_ch_wage_bill_genai'],
    [
      '29-90',
      'Other Healthcare Practitioners and Technicians',
      'Healthcare and Technicians',
      '168630',
      '0.5825022369437186',
    ],
    [
      '15-11',
      'Computer Occupations',
      'Computer and Mathematical Occupations',
      '4214820',
      '0.20549479643972637',
    ],
  ],
  parse: (bytes, file) => parseWageBill({ bytes, file }, { scenario: 'v1.3-genai' }),
  requiredColumn: 'soc_code',
  numericColumn: 'pct_ch_wage_bill_genai',
  check: (parsed) => {
    expect(parsed.records.map((record) => (record as { value: number }).value)).toEqual([
      0.5825022369437186, 0.20549479643972637,
    ]);
    expect(parsed.descriptor.options).toEqual({ scenario: 'v1.3-genai' });
    expect(parsed.descriptor.vintage).toMatch(/v1\.3/);
  },
});

describe('parseWageBill rules', () => {
  const text = (grid: string[][]) => grid.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n');
  const parse = (grid: string[][], scenario?: WageBillScenario) =>
    parseWageBill(
      { bytes: new TextEncoder().encode(text(grid)), file: 'effects.csv' },
      scenario === undefined ? {} : { scenario },
    );

  it('reads the column of the chosen scenario', () => {
    expect(parse([v12Header, ...v12Rows], 'v1.2-genai').records[2]?.value).toBe(0.15780611);
    expect(parse([v12Header, ...v12Rows]).records[2]?.value).toBe(0.71381003);
  });
  it('refuses a file of the other release for the scenario', () => {
    expect(() => parse([v12Header, ...v12Rows], 'v1.3-genai')).toThrow(/is a release v1.2 file/);
    const v13 = [v12Header.slice(0, 5), ...v12Rows.map((row) => row.slice(0, 5))];
    expect(() => parse(v13, 'v1.2-genai')).toThrow(
      /row 1: `pct_ch_wage_bill_gen_plus_physical_ai` missing column: a release v1.2 file has it/,
    );
  });
  it('refuses an unknown scenario', () => {
    let caught: unknown;
    try {
      parse([v12Header, ...v12Rows], 'v1.2-physical' as WageBillScenario);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AiResilienceError);
    expect((caught as AiResilienceError).code).toBe('INVALID_ARGUMENT');
  });
  it('rejects a detailed code, a duplicated group, two groups with one prefix, a change below −100 %', () => {
    const withRow = (row: string[]) => [v12Header, ...v12Rows, row];
    expect(() => parse(withRow(['15-1252', 'x', 'y', '1', '0', '0']))).toThrow(
      /row 5: `soc_code` must be a SOC 2010 minor group like 15-11/,
    );
    expect(() => parse(withRow(['15-11', 'x', 'y', '1', '0', '0']))).toThrow(/duplicate code 15-11/);
    expect(() => parse(withRow(['15-12', 'x', 'y', '1', '0', '0']))).toThrow(
      /groups 15-11 and 15-12 share the prefix 15-1/,
    );
    expect(() => parse(withRow(['53-70', 'x', 'y', '1', '0', '-1.5']))).toThrow(/must be a change ≥ −1/);
  });
});

describe('wageBillGroupFor', () => {
  const groups = ['15-11', '29-10', '29-90', '13-10', '51-51', '19-10'];
  it('takes the group with the same four characters', () => {
    expect(wageBillGroupFor('15-1252', groups)).toBe('15-11');
    expect(wageBillGroupFor('29-1141', groups)).toBe('29-10');
    expect(wageBillGroupFor('29-1141.01', groups)).toBe('29-10');
    expect(wageBillGroupFor('51-5111', groups)).toBe('51-51');
    expect(wageBillGroupFor('13-1020', groups)).toBe('13-10');
  });
  it('sends 19-50xx to 29-90, not to a 19-5 group', () => {
    expect(wageBillGroupFor('19-5011', groups)).toBe('29-90');
    expect(wageBillGroupFor('19-5012', ['19-50', '29-90'])).toBe('29-90');
    expect(wageBillGroupFor('19-5011', ['15-11'])).toBeNull();
    expect(wageBillGroupFor('19-1011', groups)).toBe('19-10');
  });
  it('gives null where no group matches, and refuses a malformed code', () => {
    expect(wageBillGroupFor('45-3031', groups)).toBeNull();
    expect(() => wageBillGroupFor('29-207', groups)).toThrow(OccupationCodeError);
  });
});

describe.runIf(hasMirror)('althoff_reichardt occupation files in the mirror', () => {
  it('reads 93 groups in each scenario, 11-10 at +130.4 % in the default one', async () => {
    const counts: Record<string, number> = {};
    for (const scenario of ['v1.2-genai', 'v1.2-gen_plus_physical_ai', 'v1.3-genai'] as const) {
      const release = scenario.slice(0, 4) as 'v1.2' | 'v1.3';
      const { records, descriptor } = await loadWageBill(mirrorPath(WAGE_BILL_FILES[release]), undefined, {
        scenario,
      });
      counts[scenario] = records.length;
      expect(descriptor.files[0]?.path).toBe(WAGE_BILL_FILES[release]);
      expect(descriptor.options).toEqual({ scenario });
    }
    expect(counts).toEqual({ 'v1.2-genai': 93, 'v1.2-gen_plus_physical_ai': 93, 'v1.3-genai': 93 });
    const { records, descriptor } = await loadWageBill(mirrorPath(WAGE_BILL_FILES['v1.2']));
    expect(descriptor.files[0]?.sha256).toBe(
      '3180ea25277cfbee1b95829061afe6348334664d553c50332e635c945de0e75e',
    );
    expect(records.find((record) => record.code === '11-10')?.value).toBe(1.3035588);
  });

  it('maps all 832 BLS line items to the reference wagebill_group and wagebill_raw', async () => {
    const { records } = await loadWageBill(mirrorPath(WAGE_BILL_FILES['v1.2']));
    const groups = records.map((record) => record.code);
    const values = new Map(records.map((record) => [record.code, record.value]));
    const reference = readReferenceCsv('scores.csv');
    expect(reference).toHaveLength(832);
    const mismatches: string[] = [];
    for (const row of reference) {
      const group = wageBillGroupFor(row.soc!, groups);
      const value = group === null ? undefined : values.get(group);
      const expectedValue = row.wagebill_raw === '' ? undefined : Number(row.wagebill_raw);
      if ((group ?? '') !== row.wagebill_group || value !== expectedValue)
        mismatches.push(`${row.soc}: ${group} ${value} vs ${row.wagebill_group} ${row.wagebill_raw}`);
    }
    expect(mismatches).toEqual([]);
    expect(reference.filter((row) => row.wagebill_group === '').map((row) => row.soc)).toEqual(['45-3031']);
  });
});
