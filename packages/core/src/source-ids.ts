/**
 * The stable ids of the sources the preset methodologies use. `@airesilience/data` builds a
 * {@link Dataset} whose `sources` are keyed by these ids; a custom methodology may use any of them, or its
 * own ids when it brings its own dataset.
 *
 * @example
 * ```ts
 * SOURCE_IDS.anthropicObservedExposure; // 'anthropic-observed-exposure'
 * ```
 */
export const SOURCE_IDS = Object.freeze({
  /** The open task-level AI Resilience Model (methodology §6), higher = more resilient. */
  aiResilienceModel: 'ai-resilience-model',
  /** Anthropic observed exposure (Massenkoff & McCrory 2026), higher = more exposed. */
  anthropicObservedExposure: 'anthropic-observed-exposure',
  /** Microsoft AI applicability (Tomlinson et al. 2025), higher = more exposed. */
  microsoftAiApplicability: 'microsoft-ai-applicability',
  /** Will Robots Take My Job automation probability (Frey & Osborne), higher = more exposed. */
  willRobotsTakeMyJob: 'will-robots-take-my-job',
  /** BLS projected annual openings 2024–34, higher = more resilient. */
  blsAnnualOpenings: 'bls-annual-openings',
  /** BLS projected employment change 2024–34 in percent, higher = more resilient. */
  blsEmploymentChange: 'bls-employment-change',
  /** Wage bill change (Althoff & Reichardt 2026), higher = more resilient. */
  wageBill: 'wage-bill',
  /** Adaptive capacity (Manning & Aguirre 2026, or its open proxy), higher = more resilient. */
  adaptiveCapacity: 'adaptive-capacity',
  /** Eloundou et al. GPT-4 exposure at occupation level, higher = more exposed. */
  eloundouGpt4Exposure: 'eloundou-gpt4-exposure',
  /** AI Occupational Exposure (Felten, Raj & Seamans), higher = more exposed. */
  aioe: 'aioe',
} as const);

/** Every id in {@link SOURCE_IDS}, for validating a methodology before a dataset is at hand. */
export const KNOWN_SOURCE_IDS: readonly string[] = Object.freeze(Object.values(SOURCE_IDS));
