/**
 * The Levenshtein distance between two words: the fewest insertions, deletions and substitutions that
 * turn one into the other.
 *
 * @param a - a word.
 * @param b - another word.
 * @returns the distance, 0 when they are equal.
 * @example
 * ```ts
 * editDistance('scroe', 'score'); // 2
 * ```
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate closest to a mistyped name, if one is within two edits (ties go to the first candidate).
 *
 * @param name - what was typed, e.g. `scroe`.
 * @param candidates - the valid names.
 * @returns the closest candidate, or undefined when none is close.
 * @example
 * ```ts
 * closestName('scroe', ['report', 'score']); // 'score'
 * ```
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
