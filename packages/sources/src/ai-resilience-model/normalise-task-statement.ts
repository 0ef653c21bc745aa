/**
 * Normalises a task statement for joining tasks across O*NET versions and sources (methodology §6): lower
 * case, runs of white space collapsed to one space, leading and trailing spaces trimmed, then one trailing
 * period removed. Other punctuation is kept, so a revised wording does not match.
 *
 * @param statement - a task statement as published.
 * @returns the join key.
 * @example
 * ```ts
 * normaliseTaskStatement('  Code patient   records. '); // 'code patient records'
 * normaliseTaskStatement('Code patient records..');     // 'code patient records.'
 * ```
 */
export function normaliseTaskStatement(statement: string): string {
  const collapsed = statement.toLowerCase().replace(/\s+/g, ' ').trim();
  return collapsed.endsWith('.') ? collapsed.slice(0, -1) : collapsed;
}
