import type { Occupation } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { groupOccupationArguments, requireOccupationCode, suggestTitles } from './resolve-occupation.js';

const occupations: Occupation[] = [
  { code: '29-2072', title: 'Medical records specialists', kind: 'soc', lineItem: true },
  {
    code: '29-2072.00',
    title: 'Medical Records Specialists',
    kind: 'onet-soc',
    parent: '29-2072',
    lineItem: false,
  },
  { code: '31-9092', title: 'Medical assistants', kind: 'soc', lineItem: true },
  { code: '43-4071', title: 'File clerks', kind: 'soc', lineItem: true },
  { code: '15-1252', title: 'Software developers', kind: 'soc', lineItem: true },
];

describe('suggestTitles', () => {
  it('ranks titles by the share of words matched, SOC codes first, each title once', () => {
    const matches = suggestTitles(occupations, 'medical records');
    expect(matches.map((match) => match.occupation.code)).toEqual(['29-2072', '31-9092']);
    expect(matches.map((match) => match.score)).toEqual([1, 0.5]);
  });

  it('matches word prefixes, case-insensitively', () => {
    expect(suggestTitles(occupations, 'SOFTWARE develop')[0]?.occupation.code).toBe('15-1252');
  });

  it('finds nothing for words in no title, or no words', () => {
    expect(suggestTitles(occupations, 'astronaut')).toEqual([]);
    expect(suggestTitles(occupations, ' - ')).toEqual([]);
  });
});

describe('groupOccupationArguments', () => {
  it('keeps codes apart and joins consecutive words', () => {
    expect(groupOccupationArguments(['medical', 'records', '15-1252', 'file', 'clerks'])).toEqual([
      'medical records',
      '15-1252',
      'file clerks',
    ]);
    expect(groupOccupationArguments(['29-2072', '29-2072.00'])).toEqual(['29-2072', '29-2072.00']);
  });
});

describe('requireOccupationCode', () => {
  it('passes code-like arguments through, even malformed ones (the scorer names the rule)', () => {
    expect(requireOccupationCode(' 29-2072 ', occupations)).toBe('29-2072');
    expect(requireOccupationCode('29-207', occupations)).toBe('29-207');
  });

  it('answers words with the closest titles', () => {
    expect(() => requireOccupationCode('medical records', occupations)).toThrow(
      '"medical records" is not an occupation code. Closest titles: 29-2072 Medical records specialists; 31-9092 Medical assistants',
    );
    expect(() => requireOccupationCode('astronaut', occupations)).toThrow(/matches no title/);
  });
});
