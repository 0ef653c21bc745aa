import { OccupationCodeError } from './occupation-code-error.js';

/** A SOC 2018 detailed occupation code, e.g. `29-2072`. */
export type SocCode = string;
/** An O*NET-SOC 2019 occupation code, e.g. `29-2072.00` or `29-1141.01`. */
export type OnetSocCode = string;

/**
 * A SOC 2018 detailed code.
 *
 * @internal
 */
export const SOC_PATTERN = /^\d{2}-\d{4}$/;
/**
 * An O*NET-SOC code.
 *
 * @internal
 */
export const ONET_SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

/** The parsed form of an occupation code. */
export interface ParsedOccupationCode {
  /** The code as normalised (trimmed). */
  code: string;
  /** `soc` for a 6-digit SOC code, `onet-soc` for an 8-digit O*NET-SOC code. */
  kind: 'soc' | 'onet-soc';
  /** The 6-digit SOC code (the code itself, or the O*NET-SOC code's parent). */
  soc: SocCode;
}

/**
 * Validates and classifies an occupation code.
 *
 * @param input - a SOC 2018 detailed code (`29-2072`) or an O*NET-SOC code (`29-2072.00`); surrounding
 *   spaces are ignored.
 * @returns the normalised code, its kind and its 6-digit SOC parent.
 * @throws {@link OccupationCodeError} for anything else (`29-207`, `292072`, `29-2072.0`, words).
 * @example
 * ```ts
 * parseOccupationCode('29-2072.00'); // { code: '29-2072.00', kind: 'onet-soc', soc: '29-2072' }
 * ```
 */
export function parseOccupationCode(input: string): ParsedOccupationCode {
  const code = typeof input === 'string' ? input.trim() : String(input);
  if (SOC_PATTERN.test(code)) return { code, kind: 'soc', soc: code };
  if (ONET_SOC_PATTERN.test(code)) return { code, kind: 'onet-soc', soc: code.slice(0, 7) };
  throw new OccupationCodeError(String(input));
}

/**
 * Tells whether a string is a valid SOC 2018 detailed or O*NET-SOC code, without throwing.
 *
 * @param input - the string to test.
 * @returns `true` for `29-2072` or `29-2072.00`, `false` otherwise.
 * @example
 * ```ts
 * isOccupationCode('29-2072'); // true
 * isOccupationCode('nurse'); // false
 * ```
 */
export function isOccupationCode(input: string): boolean {
  // One pattern for both forms: the scoring model checks every code of a dataset with it.
  return OCCUPATION_CODE_PATTERN.test(input);
}

const OCCUPATION_CODE_PATTERN = /^\d{2}-\d{4}(?:\.\d{2})?$/;
