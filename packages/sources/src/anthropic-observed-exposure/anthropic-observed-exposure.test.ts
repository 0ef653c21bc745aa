import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadAnthropicObservedExposure } from './load-anthropic-observed-exposure.js';
import { parseAnthropicObservedExposure } from './parse-anthropic-observed-exposure.js';

describeSourceAdapter({
  name: 'anthropic/job_exposure.csv',
  format: 'csv',
  fixture: [
    ['occ_code', 'observed_exposure'],
    ['11-1011', '0.0333'],
    ['29-2072', '0.6674'],
    ['47-2061', '0'],
  ],
  parse: (bytes, file) => parseAnthropicObservedExposure({ bytes, file }),
  requiredColumn: 'observed_exposure',
  numericColumn: 'observed_exposure',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[1]).toEqual({ code: '29-2072', value: 0.6674, row: 3 });
    expect(parsed.descriptor.direction).toBe('higher-is-more-exposed');
  },
});

describe('parseAnthropicObservedExposure rules', () => {
  const parse = (text: string) =>
    parseAnthropicObservedExposure({ bytes: new TextEncoder().encode(text), file: 'x.csv' });
  it('rejects a SOC 2010 O*NET code where SOC 2018 is expected', () => {
    expect(() => parse('occ_code,observed_exposure\n29-2071.00,0.5\n')).toThrow(
      /row 2: `occ_code` must be a SOC 2018/,
    );
  });
  it('rejects a duplicated code and a value outside [0, 1]', () => {
    expect(() => parse('occ_code,observed_exposure\n29-2072,0.5\n29-2072,0.4\n')).toThrow(
      /duplicate code 29-2072/,
    );
    expect(() => parse('occ_code,observed_exposure\n29-2072,1.5\n')).toThrow(/must be in \[0, 1\]/);
  });
});

describe.runIf(hasMirror)('anthropic/job_exposure.csv in the mirror', () => {
  it('has 756 codes, and 29-2072 at 0.6674', async () => {
    const { records, descriptor } = await loadAnthropicObservedExposure(
      mirrorPath('anthropic/job_exposure.csv'),
    );
    expect(records).toHaveLength(756);
    expect(records.find((record) => record.code === '29-2072')?.value).toBe(0.6674);
    expect(descriptor.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
