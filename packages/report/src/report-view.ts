import type { ConfidenceLevel, DimensionLevel } from '@airesilience/core';
import { hasData } from './agreement-dimension.js';
import { describeDrivers } from './describe-drivers.js';
import { explainConfidence } from './explain-confidence.js';
import {
  formatDecimal,
  formatDollars,
  formatPercent,
  formatPercentile,
  formatPoints,
  formatSignedPercent,
  formatThousands,
  formatWeight,
  groupThousands,
} from './number-format.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import { explainSource, formatSourceRaw, sourceShortName } from './source-guide.js';
import { resolveTierBands, type TierBand } from './tier-bands.js';

/** One source as a report shows it. All strings are plain text, not yet escaped for any format. */
export interface SourceView {
  /** The source id. */
  sourceId: string;
  /** The source's label. */
  label: string;
  /** The raw value with its unit, or `no data`. */
  rawText: string;
  /** One line on what the value means and which way is better. */
  explanation: string;
  /** The percentile in [0, 1] (higher = more resilient), or null when missing. */
  percentile: number | null;
  /** The percentile on a 0–100 scale, or `—`. */
  percentileText: string;
  /** The weight inside the dimension, with the rescaled weight when it differs. */
  weightText: string;
  /** The share of the overall score, in percentage points, or `—` when missing. */
  contributionText: string;
  /** The weight in short form: `25 %`, `67→100 %` when rescaled, `33→0 %` when missing. */
  weightShortText: string;
  /** `true` when the source has no value. */
  missing: boolean;
}

/** One dimension as a report shows it. */
export interface DimensionView {
  /** The dimension id, e.g. `mhc`. */
  id: string;
  /** The dimension label. */
  label: string;
  /** The weight, with the rescaled weight when it differs, e.g. `30 % (rescaled to 42.9 %)`. */
  weightText: string;
  /** The score in [0, 1], or null when no source has data. */
  score: number | null;
  /** The score as a percent, or `no data`. */
  scoreText: string;
  /** The level, or null. */
  level: DimensionLevel | null;
  /** The level as text: `Low`, `Med`, `High` or `—`. */
  levelText: string;
  /** The share of the overall score, in percentage points, or `—` without data. */
  contributionText: string;
  /** The dimension's sources in methodology order. */
  sources: SourceView[];
}

/** One task as a report shows it. */
export interface TaskView {
  /** 1-based rank, most resilient first. */
  rank: number;
  /** The O*NET Task ID. */
  taskId: number;
  /** The task statement. */
  statement: string;
  /** The resilience in [0, 1], or null when no signal reached the task. */
  resilience: number | null;
  /** The resilience as a percent, or `—`. */
  resilienceText: string;
  /** `Core`, `Supplemental` or `unrated`. */
  typeText: string;
}

/** A labelled fact. */
export interface FactView {
  /** What the fact is, e.g. `Median annual wage (2024)`. */
  label: string;
  /** The value as text, `—` when unknown. */
  value: string;
}

/** The score with one source left out. */
export interface LeaveOneOutView {
  /** E.g. `Without annual openings`. */
  label: string;
  /** The score as a percent. */
  scoreText: string;
  /** The tier of that score. */
  tier: string;
}

/** The BLS facts of an occupation, with their citation. */
export interface FactsView {
  /** The facts in display order: wage, employment 2024 and 2034, growth, openings, education, experience, training. */
  rows: FactView[];
  /** The citation of the release the facts come from. */
  citation: string;
}

/** The score's stability under changes to the method. */
export interface UncertaintyView {
  /** E.g. `39.6 % – 42.6 %`. */
  leaveOneOutText: string;
  /** E.g. `39.2 % – 43.7 % (median 41.3 %; 1,000 draws, seed 20260519, concentration 50)`. */
  monteCarloText: string;
  /** E.g. `Yes: the tier never changes leaving one source out, and changes in 0.4 % of draws.` */
  tierStableText: string;
  /** The score with each source left out. */
  leaveOneOut: LeaveOneOutView[];
}

/** One cited source of the provenance. */
export interface CitationView {
  /** The source's label. */
  label: string;
  /** The data vintage. */
  vintage: string;
  /** The citation. */
  citation: string;
  /** The licence as stated. */
  licence: string;
  /** `true` when the values are an open proxy for an unavailable measure. */
  proxy: boolean;
  /** The label, with ` (open proxy)` added for a proxy whose label does not say so. */
  labelWithProxy: string;
}

/**
 * Everything a human-readable report shows, as plain text and numbers in display order. The Markdown,
 * HTML and text formats all render this one view, so they always show the same facts; each escapes the
 * strings for its own format.
 */
export interface ReportView {
  /** The occupation code. */
  code: string;
  /** The occupation title. */
  title: string;
  /** The score in [0, 1]. */
  score: number;
  /** The score percent as compared with the tier cuts. */
  scorePercent: number;
  /** The score percent as text, e.g. `41.4 %`. */
  scoreText: string;
  /** The tier name. */
  tierName: string;
  /** 0-based tier index from the lowest. */
  tierIndex: number;
  /** The tier bands to draw, lowest first. */
  tiers: TierBand[];
  /** The comparison as a sentence, e.g. `This occupation is somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources.` */
  comparisonSentence: string;
  /** The median of all scored occupations in [0, 1]. */
  medianScore: number;
  /** The occupation's percentile among all scored occupations, in [0, 1]. */
  scorePercentile: number;
  /** Where the median lies, e.g. `The median of the 832 scored occupations is 50.9 %; this one scores above 24.6 % of them.` */
  medianText: string;
  /** The dimensions in methodology order. */
  dimensions: DimensionView[];
  /** The confidence level, its reason and the drivers of the score. */
  confidence: {
    /** The level. */
    level: ConfidenceLevel;
    /** From {@link explainConfidence}. */
    reason: string;
    /** From {@link describeDrivers}. */
    drivers: string;
  };
  /** The uncertainty, when the result carries it. */
  uncertainty: UncertaintyView | null;
  /** BLS facts, when the occupation is in the projections matrix. */
  facts: FactsView | null;
  /** The O*NET description. */
  description: string | null;
  /** Every task, most resilient first (tasks without a value last). */
  tasks: TaskView[];
  /** The methodology and dataset. */
  methodology: {
    /** The methodology id. */
    id: string;
    /** The methodology version. */
    version: string;
    /** The specification version, or null. */
    specificationVersion: string | null;
    /** The dataset label. */
    dataset: string;
    /** The tie rule of the percentiles. */
    ties: string;
    /** The weighting rule of the percentiles. */
    weighting: string;
    /** The scenario options as `key = value` pairs sorted by key, or empty. */
    scenarioText: string;
    /** All of the above in one sentence. */
    summary: string;
  };
  /** Every source the result cites. */
  citations: CitationView[];
}

/**
 * Builds the format-neutral view of a report: every number already formatted, every sentence written,
 * tasks sorted most resilient first. Use it to write a format of your own.
 *
 * @param input - the result and profile.
 * @param options - the tier bands to draw.
 * @returns the view; its strings are plain text (escape them for your format).
 * @throws {@link ReportInputError} for invalid tiers in `options.methodology`.
 * @example
 * ```ts
 * const view = buildReportView({ result, profile });
 * view.scoreText; // '41.4 %'
 * view.tasks[0]?.typeText; // 'unrated'
 * ```
 */
export function buildReportView(input: ReportInput, options: ReportOptions = {}): ReportView {
  const { result, profile } = input;
  const tiers = resolveTierBands(result, options.methodology?.tiers);
  const comparison = result.comparison;
  const provenance = result.provenance;
  const scenarioText = Object.entries(provenance.scenario)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key} = ${value === null ? 'none' : String(value)}`)
    .join(', ');
  const summary =
    `Methodology ${provenance.methodologyId} version ${provenance.methodologyVersion}` +
    (provenance.specificationVersion === undefined
      ? ''
      : ` (specification ${provenance.specificationVersion})`) +
    `; dataset ${provenance.dataset}; percentiles with ${provenance.ties} ties, ${provenance.weighting === 'none' ? 'unweighted' : `${provenance.weighting}-weighted`}` +
    (scenarioText === '' ? '.' : `; scenario: ${scenarioText}.`);
  return {
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    scoreText: formatPercent(result.scorePercent / 100),
    tierName: result.tier.name,
    tierIndex: result.tier.index,
    tiers,
    comparisonSentence: comparisonSentence(comparison.sentence),
    medianScore: comparison.medianScore,
    scorePercentile: comparison.scorePercentile,
    medianText: `The median of the ${groupThousands(String(comparison.scoredOccupations))} scored occupations is ${formatPercent(comparison.medianScore)}; this one scores above ${formatPercent(comparison.scorePercentile)} of them.`,
    dimensions: result.dimensions.map(
      (dimension): DimensionView => ({
        id: dimension.id,
        label: dimension.label,
        weightText: weightText(dimension.weight, dimension.effectiveWeight, dimension.score !== null),
        score: dimension.score,
        scoreText: dimension.score === null ? 'no data' : formatPercent(dimension.score),
        level: dimension.level,
        levelText: dimension.level ?? '—',
        contributionText: dimension.score === null ? '—' : formatPoints(dimension.contribution, 1),
        sources: dimension.sources.map(
          (source): SourceView => ({
            sourceId: source.sourceId,
            label: source.label,
            rawText: formatSourceRaw(source),
            explanation: explainSource(source),
            percentile: hasData(source) ? source.percentile : null,
            percentileText: hasData(source) ? formatPercentile(source.percentile) : '—',
            weightText: weightText(source.weight, source.effectiveWeight, hasData(source)),
            contributionText: hasData(source) ? formatPoints(source.contribution, 2) : '—',
            weightShortText: weightShortText(source.weight, source.effectiveWeight, hasData(source)),
            missing: !hasData(source),
          }),
        ),
      }),
    ),
    confidence: {
      level: result.confidence.level,
      reason: explainConfidence(result),
      drivers: describeDrivers(result, options.methodology),
    },
    uncertainty: uncertaintyView(input),
    facts: profile.facts === null ? null : factsView(profile.facts),
    description: profile.description,
    tasks: [...profile.tasks]
      .sort(
        (a, b) =>
          (b.resilience ?? Number.NEGATIVE_INFINITY) - (a.resilience ?? Number.NEGATIVE_INFINITY) ||
          a.taskId - b.taskId,
      )
      .map(
        (task, index): TaskView => ({
          rank: index + 1,
          taskId: task.taskId,
          statement: task.statement,
          resilience: task.resilience !== null && Number.isFinite(task.resilience) ? task.resilience : null,
          resilienceText: formatPercent(task.resilience),
          typeText: task.taskType ?? 'unrated',
        }),
      ),
    methodology: {
      id: result.provenance.methodologyId,
      version: result.provenance.methodologyVersion,
      specificationVersion: result.provenance.specificationVersion ?? null,
      dataset: result.provenance.dataset,
      ties: result.provenance.ties,
      weighting: result.provenance.weighting,
      scenarioText,
      summary,
    },
    citations: result.provenance.sources.map((source) => ({
      label: source.label,
      vintage: source.vintage,
      citation: source.citation,
      licence: source.licence,
      proxy: source.proxy,
      labelWithProxy:
        source.proxy && !/proxy/i.test(source.label) ? `${source.label} (open proxy)` : source.label,
    })),
  };
}

function comparisonSentence(sentence: string): string {
  const trimmed = sentence.trim();
  if (trimmed === '') return '';
  const full = /^[a-z]/.test(trimmed) ? `This occupation is ${trimmed}` : trimmed;
  return /[.!?]$/.test(full) ? full : `${full}.`;
}

function weightText(weight: number, effectiveWeight: number, present: boolean): string {
  if (!present) return `${formatWeight(weight)} (no data)`;
  return Math.abs(weight - effectiveWeight) > 1e-9
    ? `${formatWeight(weight)} (rescaled to ${formatWeight(effectiveWeight)})`
    : formatWeight(weight);
}

function weightShortText(weight: number, effectiveWeight: number, present: boolean): string {
  if (!present) return `${formatDecimal(weight * 100, 1)}→0 %`;
  return Math.abs(weight - effectiveWeight) > 1e-9
    ? `${formatDecimal(weight * 100, 1)}→${formatWeight(effectiveWeight)}`
    : formatWeight(weight);
}

function uncertaintyView({ result }: ReportInput): UncertaintyView | null {
  const uncertainty = result.uncertainty;
  if (!uncertainty) return null;
  const sources = result.dimensions.flatMap((dimension) => dimension.sources);
  const monteCarlo = uncertainty.monteCarlo;
  const [low, high] = uncertainty.leaveOneOutRange;
  const leaveOneOutTierChanges = uncertainty.leaveOneOut.some((item) => item.tier !== result.tier.name);
  return {
    leaveOneOutText: `${formatPercent(low)} – ${formatPercent(high)}`,
    monteCarloText: `${formatPercent(monteCarlo.p05)} – ${formatPercent(monteCarlo.p95)} (median ${formatPercent(monteCarlo.p50)}; ${groupThousands(String(monteCarlo.draws))} draws, seed ${monteCarlo.seed}, concentration ${formatDecimal(monteCarlo.concentration, 2)})`,
    tierStableText: `${uncertainty.tierStable ? 'Yes' : 'No'}: the tier ${leaveOneOutTierChanges ? 'changes when some source is left out' : 'never changes when one source is left out'}, and changes in ${formatPercent(monteCarlo.tierChangeRate)} of draws.`,
    leaveOneOut: uncertainty.leaveOneOut.map((item) => {
      const source = sources.find((candidate) => candidate.sourceId === item.sourceId);
      return {
        label: `Without ${source ? sourceShortName(source) : item.sourceId}`,
        scoreText: formatPercent(item.score),
        tier: item.tier,
      };
    }),
  };
}

function factsView(facts: NonNullable<ReportInput['profile']['facts']>): FactsView {
  const text = (value: string | null) => (value === null || value.trim() === '' ? '—' : value);
  return {
    rows: [
      {
        label: 'Median annual wage (2024)',
        value: formatDollars(facts.medianWage, facts.medianWageTopCoded),
      },
      { label: 'Employment (2024)', value: formatThousands(facts.employment2024) },
      { label: 'Projected employment (2034)', value: formatThousands(facts.employment2034) },
      { label: 'Projected growth (2024–34)', value: formatSignedPercent(facts.employmentChangePercent) },
      { label: 'Annual openings (2024–34)', value: formatThousands(facts.annualOpenings) },
      { label: 'Typical education for entry', value: text(facts.typicalEducation) },
      { label: 'Work experience in a related occupation', value: text(facts.workExperience) },
      { label: 'Typical on-the-job training', value: text(facts.onTheJobTraining) },
    ],
    citation: facts.citation,
  };
}
