import type { SourceScore } from '@airesilience/core';
import { formatDecimal, formatSignedPercent, formatThousands } from './number-format.js';

/** How a report names, explains and prints the raw value of one known source. */
export interface SourceGuide {
  /** The canonical source id, e.g. `anthropic-observed-exposure`. */
  id: string;
  /** Matches the ids this guide applies to (the canonical id and its variants). */
  pattern: RegExp;
  /** A short name for prose, e.g. `annual openings`. */
  shortName: string;
  /** A one-line explanation of the value and which way is better. */
  explanation: string;
  /**
   * Prints a raw value with its unit.
   *
   * @param raw - the source's native value (finite).
   * @returns the value as text, e.g. `14,200 a year`.
   */
  formatRaw: (raw: number) => string;
}

/**
 * What each source of the methodology measures, in one line each, and how its raw value is printed.
 * Ids are matched by pattern so that variants (`bls-openings`, `bls-annual-openings`) share a guide.
 *
 * @example
 * ```ts
 * SOURCE_GUIDES.find((guide) => guide.id === 'bls-annual-openings')?.formatRaw(14.2); // '14,200 a year'
 * ```
 */
export const SOURCE_GUIDES: readonly SourceGuide[] = Object.freeze([
  {
    id: 'ai-resilience-model',
    pattern: /resilience-model|(^|-)arm($|-)|task-model/,
    shortName: 'the AI Resilience Model',
    explanation:
      "Weighted mean resilience of the occupation's O*NET tasks, from public task-level ratings of what AI can do (open AI Resilience Model, 0–1); higher = more resilient.",
    formatRaw: (raw) => formatDecimal(raw, 4),
  },
  {
    id: 'anthropic-observed-exposure',
    pattern: /anthropic/,
    shortName: 'Anthropic observed exposure',
    explanation:
      "Share of the occupation's tasks seen performed in Claude usage (Anthropic Economic Index, 0–1); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4),
  },
  {
    id: 'microsoft-ai-applicability',
    pattern: /microsoft|copilot/,
    shortName: 'Microsoft AI applicability',
    explanation:
      "How much of the occupation's work Bing Copilot conversations show AI doing or assisting (Tomlinson et al. 2025, 0–1); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4),
  },
  {
    id: 'will-robots-take-my-job',
    pattern: /robots|frey|osborne|wrtmj/,
    shortName: 'Will Robots Take My Job',
    explanation:
      'Estimated probability that the occupation is automated (Frey & Osborne, via Will Robots Take My Job, 0–100 %); higher = more exposed.',
    formatRaw: (raw) => `${formatDecimal(raw, 1)} %`,
  },
  {
    id: 'eloundou-gpt4-exposure',
    pattern: /eloundou|gpt4|gpt-4/,
    shortName: 'Eloundou et al. GPT-4 exposure',
    explanation:
      "Share of the occupation's tasks that GPT-4 and software built on it could do at least 50 % faster (Eloundou et al. 2024, β measure, 0–1); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4),
  },
  {
    id: 'aioe',
    pattern: /(^|-)aioe($|-)|occupational-exposure/,
    shortName: 'AI Occupational Exposure (AIOE)',
    explanation:
      "How closely the occupation's abilities relate to measured AI progress (Felten, Raj & Seamans 2021, standardised, 0 = average); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 3),
  },
  {
    id: 'bls-annual-openings',
    pattern: /opening/,
    shortName: 'annual openings',
    explanation:
      'Projected job openings a year, 2024–34, from growth and from workers leaving (BLS Employment Projections); higher = more resilient.',
    formatRaw: (raw) => `${formatThousands(raw)} a year`,
  },
  {
    id: 'bls-employment-change',
    pattern: /employment-change|growth|percent-change|projected-change/,
    shortName: 'employment growth',
    explanation:
      'Projected change in employment, 2024–34, in percent (BLS Employment Projections); higher = more resilient.',
    formatRaw: (raw) => formatSignedPercent(raw, 1),
  },
  {
    id: 'wage-bill',
    pattern: /wage-bill|wagebill/,
    shortName: 'wage bill',
    explanation:
      "Modelled change in the occupation group's total pay once AI is adopted (Althoff & Reichardt 2026); higher = more resilient.",
    formatRaw: (raw) => formatSignedPercent(raw * 100, 1),
  },
  {
    id: 'adaptive-capacity',
    pattern: /adaptive/,
    shortName: 'adaptive capacity',
    explanation:
      "Workers' capacity to move to other work if displaced: transferable skills and local job density (Manning & Aguirre 2026, or its open proxy, 0–100); higher = more resilient.",
    formatRaw: (raw) => `${formatDecimal(raw, 1)} of 100`,
  },
]);

/**
 * Finds the guide for a source id.
 *
 * @param sourceId - the id, e.g. `anthropic-observed-exposure`.
 * @returns the matching guide, or `null` for a source this package does not know.
 * @example
 * ```ts
 * findSourceGuide('anthropic-observed-exposure')?.shortName; // 'Anthropic observed exposure'
 * findSourceGuide('my-own-source'); // null
 * ```
 */
export function findSourceGuide(sourceId: string): SourceGuide | null {
  const id = sourceId.toLowerCase();
  return (
    SOURCE_GUIDES.find((guide) => guide.id === id) ??
    SOURCE_GUIDES.find((guide) => guide.pattern.test(id)) ??
    null
  );
}

/**
 * A one-line explanation of what a source's value means. Known sources get their own line; any other
 * source gets a line from its direction.
 *
 * @param source - the source's id, label and direction.
 * @returns one sentence ending in which way is better.
 * @example
 * ```ts
 * explainSource({ sourceId: 'anthropic-observed-exposure', label: 'Anthropic', direction: 'higher-is-more-exposed' });
 * // "Share of the occupation's tasks seen performed in Claude usage (Anthropic Economic Index, 0–1); higher = more exposed."
 * ```
 */
export function explainSource(source: Pick<SourceScore, 'sourceId' | 'label' | 'direction'>): string {
  const guide = findSourceGuide(source.sourceId);
  if (guide) return guide.explanation;
  return source.direction === 'higher-is-more-exposed'
    ? `${source.label}, as published; higher = more exposed.`
    : `${source.label}, as published; higher = more resilient.`;
}

/**
 * A source's raw value as text with its unit, or `no data` when it is missing.
 *
 * @param source - the source's id and raw value.
 * @returns e.g. `0.6674`, `91 %`, `14,200 a year`, `+7.1 %`, or `no data`.
 * @example
 * ```ts
 * formatSourceRaw({ sourceId: 'bls-employment-change', raw: 7.1 }); // '+7.1 %'
 * ```
 */
export function formatSourceRaw(source: Pick<SourceScore, 'sourceId' | 'raw'>): string {
  if (source.raw === null || !Number.isFinite(source.raw)) return 'no data';
  const guide = findSourceGuide(source.sourceId);
  return guide ? guide.formatRaw(source.raw) : formatDecimal(source.raw, 4);
}

/**
 * The name of a source for prose: the guide's short name for a known source, else its label.
 *
 * @param source - the source's id and label.
 * @returns e.g. `annual openings`.
 * @example
 * ```ts
 * sourceShortName({ sourceId: 'wage-bill', label: 'Wage bill change' }); // 'wage bill'
 * ```
 */
export function sourceShortName(source: Pick<SourceScore, 'sourceId' | 'label'>): string {
  return findSourceGuide(source.sourceId)?.shortName ?? source.label;
}
