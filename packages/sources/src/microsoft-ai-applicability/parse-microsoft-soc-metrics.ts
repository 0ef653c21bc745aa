import { assertUniqueKey } from '../shared/duplicate-check.js';
import type { ParsedSource, ParseInput } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import { MICROSOFT_AI_APPLICABILITY_ID, microsoftDescriptor } from './microsoft-descriptor.js';
import { readMicrosoftSocCode, readUnitInterval } from './read-microsoft-soc-code.js';

/**
 * The metric columns of `microsoft/soc_metrics.csv`, as published: each of coverage, completion,
 * positive-feedback fraction, impact scope and AI applicability, for the user's goal (`_user`) and the
 * AI's action (`_ai`).
 */
export const MICROSOFT_SOC_METRICS = [
  'coverage_user',
  'coverage_ai',
  'completion_user',
  'completion_ai',
  'feedback_positive_fraction_user',
  'feedback_positive_fraction_ai',
  'impact_scope_user',
  'impact_scope_ai',
  'ai_applicability_score_user',
  'ai_applicability_score_ai',
] as const;

/** The name of one metric column of `microsoft/soc_metrics.csv`. */
export type MicrosoftSocMetric = (typeof MICROSOFT_SOC_METRICS)[number];

/** The metrics of one SOC code in Microsoft's `soc_metrics.csv`. */
export interface MicrosoftSocMetrics {
  /** The SOC 2018 code, e.g. `29-2072`. */
  code: string;
  /** The title as published. */
  title: string;
  /** Every metric column, by its published name; each a fraction in [0, 1]. */
  metrics: Record<MicrosoftSocMetric, number>;
  /** The 1-based row it came from. */
  row: number;
}

/**
 * Parses Microsoft's per-SOC metrics (`microsoft/soc_metrics.csv`: `SOC Code`, `title` and the ten
 * columns of {@link MICROSOFT_SOC_METRICS}), one SOC 2018 code per row (785), every metric a fraction
 * in [0, 1]. `ai_applicability_score` of the scores file is the mean of `ai_applicability_score_user`
 * and `ai_applicability_score_ai`.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link MicrosoftSocMetrics} per code, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not `XX-XXXX`, a duplicated code,
 *   or a metric that is not a number in [0, 1].
 * @example
 * ```ts
 * const { records } = parseMicrosoftSocMetrics({ bytes, file: 'soc_metrics.csv' });
 * records.find((r) => r.code === '29-2072')?.metrics.coverage_user; // 0.6842105263157894
 * ```
 */
export function parseMicrosoftSocMetrics(input: ParseInput): ParsedSource<MicrosoftSocMetrics> {
  const table = readDelimited(input.bytes, {
    source: MICROSOFT_AI_APPLICABILITY_ID,
    file: input.file,
    requiredColumns: ['SOC Code', 'title', ...MICROSOFT_SOC_METRICS],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): MicrosoftSocMetrics => {
    const code = readMicrosoftSocCode(table, row);
    assertUniqueKey(table, seen, code, row, 'SOC Code');
    const metrics = {} as Record<MicrosoftSocMetric, number>;
    for (const metric of MICROSOFT_SOC_METRICS) metrics[metric] = readUnitInterval(table, row, metric);
    return { code, title: table.text(row, 'title').trim(), metrics, row: row.line };
  });
  return {
    records,
    descriptor: microsoftDescriptor(
      'Microsoft AI applicability metrics',
      input,
      'Per-SOC components of the applicability score; the direction applies to the ai_applicability_score_* columns.',
    ),
  };
}
