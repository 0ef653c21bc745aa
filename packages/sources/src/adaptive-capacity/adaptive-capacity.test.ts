import { SourceDescriptorSchema, SourceParseError } from '@airesilience/core';
import { describeSourceAdapter, hasMirror, mirrorPath, readReferenceCsv } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CAPACITY_PROXY_FILE, loadAdaptiveCapacityProxy } from './load-adaptive-capacity-proxy.js';
import { parseAdaptiveCapacityProxy } from './parse-adaptive-capacity-proxy.js';
import {
  ADAPTIVE_CAPACITY_VALUE_COLUMN,
  parseAdaptiveCapacityResults,
} from './parse-adaptive-capacity-results.js';

describeSourceAdapter({
  name: 'adaptive_capacity_results.csv (Manning & Aguirre results format)',
  format: 'csv',
  fixture: [
    ['occ_code', 'description', 'share_e1_half_e2_human', ADAPTIVE_CAPACITY_VALUE_COLUMN, 'total_emp'],
    ['0010', 'Chief executives and legislators', '0.41', '0.83', '211230'],
    ['1010', 'Computer programmers', '0.77', '0.62', '145000'],
    ['4720', 'Cashiers', '0.35', '0.12', ''],
  ],
  parse: (bytes, file) => parseAdaptiveCapacityResults({ bytes, file }),
  requiredColumn: 'description',
  numericColumn: ADAPTIVE_CAPACITY_VALUE_COLUMN,
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({
      title: 'Computer programmers',
      code: '1010',
      value: 0.62,
      employment: 145000,
      row: 3,
    });
    expect(parsed.records[2]).toMatchObject({ title: 'Cashiers', employment: null });
    expect(parsed.descriptor).toMatchObject({
      id: 'adaptive-capacity',
      direction: 'higher-is-more-resilient',
      codeSystem: 'census-2018',
      proxy: false,
    });
    expect(parsed.descriptor.options).toMatchObject({ valueColumn: ADAPTIVE_CAPACITY_VALUE_COLUMN });
  },
});

describe('parseAdaptiveCapacityResults rules', () => {
  const header = `description,${ADAPTIVE_CAPACITY_VALUE_COLUMN}`;
  const parse = (text: string, options = {}) =>
    parseAdaptiveCapacityResults({ bytes: new TextEncoder().encode(text), file: 'results.csv' }, options);

  it('needs no code column, and leaves out a row whose value is empty', () => {
    const { records } = parse(`${header}\nCashiers,0.12\nFishers,\nNurses,0.9\n`);
    expect(records.map((record) => [record.title, record.code, record.value, record.row])).toEqual([
      ['Cashiers', null, 0.12, 2],
      ['Nurses', null, 0.9, 4],
    ]);
  });
  it('rejects a value outside [0, 1] (a percent where a share is expected)', () => {
    expect(() => parse(`${header}\nCashiers,12\n`)).toThrow(
      /row 2: `ac_gw.*` must be a percentile in \[0, 1\], got 12/,
    );
  });
  it('rejects a duplicated title, whatever its case, and an empty title', () => {
    expect(() => parse(`${header}\nCashiers,0.1\ncashiers,0.2\n`)).toThrow(
      /row 3: `description` duplicate title "cashiers" \(first seen on row 2\)/,
    );
    expect(() => parse(`${header}\n ,0.1\n`)).toThrow(/row 2: `description` must be an occupation title/);
  });
  it('reads renamed columns when told their names, and records them', () => {
    const { records, descriptor } = parse('census_code,occupation,ac\n4720,Cashiers,0.12\n', {
      titleColumn: 'occupation',
      codeColumn: 'census_code',
      valueColumn: 'ac',
    });
    expect(records[0]).toMatchObject({ title: 'Cashiers', code: '4720', value: 0.12 });
    expect(descriptor.options).toEqual({
      titleColumn: 'occupation',
      codeColumn: 'census_code',
      valueColumn: 'ac',
    });
  });
  it('rejects a file where no row has a value', () => {
    expect(() => parse(`${header}\nCashiers,\n`)).toThrow(/has no occupation with a value/);
  });
});

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const proxyFixture = {
  metadata: { composite_components: ['transferability', 'density'] },
  occupations: {
    '11-1011': {
      title: 'Chief executives',
      transferability_percentile: 80.96,
      density_percentile: 45.2,
      composite_score: 61.81,
      growing_neighbors: [{ soc: '11-9111', title: 'Medical and Health Services Managers' }],
    },
    '13-1074': {
      title: 'Farm labor contractors',
      transferability_percentile: 12.5,
      density_percentile: null,
      composite_score: null,
    },
    '29-2061': {
      title: 'Licensed practical and licensed vocational nurses',
      transferability_percentile: 30,
      density_percentile: 55.5,
      composite_score: 0.17,
    },
  },
};

describe('parseAdaptiveCapacityProxy (JSON)', () => {
  const parse = (bytes: Uint8Array) => parseAdaptiveCapacityProxy({ bytes, file: 'benchmarks.json' });
  const caught = (bytes: Uint8Array): SourceParseError => {
    try {
      parse(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(SourceParseError);
      return error as SourceParseError;
    }
    throw new Error('expected a SourceParseError');
  };

  it('reads the composite scores, leaves out the null ones, and is always labelled a proxy', () => {
    const { records, descriptor } = parse(encode(proxyFixture));
    expect(records.map((record) => [record.code, record.value])).toEqual([
      ['11-1011', 61.81],
      ['29-2061', 0.17],
    ]);
    expect(records[0]).toMatchObject({
      title: 'Chief executives',
      transferabilityPercentile: 80.96,
      densityPercentile: 45.2,
    });
    // Pretty-printed: `{`, 6 lines of metadata, `"occupations": {`, then the key "11-1011" on line 9.
    expect(records[0]?.row).toBe(9);
    expect(() => SourceDescriptorSchema.parse(descriptor)).not.toThrow();
    expect(descriptor.proxy).toBe(true);
    expect(descriptor.label).toMatch(/proxy/);
    expect(descriptor.notes).toMatch(/2 occupations have a composite score; 1 without one/);
    expect(descriptor.direction).toBe('higher-is-more-resilient');
  });

  it('rejects a truncated file, naming the last line', () => {
    const bytes = encode(proxyFixture);
    const cut = bytes.slice(0, Math.floor(bytes.length * 0.6));
    const error = caught(cut);
    expect(error.file).toBe('benchmarks.json');
    expect(error.message).toMatch(/is not valid JSON/);
    expect(error.row).toBe(new TextDecoder().decode(cut).split('\n').length);
  });

  it('rejects invalid UTF-8, naming the line', () => {
    const text = new TextEncoder().encode(
      '{\n"occupations": {\n"11-1011": {"title": "Chief executives", "composite_score": 1}}}',
    );
    const bytes = new Uint8Array([...text.slice(0, 40), 0xe9, ...text.slice(40)]);
    const error = caught(bytes);
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.row).toBe(3);
  });

  it('rejects the wrong shape: an array, no occupations object, an occupation that is not an object', () => {
    expect(caught(encode([1, 2])).message).toMatch(/`\$` must be a JSON object, got an array/);
    expect(caught(encode({ metadata: {} })).message).toMatch(
      /`occupations` must be an object keyed by SOC 2018 code, got nothing/,
    );
    expect(caught(encode({ occupations: [] })).message).toMatch(/got an array/);
    const error = caught(encode({ occupations: { '11-1011': 61.81 } }));
    expect(error.column).toBe('occupations["11-1011"]');
    expect(error.message).toMatch(/must be an object, got a number 61.81/);
    expect(
      caught(encode({ occupations: { '11-1011.00': { title: 'x', composite_score: 1 } } })).message,
    ).toMatch(/key must be a SOC 2018 detailed code/);
  });

  it('rejects a non-numeric or out-of-range composite_score, naming the code, the path and the line', () => {
    const bad = structuredClone(proxyFixture);
    (bad.occupations['29-2061'] as Record<string, unknown>).composite_score = '0.17';
    const error = caught(encode(bad));
    expect(error.column).toBe('occupations["29-2061"].composite_score');
    expect(error.message).toContain('29-2061');
    expect(error.message).toMatch(/must be a number in \[0, 100\] or null, got a string "0.17"/);
    expect(error.row).toBe(
      new TextDecoder()
        .decode(encode(bad))
        .split('\n')
        .findIndex((line) => line.includes('"29-2061": {')) + 1,
    );
    const outOfRange = structuredClone(proxyFixture);
    outOfRange.occupations['11-1011'].composite_score = 161.81;
    expect(caught(encode(outOfRange)).message).toMatch(/got a number 161.81/);
    const missing = { occupations: { '11-1011': { title: 'Chief executives' } } };
    expect(caught(encode(missing)).message).toMatch(/composite_score` is missing/);
  });
});

describe.runIf(hasMirror)('adaptive-capacity proxy in the mirror', () => {
  it('has 741 scored SOC 2018 codes that equal the reference adaptive_raw, and none for 29-2072', async () => {
    const { records, descriptor } = await loadAdaptiveCapacityProxy(mirrorPath(ADAPTIVE_CAPACITY_PROXY_FILE));
    expect(records).toHaveLength(741);
    expect(descriptor.proxy).toBe(true);
    expect(descriptor.files[0]?.sha256).toBe(
      '663b4c9ea18d511bd894bf1b3ddcf074e80a64a47719550d00512c1679a65b4a',
    );
    const byCode = new Map(records.map((record) => [record.code, record.value]));
    expect(byCode.get('11-1011')).toBe(61.81);
    expect(byCode.has('29-2072')).toBe(false);
    const reference = readReferenceCsv('scores.csv');
    let compared = 0;
    for (const row of reference) {
      const expected = row.adaptive_raw === '' ? undefined : Number(row.adaptive_raw);
      expect(byCode.get(row.soc!), row.soc).toBe(expected);
      if (expected !== undefined) compared++;
    }
    expect(compared).toBe(741);
  });
});
