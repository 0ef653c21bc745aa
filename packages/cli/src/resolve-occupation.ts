import { AiResilienceError, isOccupationCode, type Occupation } from '@airesilience/core';

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
 * of a title word) counts; ties go to SOC codes before O*NET-SOC codes, then shorter titles, then code
 * order. A title shown once is not repeated (a `.00` code repeats its SOC code's title).
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
  const seenTitles = new Set<string>();
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
    .filter((entry) => {
      // An O*NET-SOC `.00` code repeats its SOC code's title: show the SOC code once.
      const title = entry.occupation.title.toLowerCase();
      if (seenTitles.has(title)) return false;
      seenTitles.add(title);
      return true;
    })
    .slice(0, limit)
    .map(({ occupation, score }) => ({ occupation, score }));
}

const looksLikeCode = (text: string) => isOccupationCode(text) || /^\d{2}-\d/.test(text);

/**
 * Groups command-line arguments into occupation queries: each code-like argument stands alone, and
 * consecutive words are joined, so `score medical records 15-1252` asks for "medical records" and 15-1252.
 *
 * @param inputs - the positional arguments.
 * @returns the queries, in order.
 * @example
 * ```ts
 * groupOccupationArguments(['medical', 'records', '15-1252']); // ['medical records', '15-1252']
 * ```
 */
export function groupOccupationArguments(inputs: readonly string[]): string[] {
  const groups: string[] = [];
  let words: string[] = [];
  for (const input of inputs) {
    const trimmed = input.trim();
    if (looksLikeCode(trimmed)) {
      if (words.length > 0) groups.push(words.join(' '));
      words = [];
      groups.push(trimmed);
    } else if (trimmed !== '') words.push(trimmed);
  }
  if (words.length > 0) groups.push(words.join(' '));
  return groups;
}

/**
 * Checks that an argument is an occupation code; for words, fails with the closest titles as suggestions.
 *
 * @param input - the argument.
 * @param occupations - the dataset's occupations, for suggestions.
 * @returns the code, trimmed.
 * @throws `AiResilienceError` with code `UNKNOWN_OCCUPATION` for words, listing the closest titles with their
 *   codes (or saying none matched).
 */
export function requireOccupationCode(input: string, occupations: readonly Occupation[]): string {
  const trimmed = input.trim();
  if (looksLikeCode(trimmed)) return trimmed;
  const matches = suggestTitles(occupations, trimmed);
  if (matches.length === 0) {
    throw new AiResilienceError(
      'UNKNOWN_OCCUPATION',
      `"${trimmed}" is not an occupation code and matches no title; try a SOC code like 29-2072`,
    );
  }
  const list = matches.map(({ occupation }) => `${occupation.code} ${occupation.title}`).join('; ');
  throw new AiResilienceError(
    'UNKNOWN_OCCUPATION',
    `"${trimmed}" is not an occupation code. Closest titles: ${list}`,
  );
}
