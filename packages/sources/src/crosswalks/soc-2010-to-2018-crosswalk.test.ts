import { readFileSync } from 'node:fs';
import { describeSourceAdapter, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../tabular/read-delimited.js';
import { type CrosswalkPair, createCrosswalk, crosswalkLinks } from './crosswalk.js';
import { loadSoc2010To2018Crosswalk } from './load-crosswalks.js';
import { parseSoc2010To2018Crosswalk } from './parse-soc-2010-to-2018-crosswalk.js';

const FIXTURE = [
  ['2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title'],
  ['11-1011', 'Chief Executives', '11-1011', 'Chief Executives'],
  [
    '29-2071',
    'Medical Records and Health Information Technicians (#)',
    '29-2072',
    'Medical Records Specialists',
  ],
  [
    '29-2071',
    'Medical Records and Health Information Technicians (#)',
    '29-9021',
    'Health Information Technologists and Medical Registrars (##)',
  ],
  [
    '29-9099',
    'Healthcare Practitioners and Technical Workers, All Other (#)',
    '29-9021',
    'Health Information Technologists and Medical Registrars (##)',
  ],
  [
    '55-3017',
    'Radar and Sonar Technicians',
    '17-3029',
    'Engineering Technologists and Technicians, Except Drafters, All Other (##)',
  ],
];
const parse = (text: string) =>
  parseSoc2010To2018Crosswalk({ bytes: new TextEncoder().encode(text), file: 'crosswalk.csv' });
const HEADER = '2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title\n';

describeSourceAdapter({
  name: 'crosswalk/soc_2010_to_2018_crosswalk.csv',
  format: 'csv',
  fixture: FIXTURE,
  parse: (bytes, file) => parseSoc2010To2018Crosswalk({ bytes, file }),
  requiredColumn: '2018 SOC Code',
  numericColumn: '2010 SOC Code',
  check: (parsed) => {
    const records = parsed.records as CrosswalkPair[];
    expect(records).toHaveLength(5);
    expect(records[2]).toEqual({
      from: '29-2071',
      to: '29-9021',
      fromTitle: 'Medical Records and Health Information Technicians',
      toTitle: 'Health Information Technologists and Medical Registrars',
      row: 4,
    });
    const crosswalk = createCrosswalk(records);
    expect(crosswalk.targetsOf('29-2071')).toEqual(['29-2072', '29-9021']);
    expect(crosswalk.sourcesOf('29-9021')).toEqual(['29-2071', '29-9099']);
    expect(parsed.descriptor.codeSystem).toBe('soc-2010');
  },
});

describe('parseSoc2010To2018Crosswalk rules', () => {
  it('rejects an O*NET-SOC code where a SOC code is expected, and a repeated pair', () => {
    expect(() => parse(`${HEADER}29-2071.00,x,29-2072,y\n`)).toThrow(
      /crosswalk\.csv row 2: `2010 SOC Code` must be a SOC code like 29-2071, got "29-2071.00"/,
    );
    expect(() => parse(`${HEADER}29-2071,x,29-2072,y\n29-2071,x,29-2072,y\n`)).toThrow(
      /row 3: `2018 SOC Code` duplicate pair 29-2071 → 29-2072 \(first seen on row 2\)/,
    );
  });
});

describe.runIf(hasMirror)('crosswalk/soc_2010_to_2018_crosswalk.csv in the mirror', () => {
  it('has 900 pairs from 840 SOC 2010 codes to 867 SOC 2018 codes, 29-2071 split in two', async () => {
    const { records } = await loadSoc2010To2018Crosswalk(
      mirrorPath('crosswalk/soc_2010_to_2018_crosswalk.csv'),
    );
    expect(records).toHaveLength(900);
    const crosswalk = createCrosswalk(records);
    expect(crosswalk.sourceCodes).toHaveLength(840);
    expect(crosswalk.targetCodes).toHaveLength(867);
    expect(crosswalk.targetsOf('29-2071')).toEqual(['29-2072', '29-9021']);
    expect(crosswalk.sourcesOf('29-9021')).toEqual(['29-2071', '29-9099']);
    expect(crosswalk.sourceCodes.filter((code) => crosswalk.targetsOf(code).length > 1)).toHaveLength(42);
    expect(crosswalk.targetCodes.filter((code) => crosswalk.sourcesOf(code).length > 1)).toHaveLength(31);
    expect(crosswalkLinks(['29-2071'], crosswalk)).toEqual({
      '29-2072': ['29-2071'],
      '29-9021': ['29-2071'],
    });
    expect(records.some((record) => /\(#/.test(record.fromTitle + record.toTitle))).toBe(false);
  });

  it('marks (#) and (##) exactly where the pairs split or merge codes, so removing them loses nothing', () => {
    const raw = readDelimited(readFileSync(mirrorPath('crosswalk/soc_2010_to_2018_crosswalk.csv')), {
      source: 'test',
      file: 'crosswalk.csv',
    });
    const crosswalk = createCrosswalk(
      raw.rows.map((row) => ({ from: row.cells[0] ?? '', to: row.cells[2] ?? '' })),
    );
    for (const [from, fromTitle, to, toTitle] of raw.rows.map((row) => row.cells)) {
      expect(/\(#\)$/.test(fromTitle ?? '')).toBe(crosswalk.targetsOf(from ?? '').length > 1);
      expect(/\(##\)$/.test(toTitle ?? '')).toBe(crosswalk.sourcesOf(to ?? '').length > 1);
    }
  });
});
