import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.js';
import { linkedCodesOf, linkTableOf } from './link-table.js';

describe('linkTableOf and linkedCodesOf', () => {
  const universe = ['11-1011', '11-1021'];

  it('aligns the links with the occupations, and gives them back', () => {
    const links = { '11-1011.03': ['11-1011', '11-1021'], '99-9999': ['11-1011'] };
    const table = linkTableOf('aioe', links, universe, ['11-1011', '11-1011.03']);
    // 11-1011 has no link; 99-9999 is not an occupation of the list and is left out
    expect(table).toEqual({ codes: ['11-1011', '11-1011.03'], offsets: [0, 0, 2], targets: [0, 1] });
    expect(linkedCodesOf(table, universe, 0)).toEqual([]);
    expect(linkedCodesOf(table, universe, 1)).toEqual(['11-1011', '11-1021']);
  });

  it('names the source and the link at fault', () => {
    expect(() => linkTableOf('aioe', { '11-1011': ['11-9999'] }, universe, ['11-1011'])).toThrow(
      new DatasetError('aioe', 'links["11-1011"] names "11-9999", which is not in the universe'),
    );
    const notArray = { '11-1011': '11-1011' } as unknown as Record<string, string[]>;
    expect(() => linkTableOf('aioe', notArray, universe, ['11-1011'])).toThrow(
      'links["11-1011"] must be an array',
    );
  });
});
