import { isOccupationCode, type Occupation } from '@airesilience/core';
import { CliUsageError } from './cli-usage-error.js';

/** An occupation matched by words, with how well it matched. */
export interface TitleMatch {
  /** The occupation. */
  occupation: Occupation;
  /** Share of the query's words found in the title (1 = all). */
  score: number;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);

/**
 * The occupations whose titles best match some words: each query word found in the title (or as a prefix
 * of a title word) counts; ties go to shorter titles, then code order.
 *
 * @param occupations - the occupations to search.
 * @param query - the words, e.g. `medical records`.
 * @param limit - how many to return (default 5).
 * @returns the best matches, best first; empty when no word matches.
 * @example
 * ```ts
 * suggestTitles(dataset.occupations, 'medical records')[0]?.occupation.code; // '29-2072'
 * ```
 */
export function suggestTitles(occupations: readonly Occupation[], query: string, limit = 5): TitleMatch[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  return occupations
    .map((occupation) => {
      const title = words(occupation.title);
      const hits = wanted.filter((word) => title.some((candidate) => candidate.startsWith(word))).length;
      return { occupation, score: hits / wanted.length, length: occupation.title.length };
    })
    .filter((entry) => entry.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.occupation.kind === 'soc') - Number(a.occupation.kind === 'soc') ||
        a.length - b.length ||
        (a.occupation.code < b.occupation.code ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ occupation, score }) => ({ occupation, score }));
}

/**
 * Checks that an argument is an occupation code; for words, fails with the closest titles as suggestions.
 *
 * @param input - the argument.
 * @param occupations - the dataset's occupations, for suggestions.
 * @returns the code, trimmed.
 * @throws {@link CliUsageError} for words, listing the closest titles with their codes.
 */
export function requireOccupationCode(input: string, occupations: readonly Occupation[]): string {
  const trimmed = input.trim();
  if (isOccupationCode(trimmed) || /^\s*\d{2}-\d/.test(trimmed)) return trimmed;
  const matches = suggestTitles(occupations, trimmed);
  if (matches.length === 0) {
    throw new CliUsageError(
      `"${trimmed}" is not an occupation code and matches no title; try a SOC code like 29-2072`,
    );
  }
  const list = matches.map(({ occupation }) => `${occupation.code} ${occupation.title}`).join('; ');
  throw new CliUsageError(`"${trimmed}" is not an occupation code. Closest titles: ${list}`);
}
