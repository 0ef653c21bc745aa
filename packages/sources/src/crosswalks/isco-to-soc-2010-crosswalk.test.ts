import { describeSourceAdapter, hasMirror, mirrorPath, writeXlsx } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { type CrosswalkPair, composeCrosswalks, createCrosswalk } from './crosswalk.js';
import { loadIscoToSoc2010Crosswalk, loadSoc2010To2018Crosswalk } from './load-crosswalks.js';
import { parseIscoToSoc2010Crosswalk } from './parse-isco-to-soc-2010-crosswalk.js';

const FIXTURE: string[][] = [
  ['ISCO-08 Code', 'ISCO-08 Title EN', 'occ_code', '2010 SOC Title'],
  ['0110', 'Commissioned armed forces officers', '55-1011 ', 'Air Crew Officers'],
  ['211', 'Physical and earth science professionals', '19-2099', 'Physical Scientists, All Other'],
  [
    '3252',
    'Medical records and health information technicians',
    '29-2071 ',
    'Medical Records and Health Information Technicians',
  ],
  [
    '3322 ',
    'Commercial sales representatives',
    '41-4012 ',
    'Sales Representatives, Wholesale and Manufacturing',
  ],
  ['2211', 'Generalist medical practitioners ', '29-1062', 'Family and General Practitioners'],
];

describeSourceAdapter({
  name: 'crosswalk/isco08_to_soc2010_crosswalk.xlsx',
  format: 'xlsx',
  sheet: 'ISCO-08 to 2010 SOC',
  fixture: FIXTURE,
  parse: (bytes, file) => parseIscoToSoc2010Crosswalk({ bytes, file }),
  requiredColumn: 'occ_code',
  numericColumn: 'ISCO-08 Code',
  check: (parsed) => {
    const records = parsed.records as CrosswalkPair[];
    expect(records.map((r) => `${r.from}>${r.to}`)).toEqual([
      '0110>55-1011',
      '211>19-2099',
      '3252>29-2071',
      '3322>41-4012',
      '2211>29-1062',
    ]);
    expect(records[4]?.fromTitle).toBe('Generalist medical practitioners');
    expect(records[2]?.row).toBe(4);
    expect(parsed.descriptor.codeSystem).toBe('isco-08');
  },
});

describe('parseIscoToSoc2010Crosswalk rules', () => {
  const parse = (rows: string[][]) =>
    parseIscoToSoc2010Crosswalk({
      bytes: writeXlsx({ 'ISCO-08 to 2010 SOC': [FIXTURE[0]!, ...rows] }),
      file: 'isco.xlsx',
    });
  it('rejects a malformed ISCO code, a malformed SOC code and a repeated pair', () => {
    expect(() => parse([['32520', 'x', '29-2071', 'y']])).toThrow(
      /isco\.xlsx row 2: `ISCO-08 Code` must be an ISCO-08 code/,
    );
    expect(() => parse([['3252', 'x', '29-2071.00', 'y']])).toThrow(
      /row 2: `occ_code` must be a SOC 2010 code/,
    );
    expect(() =>
      parse([
        ['3252', 'x', '29-2071 ', 'y'],
        ['3252 ', 'x', '29-2071', 'y'],
      ]),
    ).toThrow(/row 3: `occ_code` duplicate pair 3252 → 29-2071 \(first seen on row 2\)/);
  });
});

describe.runIf(hasMirror)('crosswalk/isco08_to_soc2010_crosswalk.xlsx in the mirror', () => {
  it('has 1125 pairs between 438 ISCO-08 codes and 840 SOC 2010 codes; 3252 reaches 29-2072 via 29-2071', async () => {
    const { records } = await loadIscoToSoc2010Crosswalk(
      mirrorPath('crosswalk/isco08_to_soc2010_crosswalk.xlsx'),
    );
    expect(records).toHaveLength(1125);
    const isco = createCrosswalk(records);
    expect(isco.sourceCodes).toHaveLength(438);
    expect(isco.targetCodes).toHaveLength(840);
    expect(isco.targetsOf('3252')).toEqual(['29-2071']);
    expect(isco.sourceCodes.filter((code) => code.length === 3).sort()).toEqual(['211', '315']);
    const soc = await loadSoc2010To2018Crosswalk(mirrorPath('crosswalk/soc_2010_to_2018_crosswalk.csv'));
    expect(composeCrosswalks(isco, createCrosswalk(soc.records)).targetsOf('3252')).toEqual([
      '29-2072',
      '29-9021',
    ]);
  });
});
