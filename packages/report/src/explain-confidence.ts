import type { ConfidenceLevel, ScoreResult } from '@airesilience/core';
import { allSources, hasData } from './agreement-dimension.js';
import { capitalise, formatPercentile, joinWords, numberWord } from './number-format.js';
import { sourceShortName } from './source-guide.js';

const LEVEL_RANK: Record<ConfidenceLevel, number> = {
  High: 4,
  'Medium-high': 3,
  Medium: 2,
  'Low-medium': 1,
  Low: 0,
};

const AGREEMENT_VERB: Record<ConfidenceLevel, string> = {
  High: 'agreed closely',
  'Medium-high': 'broadly agreed',
  Medium: 'partly agreed',
  'Low-medium': 'disagreed',
  Low: 'disagreed sharply',
};

/** A deviation from the median at or above this (in percentile points / 100) counts as pushing back. */
const PUSH_BACK = 0.15;

/**
 * Explains a result's confidence in words, from its data alone: how many sources had data (and which
 * had none), how closely the AI-exposure sources agreed, which one stood furthest from the others, and
 * whether coverage capped the level.
 *
 * @param result - the scored occupation.
 * @returns two or three sentences, e.g. `High confidence: six of seven sources had data (none from
 *   adaptive capacity), and all four AI-exposure sources agreed closely (a mean 8.5 percentile points
 *   from their median of 12.0). Anthropic observed exposure was furthest from the others, at percentile
 *   0.4, rating the occupation less resilient than they did.`
 * @example
 * ```ts
 * explainConfidence(result).startsWith('High confidence: six of seven sources had data'); // true
 * ```
 */
export function explainConfidence(result: ScoreResult): string {
  const confidence = result.confidence;
  const sentences: string[] = [];

  const missingNames = missingGroupNames(result);
  const coverage =
    confidence.sourcesWithData >= confidence.sourcesTotal
      ? `all ${numberWord(confidence.sourcesTotal)} sources had data`
      : `${numberWord(confidence.sourcesWithData)} of ${numberWord(confidence.sourcesTotal)} sources had data` +
        (missingNames.length > 0 ? ` (none from ${joinWords(missingNames)})` : '');

  const withData = confidence.agreementSourcesWithData;
  let agreement: string;
  if (withData >= 2) {
    const group =
      withData === confidence.agreementSourcesTotal
        ? `all ${numberWord(withData)} AI-exposure sources`
        : `the ${numberWord(withData)} AI-exposure sources with data`;
    const median =
      confidence.agreementMedian === null
        ? ''
        : ` from their median of ${formatPercentile(confidence.agreementMedian)}`;
    agreement = `${group} ${AGREEMENT_VERB[confidence.levelFromAgreement]} (a mean ${formatPercentile(confidence.dispersion)} percentile points${median})`;
  } else {
    agreement = `${withData === 1 ? 'only one' : 'no'} AI-exposure source had data, too few to judge agreement`;
  }
  sentences.push(`${confidence.level} confidence: ${coverage}, and ${agreement}.`);

  const outlier = confidence.mostDisagreeing;
  if (outlier && withData >= 3) {
    const name = capitalise(uniqueNames(result, [outlier.sourceId])[0] ?? outlier.sourceId);
    const side =
      confidence.agreementMedian !== null && outlier.percentile > confidence.agreementMedian
        ? 'more'
        : 'less';
    sentences.push(
      outlier.deviation >= PUSH_BACK
        ? `${name} pushed back, at percentile ${formatPercentile(outlier.percentile)}, rating the occupation ${side} resilient than the others did.`
        : `${name} was furthest from the others, at percentile ${formatPercentile(outlier.percentile)}, rating the occupation ${side} resilient than they did.`,
    );
  }

  const cap = confidence.coverageCap;
  if (cap !== null && LEVEL_RANK[cap] < LEVEL_RANK[confidence.levelFromAgreement]) {
    sentences.push(
      `Agreement alone would give ${confidence.levelFromAgreement}, but with ${numberWord(confidence.sourcesWithData)} sources and ${numberWord(withData)} AI-exposure sources the coverage caps confidence at ${cap}.`,
    );
  }
  return sentences.join(' ');
}

/**
 * Names of the evidence groups with no data at all, in methodology order; a group of several sources
 * (BLS openings and growth) is named by its sources.
 */
function missingGroupNames(result: ScoreResult): string[] {
  const groups = new Map<string, ReturnType<typeof allSources>>();
  for (const source of allSources(result)) {
    const group = source.evidenceGroup || source.sourceId;
    groups.set(group, [...(groups.get(group) ?? []), source]);
  }
  return [...groups.values()]
    .filter((sources) => !sources.some(hasData))
    .map((sources) => joinWords([...new Set(sources.map(sourceShortName))]));
}

/** Short names of the given source ids, in order, without repeats. */
function uniqueNames(result: ScoreResult, sourceIds: readonly string[]): string[] {
  const sources = allSources(result);
  const names = sourceIds.map((sourceId) =>
    sourceShortName(
      sources.find((candidate) => candidate.sourceId === sourceId) ?? { sourceId, label: sourceId },
    ),
  );
  return [...new Set(names)];
}
