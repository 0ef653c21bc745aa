import { describe, expect, it } from 'vitest';
import { toCsvCell } from './csv-cell.js';
import { escapeHtml } from './escape-html.js';
import { escapeMarkdown } from './escape-markdown.js';
import { toTerminalText } from './terminal-text.js';

describe('escapeHtml', () => {
  it('escapes the five markup characters and the backtick, and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
    expect(escapeHtml('a\u0000b\u001bc\td\ne')).toBe('abc\td\ne');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeMarkdown', () => {
  it('keeps plain text readable', () => {
    expect(escapeMarkdown('Medical Records Specialists, 29-2072 (2024–34): 0.4743')).toBe(
      'Medical Records Specialists, 29-2072 (2024–34): 0.4743',
    );
    expect(escapeMarkdown('Frey & Osborne')).toBe('Frey & Osborne');
  });

  it('escapes inline syntax, HTML, entities and block markers', () => {
    expect(escapeMarkdown('<img src=x> *a* _b_ [c](d) `e` | f ~g~ $h$ \\')).toBe(
      '&lt;img src=x&gt; \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| f \\~g\\~ \\$h\\$ \\\\',
    );
    expect(escapeMarkdown('&lt;b&gt; &#60;')).toBe('&amp;lt;b&amp;gt; &amp;#60;');
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('+7.1 %')).toBe('+7.1 %');
  });

  it('keeps one line, without indentation that would start a code block', () => {
    expect(escapeMarkdown('one\r\ntwo\n\nthree')).toBe('one two three');
    expect(escapeMarkdown('\t    code?')).toBe('code?');
  });
});

describe('toCsvCell', () => {
  it('quotes per RFC 4180', () => {
    expect(toCsvCell('plain')).toBe('plain');
    expect(toCsvCell('a,b')).toBe('"a,b"');
    expect(toCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(toCsvCell(null)).toBe('');
  });

  it('prefixes text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsvCell('=1+1')).toBe("'=1+1");
    expect(toCsvCell('+1')).toBe("'+1");
    expect(toCsvCell('-1')).toBe("'-1");
    expect(toCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvCell('\tx')).toBe("'\tx");
    expect(toCsvCell('\rx')).toBe('"\'\rx"');
    expect(toCsvCell('=HYPERLINK("a","b")')).toBe('"\'=HYPERLINK(""a"",""b"")"');
    expect(toCsvCell(-0.05)).toBe('-0.05');
    expect(toCsvCell(-0)).toBe('0');
    expect(toCsvCell(Number.NaN)).toBe('');
  });
});

describe('toTerminalText', () => {
  it('removes escape sequences, control characters and bidirectional overrides', () => {
    expect(toTerminalText('\u001b[2J\u001b[31mRed\u001b[0m')).toBe('[2J[31mRed[0m');
    expect(toTerminalText('a\tb\r\nc\u0007d\u009be')).toBe('a b cde');
    expect(toTerminalText('\u202eevil\u202c')).toBe('evil');
    expect(toTerminalText('Médical — ≥ $239,200')).toBe('Médical — ≥ $239,200');
  });
});
