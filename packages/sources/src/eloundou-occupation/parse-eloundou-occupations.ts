import { AiResilienceError, type SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';

/** The source id of Eloundou et al.'s GPT-4 exposure, occupation level. */
export const ELOUNDOU_GPT4_EXPOSURE_ID = 'eloundou-gpt4-exposure';

/**
 * The exposure measures of `eloundou/occ_level.csv`: `dv_rating_*` are GPT-4's ratings with the paper's
 * rubric, `human_rating_*` the human annotators'; `alpha` = share of E1 tasks, `beta` = E1 + 0.5·E2,
 * `gamma` = E1 + E2 (unweighted shares of the occupation's tasks, 0–1).
 */
export type EloundouMeasure =
  | 'dv_rating_alpha'
  | 'dv_rating_beta'
  | 'dv_rating_gamma'
  | 'human_rating_alpha'
  | 'human_rating_beta'
  | 'human_rating_gamma';

/** Every measure of {@link EloundouMeasure}, in the file's column order. */
export const ELOUNDOU_MEASURES: readonly EloundouMeasure[] = [
  'dv_rating_alpha',
  'dv_rating_beta',
  'dv_rating_gamma',
  'human_rating_alpha',
  'human_rating_beta',
  'human_rating_gamma',
];

/** The default measure: GPT-4's beta (E1 + 0.5·E2), the paper's headline exposure. */
export const DEFAULT_ELOUNDOU_MEASURE: EloundouMeasure = 'dv_rating_beta';

/** Options of {@link parseEloundouOccupations}. */
export interface EloundouOccupationsOptions {
  /** The measure returned as `value` (default {@link DEFAULT_ELOUNDOU_MEASURE}). */
  measure?: EloundouMeasure;
}

/** One O*NET-SOC occupation of `eloundou/occ_level.csv`, with every measure. */
export interface EloundouOccupationRecord {
  /** The O*NET-SOC 2019 code, e.g. `29-2072.00`. */
  code: string;
  /** The chosen measure (default GPT-4 beta), a share in [0, 1]; higher = more exposed. */
  value: number;
  /** The occupation title as published. */
  title: string;
  /** GPT-4 alpha: share of tasks rated E1 (directly exposed). */
  dvRatingAlpha: number;
  /** GPT-4 beta: E1 + 0.5·E2. */
  dvRatingBeta: number;
  /** GPT-4 gamma: E1 + E2. */
  dvRatingGamma: number;
  /** Human annotators' alpha. */
  humanRatingAlpha: number;
  /** Human annotators' beta. */
  humanRatingBeta: number;
  /** Human annotators' gamma. */
  humanRatingGamma: number;
  /** The 1-based row it came from (the header is row 1). */
  row: number;
}

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const CODE_COLUMN = 'O*NET-SOC Code';

/**
 * Parses Eloundou et al.'s occupation-level exposure (`eloundou/occ_level.csv`): one O*NET-SOC 2019 code
 * per row with six exposure shares in [0, 1] (higher = more exposed to LLMs). `value` is the chosen
 * measure (default GPT-4 beta, `dv_rating_beta`, recorded in `descriptor.options.measure`); every measure
 * is kept in the record.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the measure to return as `value`.
 * @returns one {@link EloundouOccupationRecord} per code, in file order, and the descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an unknown measure; {@link @airesilience/core!SourceParseError}
 *   for a missing column, a code that is not O*NET-SOC, a duplicated code, or a measure that is not a
 *   number in [0, 1].
 * @example
 * ```ts
 * const { records } = parseEloundouOccupations({ bytes, file: 'occ_level.csv' });
 * records.find((r) => r.code === '29-2072.00')?.value; // 0.6176470588235294
 * ```
 */
export function parseEloundouOccupations(
  input: ParseInput,
  options: EloundouOccupationsOptions = {},
): ParsedSource<EloundouOccupationRecord> {
  const measure = options.measure ?? DEFAULT_ELOUNDOU_MEASURE;
  if (!ELOUNDOU_MEASURES.includes(measure)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `unknown Eloundou measure ${JSON.stringify(measure)} (expected one of ${ELOUNDOU_MEASURES.join(', ')})`,
    );
  }
  const table = readDelimited(input.bytes, {
    source: ELOUNDOU_GPT4_EXPOSURE_ID,
    file: input.file,
    requiredColumns: [CODE_COLUMN, 'Title', ...ELOUNDOU_MEASURES],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): EloundouOccupationRecord => {
    const code = table.text(row, CODE_COLUMN).trim();
    if (!ONET_SOC.test(code)) {
      throw table.error(
        `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(code)}`,
        row.line,
        CODE_COLUMN,
      );
    }
    assertUniqueKey(table, seen, code, row, CODE_COLUMN);
    const share = (column: EloundouMeasure): number => {
      const value = table.number(row, column);
      if (value < 0 || value > 1)
        throw table.error(`must be a share in [0, 1], got ${value}`, row.line, column);
      return value;
    };
    const measures = {
      dvRatingAlpha: share('dv_rating_alpha'),
      dvRatingBeta: share('dv_rating_beta'),
      dvRatingGamma: share('dv_rating_gamma'),
      humanRatingAlpha: share('human_rating_alpha'),
      humanRatingBeta: share('human_rating_beta'),
      humanRatingGamma: share('human_rating_gamma'),
    };
    return {
      code,
      value: share(measure),
      title: table.text(row, 'Title').trim(),
      ...measures,
      row: row.line,
    };
  });
  return { records, descriptor: eloundouDescriptor(input, measure) };
}

function eloundouDescriptor(input: ParseInput, measure: EloundouMeasure): SourceDescriptor {
  return {
    id: ELOUNDOU_GPT4_EXPOSURE_ID,
    label: `Eloundou et al. LLM exposure (${measure.startsWith('dv_') ? 'GPT-4' : 'human'} ${measure.split('_').at(-1)})`,
    citation:
      'Eloundou, T., Manning, S., Mishkin, P. & Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702):1306–1308; arXiv:2303.10130. Data: github.com/openai/GPTs-are-GPTs, data/occ_level.csv.',
    vintage: 'O*NET 27.2 task set (O*NET-SOC 2019); labels 2023; occ_level.csv added 2025-10-03',
    licence: 'MIT (Copyright 2024 OpenAI)',
    direction: 'higher-is-more-exposed',
    codeSystem: 'onet-soc-2019',
    files: [sourceFileOf(input)],
    notes:
      'Unweighted shares of each occupation’s O*NET tasks: alpha = E1, beta = E1 + 0.5·E2, gamma = E1 + E2.',
    options: { measure },
  };
}
