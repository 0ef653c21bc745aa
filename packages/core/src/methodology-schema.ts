import { z } from 'zod';
import {
  type ComparisonPhrase,
  type ComparisonRule,
  type ConfidenceRule,
  type CoverageCap,
  DEFAULT_DISPERSION_THRESHOLDS,
  type LevelRule,
  type Methodology,
  type MethodologyDimension,
  type MethodologySource,
  type TierDefinition,
} from './methodology.js';

// The zod schemas of a methodology, apart from its types so that scoring a validated methodology never
// loads zod (the command line starts faster without it).

const defaultSourceCaps = (): CoverageCap[] => [
  { atMost: 4, level: 'Medium-high' },
  { atMost: 3, level: 'Medium' },
  { atMost: 2, level: 'Low' },
];
const defaultAgreementSourceCaps = (): CoverageCap[] => [
  { atMost: 2, level: 'Medium-high' },
  { atMost: 1, level: 'Medium' },
];
const defaultComparison = (): ComparisonRule => ({
  phrases: [
    { phrase: 'much more resilient', atLeast: 0.8 },
    { phrase: 'somewhat more resilient', atLeast: 0.5 },
    { phrase: 'somewhat less resilient', atLeast: 0.2 },
    { phrase: 'less resilient', atLeast: null },
  ],
  sentence: '{phrase} to AI impacts than most occupations, according to our analysis of {count} {sourceNoun}',
});

const describeInput = (input: unknown): string =>
  typeof input === 'number'
    ? String(input)
    : input === undefined
      ? 'nothing'
      : (JSON.stringify(input) ?? typeof input);

const FiniteNumberSchema = z.number({
  error: (issue) => `must be a finite number, got ${describeInput(issue.input)}`,
});
const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be a lowercase id like anthropic-observed-exposure');
const TextSchema = z.string().min(1, 'must not be empty');
const ConfidenceLevelSchema = z.literal(['High', 'Medium-high', 'Medium', 'Low-medium', 'Low']);

/** Zod schema of {@link MethodologySource}. */
export const MethodologySourceSchema = z.strictObject({
  /** The source id. */
  id: IdSchema,
  /** A short human label. */
  label: TextSchema,
  /** The weight inside the dimension. */
  weight: FiniteNumberSchema,
  /** What a higher native value means. */
  direction: z.literal(['higher-is-more-exposed', 'higher-is-more-resilient']),
  /** The evidence group the source counts in for confidence. */
  evidenceGroup: IdSchema.exactOptional(),
}) satisfies z.ZodType<MethodologySource>;

/** Zod schema of {@link MethodologyDimension}. */
export const MethodologyDimensionSchema = z.strictObject({
  /** The dimension id. */
  id: IdSchema,
  /** The dimension label. */
  label: TextSchema,
  /** The weight of the dimension in the score. */
  weight: FiniteNumberSchema,
  /** The sources, at least one. */
  sources: z.array(MethodologySourceSchema).min(1, 'must list at least one source'),
}) satisfies z.ZodType<MethodologyDimension>;

/** Zod schema of {@link TierDefinition}. */
export const TierDefinitionSchema = z.strictObject({
  /** The tier's name. */
  name: TextSchema,
  /** The exclusive lower bound in percent, or null for the lowest tier. */
  above: FiniteNumberSchema.nullable(),
}) satisfies z.ZodType<TierDefinition>;

/** Zod schema of {@link LevelRule}. */
export const LevelRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Fixed cuts. */
    kind: z.literal('fixed'),
    /** Scores below it are `Low`. */
    low: FiniteNumberSchema,
    /** Scores at or above it are `High`. */
    high: FiniteNumberSchema,
  }),
  z.strictObject({
    /** Tercile cuts. */
    kind: z.literal('terciles'),
  }),
]) satisfies z.ZodType<LevelRule>;

/** Zod schema of {@link CoverageCap}. */
export const CoverageCapSchema = z.strictObject({
  /** The count at or below which the cap applies. */
  atMost: z.int().nonnegative(),
  /** The highest level allowed. */
  level: ConfidenceLevelSchema,
}) satisfies z.ZodType<CoverageCap>;

/** Zod schema of {@link ConfidenceRule}; the fields other than `agreementDimension` have defaults. */
export const ConfidenceRuleSchema = z.strictObject({
  /** The dimension whose sources must agree. */
  agreementDimension: IdSchema,
  /** Dispersion cut-offs for High, Medium-high, Medium and Low-medium; default 0.1, 0.2, 0.3, 0.4. */
  dispersionThresholds: z
    .tuple([FiniteNumberSchema, FiniteNumberSchema, FiniteNumberSchema, FiniteNumberSchema])
    .default((): [number, number, number, number] => [...DEFAULT_DISPERSION_THRESHOLDS]),
  /** The dispersion assumed with fewer than two agreement sources; default 0.25. */
  dispersionWhenFewSources: FiniteNumberSchema.default(0.25),
  /** Caps from the number of sources with data; default as in methodology §5. */
  sourceCaps: z.array(CoverageCapSchema).default(defaultSourceCaps),
  /** Caps from the number of agreement sources with data; default as in methodology §5. */
  agreementSourceCaps: z.array(CoverageCapSchema).default(defaultAgreementSourceCaps),
}) satisfies z.ZodType<ConfidenceRule>;

/** Zod schema of {@link ComparisonPhrase}. */
export const ComparisonPhraseSchema = z.strictObject({
  /** The phrase. */
  phrase: TextSchema,
  /** The lowest score percentile for the phrase, or null for the last phrase. */
  atLeast: FiniteNumberSchema.nullable(),
}) satisfies z.ZodType<ComparisonPhrase>;

/** Zod schema of {@link ComparisonRule}. */
export const ComparisonRuleSchema = z.strictObject({
  /** The phrases from the highest to the lowest percentile. */
  phrases: z.array(ComparisonPhraseSchema).min(1, 'must list at least one phrase'),
  /** The sentence template. */
  sentence: TextSchema,
}) satisfies z.ZodType<ComparisonRule>;

/**
 * Zod schema of the *shape* of a {@link Methodology}, with the defaults of {@link MethodologyInput}.
 * It does not check the rules that span fields (weights summing to 1, unique ids, sorted tiers):
 * use {@link parseMethodology}, which applies this schema and then those rules.
 */
export const MethodologySchema = z.strictObject({
  /** A stable id. */
  id: IdSchema,
  /** The methodology's own version. */
  version: TextSchema,
  /** The version of the specification it implements. */
  specificationVersion: TextSchema.exactOptional(),
  /** A human label. */
  label: TextSchema,
  /** A longer description. */
  description: z.string().exactOptional(),
  /** The dimensions, at least one. */
  dimensions: z.array(MethodologyDimensionSchema).min(1, 'must list at least one dimension'),
  /** The tiers, highest first. */
  tiers: z.array(TierDefinitionSchema).min(1, 'must list at least one tier'),
  /** The dimension level rule; default fixed cuts 0.4 and 0.7. */
  levels: LevelRuleSchema.default((): LevelRule => ({ kind: 'fixed', low: 0.4, high: 0.7 })),
  /** The confidence rule. */
  confidence: ConfidenceRuleSchema,
  /** The tie rule; default `average`. */
  ties: z.literal(['average', 'strict']).default('average'),
  /** The weighting rule; default `none`. */
  weighting: z.literal(['none', 'employment']).default('none'),
  /** The comparison rule; default the phrases of methodology §4. */
  comparison: ComparisonRuleSchema.default(defaultComparison),
  /** Scenario options recorded in every result; default none. */
  scenario: z
    .record(z.string(), z.union([z.string(), FiniteNumberSchema, z.boolean(), z.null()]))
    .default(() => ({})),
}) satisfies z.ZodType<Methodology>;
