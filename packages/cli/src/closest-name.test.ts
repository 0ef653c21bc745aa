import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('score', 'score')).toBe(0);
    expect(editDistance('scor', 'score')).toBe(1);
    expect(editDistance('scroe', 'score')).toBe(2);
    expect(editDistance('', 'rank')).toBe(4);
  });
});

describe('closestName', () => {
  it('finds the candidate within two edits', () => {
    expect(closestName('scroe', ['report', 'score', 'rank'])).toBe('score');
    expect(closestName('exprot', ['export', 'explain'])).toBe('export');
  });
  it('finds nothing when every candidate is far', () => {
    expect(closestName('frobnicate', ['report', 'score', 'rank'])).toBeUndefined();
  });
});
