import type { DimensionLevel, DimensionScore, ScoreResult } from '@airesilience/core';
import { agreementDimension, type Band, bandOf, hasData } from './agreement-dimension.js';
import { capitalise, joinWords } from './number-format.js';
import type { ReportMethodology } from './report-input.js';
import { sourceShortName } from './source-guide.js';

const DIMENSION_NOUNS: Record<string, string> = {
  mhc: 'human contribution',
  lte: 'hiring demand',
  seo: 'economic opportunity',
};

const EXPOSURE_EFFECT: Record<DimensionLevel, string> = {
  Low: 'pulling {noun} low',
  Med: 'leaving {noun} at medium',
  High: 'keeping {noun} high',
};

function nounOf(dimension: DimensionScore): string {
  return DIMENSION_NOUNS[dimension.id] ?? dimension.label.toLowerCase();
}

/**
 * Says in words what drove a score, from the sources' percentiles (below 0.4 low, at or above 0.7 high,
 * else medium, the cuts of the dimension levels): which AI-exposure sources flagged high or low exposure
 * and what that did to the exposure dimension, then which of the other sources helped, held the score
 * back or landed at medium, and which had no data.
 *
 * @param result - the scored occupation.
 * @param methodology - the methodology it was scored with; its agreement dimension is the one whose
 *   sources are described as AI-exposure evidence (default: the dimension `mhc`).
 * @returns one or two sentences, e.g. `The AI Resilience Model, Anthropic observed exposure, Microsoft AI
 *   applicability and Will Robots Take My Job flagged high AI exposure, pulling human contribution low.
 *   Strong hiring demand helped, while wage bill landed at medium; adaptive capacity had no data.`
 * @example
 * ```ts
 * describeDrivers(result).endsWith('adaptive capacity had no data.'); // true for 29-2072
 * ```
 */
export function describeDrivers(
  result: ScoreResult,
  methodology?: Pick<ReportMethodology, 'confidence'>,
): string {
  const exposure = agreementDimension(result, methodology);
  const sentences: string[] = [];
  if (exposure) sentences.push(describeExposure(exposure));
  const rest = describeOthers(result.dimensions.filter((dimension) => dimension !== exposure));
  if (rest) sentences.push(rest);
  return sentences.join(' ');
}

function describeExposure(dimension: DimensionScore): string {
  const available = dimension.sources.filter(hasData);
  const missing = dimension.sources.filter((source) => !hasData(source)).map(sourceShortName);
  if (available.length === 0 || dimension.score === null || dimension.level === null) {
    return `No AI-exposure source had data, so ${nounOf(dimension)} could not be scored.`;
  }
  const names = (band: Band) =>
    joinWords(available.filter((source) => bandOf(source.percentile) === band).map(sourceShortName));
  const clauses = [
    [names('low'), 'flagged high AI exposure'],
    [names('high'), 'found little AI exposure'],
    [names('medium'), 'put AI exposure at medium'],
  ]
    .filter(([subject]) => subject !== '')
    .map(([subject, verb]) => `${subject} ${verb}`);
  const effect = EXPOSURE_EFFECT[dimension.level].replace('{noun}', nounOf(dimension));
  const without = missing.length > 0 ? ` (no data from ${joinWords(missing)})` : '';
  return `${capitalise(joinClauses(clauses))}, ${effect}${without}.`;
}

function joinClauses(clauses: string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join(', ')}, while ${clauses.at(-1)}`;
}

interface Item {
  band: Band;
  text: string;
}

function describeOthers(dimensions: DimensionScore[]): string {
  const items: Item[] = [];
  const missing: string[] = [];
  for (const dimension of dimensions) {
    const available = dimension.sources.filter(hasData);
    missing.push(...dimension.sources.filter((source) => !hasData(source)).map(sourceShortName));
    if (available.length === 0) {
      if (dimension.sources.length === 0) missing.push(nounOf(dimension));
      continue;
    }
    const bands = new Set(available.map((source) => bandOf(source.percentile)));
    const [only] = bands;
    if (available.length >= 2 && bands.size === 1 && only !== undefined) {
      // Every source of the dimension tells the same story: name the dimension, not each source.
      const adjective = only === 'high' ? 'strong ' : only === 'low' ? 'weak ' : '';
      items.push({ band: only, text: `${adjective}${nounOf(dimension)}` });
    } else {
      for (const source of available)
        items.push({ band: bandOf(source.percentile), text: sourceShortName(source) });
    }
  }
  const list = (band: Band) => joinWords(items.filter((item) => item.band === band).map((item) => item.text));
  const helped = list('high');
  const heldBack = list('low');
  const medium = list('medium');
  let sentence = [helped && `${helped} helped`, heldBack && `${heldBack} held the score back`]
    .filter(Boolean)
    .join(', but ');
  if (medium)
    sentence = sentence ? `${sentence}, while ${medium} landed at medium` : `${medium} landed at medium`;
  if (missing.length > 0) {
    const unique = joinWords([...new Set(missing)]);
    sentence = sentence ? `${sentence}; ${unique} had no data` : `${unique} had no data`;
  }
  return sentence ? `${capitalise(sentence)}.` : '';
}
