import { AiResilienceError, OccupationCodeError, SourceParseError } from '@airesilience/core';
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
  });
  it('is 3 for data and I/O failures', () => {
    expect(exitCodeFor(new SourceParseError({ source: 'bls', file: 'x.xlsx', row: 2 }, 'bad'))).toBe(3);
    expect(exitCodeFor(new AiResilienceError('DATA_INTEGRITY', 'altered'))).toBe(3);
    expect(exitCodeFor(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe(3);
  });
  it('is 1 for anything unexpected', () => {
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });
});
