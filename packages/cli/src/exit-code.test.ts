import { AiResilienceError, NoDataError, OccupationCodeError, SourceParseError } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from './cli-usage-error.js';
import { EXIT, exitCodeFor } from './exit-code.js';

describe('exitCodeFor', () => {
  it('is 0 on success', () => expect(exitCodeFor(undefined)).toBe(EXIT.ok));

  it('is 2 for bad input or arguments', () => {
    expect(exitCodeFor(new OccupationCodeError('29-207'))).toBe(2);
    expect(exitCodeFor(new CliUsageError('bad option'))).toBe(2);
    expect(exitCodeFor(new AiResilienceError('INVALID_METHODOLOGY', 'weights'))).toBe(2);
    expect(exitCodeFor(new AiResilienceError('UNKNOWN_OCCUPATION', 'no such'))).toBe(2);
    expect(exitCodeFor(new AiResilienceError('INVALID_ARGUMENT', 'draws'))).toBe(2);
    expect(exitCodeFor(new NoDataError('11-1011.03', 'custom', 3))).toBe(2);
  });

  it('is 3 for data and I/O failures', () => {
    expect(exitCodeFor(new SourceParseError({ source: 'bls', file: 'x.xlsx', row: 2 }, 'bad'))).toBe(3);
    expect(exitCodeFor(new AiResilienceError('DATA_INTEGRITY', 'altered'))).toBe(3);
    expect(exitCodeFor(new AiResilienceError('SNAPSHOT_VERSION', 'old'))).toBe(3);
    expect(exitCodeFor(new AiResilienceError('INVALID_DATASET', 'duplicate'))).toBe(3);
    expect(exitCodeFor(new AiResilienceError('IO', 'cannot write'))).toBe(3);
    expect(exitCodeFor(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe(3);
  });

  it('is 1 for anything unexpected', () => {
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeFor(Object.assign(new Error('odd'), { code: 'ERR_SOMETHING' }))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
    expect(exitCodeFor(null)).toBe(1);
  });
});

describe('formatError', () => {
  it('strips terminal control sequences quoted from a file', async () => {
    const { formatError } = await import('./main.js');
    const text = formatError(new CliUsageError('bad value "\u001b]0;pwned\u0007\u001b[31mred"'), false);
    expect(text).not.toMatch(/[\u001b\u0007]/);
    expect(text).toContain('bad value "]0;pwned[31mred"');
  });
});
