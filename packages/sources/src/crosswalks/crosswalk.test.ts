import { AiResilienceError } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import {
  composeCrosswalks,
  createCrosswalk,
  createCrosswalkFromMembers,
  crosswalkLinks,
} from './crosswalk.js';

const SOC_2010_TO_2018 = createCrosswalk([
  { from: '29-2071', to: '29-2072' },
  { from: '29-2071', to: '29-9021' },
  { from: '29-9099', to: '29-9021' },
  { from: '29-9099', to: '29-9099' },
  { from: '11-1011', to: '11-1011' },
  { from: '29-2071', to: '29-2072' },
]);

describe('createCrosswalk', () => {
  it('answers both directions, one-to-many and many-to-one, counting a repeated link once', () => {
    expect(SOC_2010_TO_2018.targetsOf('29-2071')).toEqual(['29-2072', '29-9021']);
    expect(SOC_2010_TO_2018.sourcesOf('29-9021')).toEqual(['29-2071', '29-9099']);
    expect(SOC_2010_TO_2018.sourcesOf('29-2072')).toEqual(['29-2071']);
    expect(SOC_2010_TO_2018.links).toHaveLength(5);
    expect(SOC_2010_TO_2018.sourceCodes).toEqual(['29-2071', '29-9099', '11-1011']);
    expect(SOC_2010_TO_2018.targetCodes).toEqual(['29-2072', '29-9021', '29-9099', '11-1011']);
  });
  it('returns nothing for an unknown code and rejects an empty one', () => {
    expect(SOC_2010_TO_2018.targetsOf('99-9999')).toEqual([]);
    expect(SOC_2010_TO_2018.sourcesOf('29-2071')).toEqual([]);
    expect(() => createCrosswalk([{ from: '29-2071', to: ' ' }])).toThrow(AiResilienceError);
    expect(() => createCrosswalk([{ from: '29-2071', to: ' ' }])).toThrow(/two non-empty codes/);
  });
});

describe('crosswalkLinks', () => {
  it('links each target to the published native codes that reach it, keeping where a value came from', () => {
    expect(crosswalkLinks(['29-9099', '29-2071', '11-1011'], SOC_2010_TO_2018)).toEqual({
      '11-1011': ['11-1011'],
      '29-2072': ['29-2071'],
      '29-9021': ['29-9099', '29-2071'],
      '29-9099': ['29-9099'],
    });
  });
  it('leaves out targets whose sources are not published and native codes the crosswalk lacks', () => {
    const links = crosswalkLinks(['29-2071', '00-0000', '29-2071'], SOC_2010_TO_2018);
    expect(links).toEqual({ '29-2072': ['29-2071'], '29-9021': ['29-2071'] });
    expect(Object.keys(links)).toEqual(['29-2072', '29-9021']);
  });
});

describe('composeCrosswalks and createCrosswalkFromMembers', () => {
  it('chains ISCO-08 → SOC 2010 → SOC 2018', () => {
    const isco = createCrosswalk([
      { from: '3252', to: '29-2071' },
      { from: '2111', to: '19-2011' },
    ]);
    const chained = composeCrosswalks(isco, SOC_2010_TO_2018);
    expect(chained.targetsOf('3252')).toEqual(['29-2072', '29-9021']);
    expect(chained.targetsOf('2111')).toEqual([]);
  });
  it('turns aggregate members into member → aggregate links', () => {
    const aggregates = createCrosswalkFromMembers({ '13-1020': ['13-1021', '13-1022', '13-1023'] });
    expect(aggregates.sourcesOf('13-1020')).toEqual(['13-1021', '13-1022', '13-1023']);
    expect(crosswalkLinks(['13-1023', '13-1021', '15-1252'], aggregates)).toEqual({
      '13-1020': ['13-1023', '13-1021'],
    });
  });
});
