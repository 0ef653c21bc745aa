import type { Occupation } from './dataset.js';
import { parseOccupationCode } from './occupation-code.js';
import { computeRow, type ScoringModel } from './scoring-model.js';
import { type OccupationSuggestion, UnknownOccupationError } from './unknown-occupation-error.js';

/**
 * The row of an occupation code in a scoring model.
 *
 * @throws OccupationCodeError for a malformed code, UnknownOccupationError (with suggestions) for a
 *   well-formed code the dataset does not have.
 * @internal
 */
export function findOccupationRow(model: ScoringModel, input: string): number {
  const { code } = parseOccupationCode(input);
  const row = model.rowOf.get(code);
  if (row === undefined) throw new UnknownOccupationError(code, suggestOccupations(model.occupations, code));
  computeRow(model, row);
  return row;
}

/**
 * Up to `limit` occupations closest to a code: the longest common prefix first (same 6-digit parent,
 * then the same broad and minor groups), then the nearest in number, then in code order.
 *
 * @internal
 */
export function suggestOccupations(
  occupations: readonly Occupation[],
  code: string,
  limit = 5,
): OccupationSuggestion[] {
  const target = codeNumber(code);
  return occupations
    .map((occupation) => ({
      occupation,
      prefix: commonPrefix(occupation.code, code),
      distance: Math.abs(codeNumber(occupation.code) - target),
    }))
    .filter((entry) => entry.prefix >= 2)
    .sort(
      (a, b) =>
        b.prefix - a.prefix ||
        a.distance - b.distance ||
        (a.occupation.code < b.occupation.code ? -1 : a.occupation.code > b.occupation.code ? 1 : 0),
    )
    .slice(0, limit)
    .map((entry) => ({ code: entry.occupation.code, title: entry.occupation.title }));
}

function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a[index] === b[index]) index++;
  return index;
}

function codeNumber(code: string): number {
  return Number(code.slice(0, 2)) * 10_000 + Number(code.slice(3, 7)) + Number(code.slice(8) || 0) / 100;
}
