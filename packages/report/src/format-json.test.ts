import { AiResilienceError } from '@airesilience/core';
import { describeFormatter } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatJson } from './format-json.js';
import { ReportInputError } from './report-input-error.js';
import { ReportJsonSchema } from './report-json-schema.js';

describeFormatter({
  name: 'formatJson',
  format: (input) => formatJson(input),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    const parsed = ReportJsonSchema.parse(JSON.parse(output));
    // JSON keeps data exactly: the hostile string round-trips unchanged.
    expect(parsed.result.title).toBe(hostile);
    expect(parsed.profile.tasks[0]?.statement).toBe(hostile);
    // Control characters in data are escaped inside the strings: only the indentation's line breaks remain.
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  },
});

/** Rebuilds every object with its keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverseKeys(child)]),
    ) as T;
  }
  return value;
}

describe('formatJson', () => {
  it('writes the full result and profile under a version, validated by ReportJsonSchema', () => {
    const input = medicalRecordsSpecialists();
    const parsed = ReportJsonSchema.parse(JSON.parse(formatJson(input)));
    expect(parsed.reportVersion).toBe(1);
    expect(parsed.result).toEqual(input.result);
    expect(parsed.profile).toEqual(input.profile);
    expect(parsed.result.scorePercent).toBe(41.4);
    expect(parsed.profile.facts?.medianWage).toBe(50250);
  });

  it('writes keys in schema order whatever order the input was built in', () => {
    const input = medicalRecordsSpecialists();
    const reversed = reverseKeys(input);
    expect(Object.keys(reversed.result)[0]).toBe('provenance');
    expect(formatJson(reversed)).toBe(formatJson(input));
    expect(Object.keys(JSON.parse(formatJson(reversed)).result).slice(0, 3)).toEqual([
      'code',
      'title',
      'score',
    ]);
  });

  it('sorts the scenario options by key', () => {
    const input = medicalRecordsSpecialists();
    input.result.provenance.scenario = { zeta: 1, alpha: 'a', mid: null };
    const json = JSON.parse(formatJson(input));
    expect(Object.keys(json.result.provenance.scenario)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('indents with 2 spaces by default, or as asked, and ends with a line break', () => {
    const input = medicalRecordsSpecialists();
    expect(formatJson(input).split('\n')[1]).toBe('  "reportVersion": 1,');
    expect(formatJson(input, { indent: 0 })).toMatch(/^\{"reportVersion":1,"result":\{"code":"29-2072"/);
    expect(formatJson(input, { indent: 0 }).endsWith('}\n')).toBe(true);
    expect(() => formatJson(input, { indent: -1 })).toThrow(ReportInputError);
  });

  it('rejects a NaN score or a percentile outside [0, 1], naming the field', () => {
    const input = medicalRecordsSpecialists();
    input.result.score = Number.NaN;
    expect(() => formatJson(input)).toThrow(/\[report\] formatJson: result\.score: /);
    const other = medicalRecordsSpecialists();
    other.result.dimensions[1]!.sources[0]!.percentile = 1.5;
    try {
      formatJson(other);
      expect.unreachable('formatJson should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ReportInputError);
      expect(AiResilienceError.isInstance(error)).toBe(true);
      expect((error as ReportInputError).code).toBe('INVALID_ARGUMENT');
      expect((error as ReportInputError).path).toBe('result.dimensions.1.sources.0.percentile');
    }
  });

  it('keeps a result without uncertainty without the key', () => {
    const input = medicalRecordsSpecialists();
    delete input.result.uncertainty;
    expect(JSON.parse(formatJson(input)).result).not.toHaveProperty('uncertainty');
  });
});
