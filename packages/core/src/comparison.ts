import type { ComparisonRule, TieRule } from './methodology.js';
import { lowerBound, upperBound } from './percentile.js';
import * as Records from './score-records.js';
import type { Comparison } from './score-result.js';

/**
 * Compares a score with the sorted scores of the scored universe (methodology §4): the score percentile
 * uses the methodology's tie rule (`average`: `(#{s < x} + (#{s = x} + 1)/2) / N`, so an occupation in the
 * universe gets its mid-rank and one that is not but shares a member's score gets that member's
 * percentile, capped at 1 for an outsider above every member; `strict`: `#{s < x} / N`); the phrase is the first whose threshold the percentile reaches.
 *
 * @param score - the occupation's score.
 * @param sortedUniverse - the universe's scores sorted ascending (not empty).
 * @param median - the universe's median score.
 * @param sourcesWithData - the number of sources (evidence groups) with data, for the sentence.
 * @param rule - the methodology's comparison rule.
 * @param ties - the methodology's tie rule.
 * @returns the comparison.
 * @internal
 */
export function compareScore(
  score: number,
  sortedUniverse: Float64Array,
  median: number,
  sourcesWithData: number,
  rule: ComparisonRule,
  ties: TieRule,
): Comparison {
  const scorePercentile = scorePercentileOf(score, sortedUniverse, ties);
  const phrase = choosePhrase(scorePercentile, rule);
  return new Records.Comparison(
    median,
    scorePercentile,
    sortedUniverse.length,
    phrase,
    fillSentence(rule.sentence, phrase, sourcesWithData),
  );
}

/**
 * The percentile of a score among the sorted scores of the scored universe, with the methodology's tie rule
 * (see {@link compareScore}).
 *
 * @param score - the occupation's score.
 * @param sortedUniverse - the universe's scores sorted ascending (not empty).
 * @param ties - the methodology's tie rule.
 * @returns the percentile in [0, 1].
 * @internal
 */
export function scorePercentileOf(score: number, sortedUniverse: Float64Array, ties: TieRule): number {
  const count = sortedUniverse.length;
  const below = lowerBound(sortedUniverse, score);
  return ties === 'average'
    ? Math.min(1, (below + upperBound(sortedUniverse, score, below) + 1) / 2 / count)
    : below / count;
}

/**
 * The phrase for a score percentile: the first (highest) phrase whose `atLeast` it reaches.
 *
 * @internal
 */
export function choosePhrase(scorePercentile: number, rule: ComparisonRule): string {
  // Indexed: the methodology's arrays are frozen, and V8 does not optimise away an iterator over a frozen array.
  for (let i = 0; i < rule.phrases.length; i++) {
    const entry = rule.phrases[i]!;
    if (entry.atLeast === null || scorePercentile >= entry.atLeast) return entry.phrase;
  }
  return rule.phrases[rule.phrases.length - 1]!.phrase;
}

const sentences = new Map<string, Map<string, string[]>>();

function fillSentence(template: string, phrase: string, count: number): string {
  // A handful of distinct sentences recur across a thousand results: build each once (nested maps keyed
  // by the strings themselves, whose hashes V8 caches, rather than by a new composite key per call).
  let byPhrase = sentences.get(template);
  if (byPhrase === undefined) {
    if (sentences.size > 100) sentences.clear();
    byPhrase = new Map();
    sentences.set(template, byPhrase);
  }
  let byCount = byPhrase.get(phrase);
  if (byCount === undefined) {
    byCount = [];
    byPhrase.set(phrase, byCount);
  }
  let sentence = byCount[count];
  if (sentence === undefined) {
    sentence = buildSentence(template, phrase, count);
    if (count < 1000) byCount[count] = sentence;
  }
  return sentence;
}

function buildSentence(template: string, phrase: string, count: number): string {
  return template
    .replaceAll('{phrase}', phrase)
    .replaceAll('{count}', String(count))
    .replaceAll('{sourceNoun}', count === 1 ? 'source' : 'sources');
}
