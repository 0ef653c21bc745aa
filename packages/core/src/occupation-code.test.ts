import { describe, expect, it } from 'vitest';
import { AiResilienceError } from './ai-resilience-error.js';
import { isOccupationCode, parseOccupationCode } from './occupation-code.js';
import { OccupationCodeError } from './occupation-code-error.js';

describe('parseOccupationCode', () => {
  it('accepts SOC 2018 detailed and O*NET-SOC codes', () => {
    expect(parseOccupationCode('29-2072')).toEqual({ code: '29-2072', kind: 'soc', soc: '29-2072' });
    expect(parseOccupationCode(' 29-1141.01 ')).toEqual({
      code: '29-1141.01',
      kind: 'onet-soc',
      soc: '29-1141',
    });
  });

  it.each(['29-207', '292072', '29-2072.0', 'nurse', '', '29-2072.000'])(
    'rejects %j with a typed error',
    (input) => {
      expect(() => parseOccupationCode(input)).toThrow(OccupationCodeError);
      expect(isOccupationCode(input)).toBe(false);
      try {
        parseOccupationCode(input);
      } catch (error) {
        expect(AiResilienceError.isInstance(error)).toBe(true);
        expect((error as AiResilienceError).code).toBe('INVALID_OCCUPATION_CODE');
        expect((error as Error).message).toContain(JSON.stringify(input));
      }
    },
  );
});
