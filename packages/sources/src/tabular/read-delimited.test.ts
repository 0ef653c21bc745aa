import { SourceParseError } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { readDelimited } from './read-delimited.js';

const origin = { source: 'demo', file: 'demo.csv' };

describe('readDelimited', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and CRLF', () => {
    const table = readDelimited(
      'code,text,value\r\n29-2072,"Code ""charts"", files",0.5\r\n11-1011,"two\r\nlines",1\r\n',
      origin,
    );
    expect(table.rows).toHaveLength(2);
    expect(table.text(table.rows[0]!, 'text')).toBe('Code "charts", files');
    expect(table.rows[1]!.line).toBe(3);
    expect(table.number(table.rows[1]!, 'value')).toBe(1);
  });

  it('strips a BOM and reads TSV', () => {
    const table = readDelimited('\ufeffa\tb\n1\t2\n', { ...origin, delimiter: '\t' });
    expect(table.header).toEqual(['a', 'b']);
  });

  it('names file, row and column for a non-numeric value', () => {
    const table = readDelimited('code,value\n29-2072,n/a\n', origin);
    expect(() => table.number(table.rows[0]!, 'value')).toThrow(
      '[sources/demo] demo.csv row 2: `value` must be a number, got "n/a"',
    );
  });

  it.each([
    ['', /is empty/],
    ['a,b\n', /no data rows/],
    ['a,b\n1,"2\n', /unterminated quoted field/],
    ['a,b,c\n1,2,3\n4,5', /truncated/],
    ['a;b\n1;2\n', /wrong delimiter/],
  ])('rejects bad input %j', (text, message) => {
    expect(() => readDelimited(text, origin)).toThrow(SourceParseError);
    expect(() => readDelimited(text, origin)).toThrow(message);
  });

  it('rejects invalid UTF-8 with the line of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\n'), 0xe9, 0x2c, 0x33, 0x0a]);
    expect(() => readDelimited(bytes, origin)).toThrow(/row 3: is not valid UTF-8/);
  });

  it('rejects a missing column by name', () => {
    expect(() => readDelimited('a,b\n1,2\n', { ...origin, requiredColumns: ['a', 'c'] })).toThrow(
      /row 1: `c` missing column/,
    );
  });
});
