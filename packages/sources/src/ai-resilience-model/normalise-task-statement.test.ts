import { describe, expect, it } from 'vitest';
import { normaliseTaskStatement } from './normalise-task-statement.js';

describe('normaliseTaskStatement', () => {
  it('lower-cases, collapses and trims white space, and drops one trailing period', () => {
    expect(normaliseTaskStatement('  Code\tpatient \r\n records. ')).toBe('code patient records');
    expect(normaliseTaskStatement('Code patient records..')).toBe('code patient records.');
    expect(normaliseTaskStatement('Code patient records')).toBe('code patient records');
  });
  it('keeps inner punctuation, so a revised wording does not match', () => {
    expect(normaliseTaskStatement('Code, patient records.')).not.toBe(
      normaliseTaskStatement('Code patient records.'),
    );
  });
});
