import type { Methodology, MethodologyDimension } from './methodology.js';
import { SOURCE_IDS } from './source-ids.js';
import { deepFreeze, markValidated } from './validated-methodology.js';

const exposure = 'higher-is-more-exposed' as const;
const resilience = 'higher-is-more-resilient' as const;

const lteDimension = (): MethodologyDimension => ({
  id: 'lte',
  label: 'Long-term Employer Demand',
  weight: 0.3,
  sources: [
    {
      id: SOURCE_IDS.blsAnnualOpenings,
      label: 'BLS projected annual openings, 2024–34',
      weight: 0.6,
      direction: resilience,
      evidenceGroup: 'bls',
    },
    {
      id: SOURCE_IDS.blsEmploymentChange,
      label: 'BLS projected employment change, 2024–34',
      weight: 0.4,
      direction: resilience,
      evidenceGroup: 'bls',
    },
  ],
});

const seoDimension = (): MethodologyDimension => ({
  id: 'seo',
  label: 'Sustained Economic Opportunity',
  weight: 0.3,
  sources: [
    { id: SOURCE_IDS.wageBill, label: 'Wage bill change', weight: 0.67, direction: resilience },
    { id: SOURCE_IDS.adaptiveCapacity, label: 'Adaptive capacity', weight: 0.33, direction: resilience },
  ],
});

const mhcSources = () => [
  {
    id: SOURCE_IDS.aiResilienceModel,
    label: 'AI Resilience Model (open, task level)',
    direction: resilience,
  },
  { id: SOURCE_IDS.anthropicObservedExposure, label: 'Anthropic observed exposure', direction: exposure },
  { id: SOURCE_IDS.microsoftAiApplicability, label: 'Microsoft AI applicability', direction: exposure },
  { id: SOURCE_IDS.willRobotsTakeMyJob, label: 'Will Robots Take My Job', direction: exposure },
];

const sharedRules = () => ({
  tiers: [
    { name: 'Highly Resilient', above: 80 },
    { name: 'Resilient', above: 65 },
    { name: 'Mostly Resilient', above: 50 },
    { name: 'Somewhat Resilient', above: 35 },
    { name: 'Not Very Resilient', above: 22 },
    { name: 'Vulnerable', above: null },
  ],
  levels: { kind: 'fixed' as const, low: 0.4, high: 0.7 },
  confidence: {
    agreementDimension: 'mhc',
    dispersionThresholds: [0.1, 0.2, 0.3, 0.4] as [number, number, number, number],
    dispersionWhenFewSources: 0.25,
    sourceCaps: [
      { atMost: 4, level: 'Medium-high' as const },
      { atMost: 3, level: 'Medium' as const },
      { atMost: 2, level: 'Low' as const },
    ],
    agreementSourceCaps: [
      { atMost: 2, level: 'Medium-high' as const },
      { atMost: 1, level: 'Medium' as const },
    ],
  },
  ties: 'average' as const,
  weighting: 'none' as const,
  comparison: {
    phrases: [
      { phrase: 'much more resilient', atLeast: 0.8 },
      { phrase: 'somewhat more resilient', atLeast: 0.5 },
      { phrase: 'somewhat less resilient', atLeast: 0.2 },
      { phrase: 'less resilient', atLeast: null },
    ],
    sentence:
      '{phrase} to AI impacts than most occupations, according to our analysis of {count} {sourceNoun}',
  },
  scenario: { wageBillScenario: 'v1.2-gen_plus_physical_ai' },
});

/**
 * The method of the *AI Resilience Report* (model v1.5), as reconstructed in specification version 2:
 * `score = 0.40·MHC + 0.30·LTE + 0.30·SEO`, with MHC the plain mean of the open AI Resilience Model,
 * Anthropic observed exposure, Microsoft AI applicability and Will Robots Take My Job; LTE = 0.6 BLS
 * annual openings + 0.4 BLS employment change (one evidence group `bls`); SEO = 0.67 wage bill change +
 * 0.33 adaptive capacity. Six tiers cut at 80, 65, 50, 35 and 22 percent; fixed levels 0.4/0.7;
 * average ties; unweighted percentiles; wage-bill scenario v1.2 `gen_plus_physical_ai`. Deeply frozen.
 *
 * @example
 * ```ts
 * DEFAULT_METHODOLOGY.id; // 'ai-resilience-report-1.5'
 * DEFAULT_METHODOLOGY.dimensions.map((dimension) => dimension.weight); // [0.4, 0.3, 0.3]
 * ```
 */
export const DEFAULT_METHODOLOGY: Methodology = markValidated(
  deepFreeze({
    id: 'ai-resilience-report-1.5',
    version: '1.5',
    specificationVersion: '2',
    label: 'AI Resilience Report v1.5',
    description:
      'The CareerVillage.org AI Resilience Report method (model v1.5), reconstructed as specification version 2, with an open task-level AI Resilience Model.',
    dimensions: [
      {
        id: 'mhc',
        label: 'Meaningful Human Contribution',
        weight: 0.4,
        sources: mhcSources().map((source) => ({ ...source, weight: 0.25 })),
      },
      lteDimension(),
      seoDimension(),
    ],
    ...sharedRules(),
  } satisfies Methodology),
);

/**
 * {@link DEFAULT_METHODOLOGY} with two more exposure sources in Meaningful Human Contribution: Eloundou
 * et al. GPT-4 exposure (`eloundou-gpt4-exposure`) and AIOE (`aioe`); the six MHC sources weigh 1/6 each
 * and all six are agreement sources for confidence. Everything else as the default. Deeply frozen.
 *
 * @example
 * ```ts
 * EXTENDED_EVIDENCE_METHODOLOGY.dimensions[0]!.sources.length; // 6
 * ```
 */
export const EXTENDED_EVIDENCE_METHODOLOGY: Methodology = markValidated(
  deepFreeze({
    id: 'extended-evidence-1.5',
    version: '1.5',
    specificationVersion: '2',
    label: 'AI Resilience Report v1.5 with extended exposure evidence',
    description:
      'The default method with two more occupation-level exposure measures in Meaningful Human Contribution: Eloundou et al. GPT-4 exposure and the AI Occupational Exposure index (AIOE).',
    dimensions: [
      {
        id: 'mhc',
        label: 'Meaningful Human Contribution',
        weight: 0.4,
        sources: [
          ...mhcSources(),
          {
            id: SOURCE_IDS.eloundouGpt4Exposure,
            label: 'Eloundou et al. GPT-4 exposure',
            direction: exposure,
          },
          { id: SOURCE_IDS.aioe, label: 'AI Occupational Exposure (AIOE)', direction: exposure },
        ].map((source) => ({ ...source, weight: 1 / 6 })),
      },
      lteDimension(),
      seoDimension(),
    ],
    ...sharedRules(),
  } satisfies Methodology),
);
