import { describe, expect, it } from 'vitest';
import { CliUsageError } from './cli-usage-error.js';
import { oneOf, outputFormat, parseCommandLine, positiveInteger } from './parse-command-line.js';

describe('parseCommandLine', () => {
  it('splits the command, its arguments and options', () => {
    const line = parseCommandLine(['report', '29-2072', '--format', 'md', '-o', 'x.md']);
    expect(line.command).toBe('report');
    expect(line.positionals).toEqual(['29-2072']);
    expect(line.options).toMatchObject({ format: 'md', out: 'x.md' });
  });

  it('names an unknown option and suggests the closest', () => {
    expect(() => parseCommandLine(['score', '--methodolgy', 'x'])).toThrow(
      'unknown option --methodolgy; did you mean --methodology?',
    );
    expect(() => parseCommandLine(['score', '--zzzzzzzz'])).toThrow(/^unknown option --zzzzzzzz$/);
  });

  it('says which option misses its value or takes none', () => {
    expect(() => parseCommandLine(['report', '29-2072', '--out'])).toThrow('option --out needs a value');
    expect(() => parseCommandLine(['score', '--json=yes'])).toThrow('option --json takes no value');
  });

  it('throws usage errors that point at the command', () => {
    try {
      parseCommandLine(['rank', '--bogus']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliUsageError);
      expect((error as CliUsageError).command).toBe('rank');
    }
  });
});

describe('option values', () => {
  it('reads positive integers only', () => {
    expect(positiveInteger(undefined, 'top', 7)).toBe(7);
    expect(positiveInteger('12', 'top', 7)).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'ten', '', '99999999999999999999']) {
      expect(() => positiveInteger(bad, 'top', 7)).toThrow(CliUsageError);
    }
  });

  it('checks a value against its choices, the first being the default', () => {
    expect(oneOf(undefined, 'by', ['score', 'mhc'])).toBe('score');
    expect(() => oneOf('xyz', 'by', ['score', 'mhc'])).toThrow('--by must be one of score, mhc, got "xyz"');
  });

  it('treats --json as --format json and rejects a contradiction', () => {
    const line = (options: Record<string, unknown>) => ({ command: 'rank', positionals: [], options });
    expect(outputFormat(line({}), ['text', 'json'])).toBe('text');
    expect(outputFormat(line({ json: true }), ['text', 'json'])).toBe('json');
    expect(outputFormat(line({ json: true, format: 'json' }), ['text', 'json'])).toBe('json');
    expect(() => outputFormat(line({ json: true, format: 'csv' }), ['text', 'csv', 'json'])).toThrow(
      '--json contradicts --format csv',
    );
  });
});
