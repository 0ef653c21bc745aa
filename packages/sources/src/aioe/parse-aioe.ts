import { AiResilienceError, type SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import {
  type OccupationValue,
  type ParsedSource,
  type ParseInput,
  sourceFileOf,
} from '../shared/parsed-source.js';
import { readXlsxTable } from '../tabular/read-xlsx.js';

/** The source id of the AI Occupational Exposure (Felten, Raj & Seamans 2021). */
export const AIOE_ID = 'aioe';

/** The variants of AIOE published in 2023: exposure to language modeling and to image generation. */
export type AioeVariant = 'language-modeling' | 'image-generation';

/** Options of {@link parseAioeVariant}. */
export interface AioeVariantOptions {
  /** Which variant the workbook holds. */
  variant: AioeVariant;
}

interface AioeLayout {
  id: string;
  label: string;
  sheet: string;
  valueColumn: string;
  citation: string;
  vintage: string;
}

const FELTEN_2021 =
  'Felten, E., Raj, M. & Seamans, R. (2021). Occupational, industry, and geographic exposure to artificial intelligence: A novel dataset and its potential uses. Strategic Management Journal 42(12):2195–2217. doi:10.1002/smj.3286.';
const FELTEN_2023 =
  'Felten, E., Raj, M. & Seamans, R. (2023). How will Language Modelers like ChatGPT Affect Occupations and Industries? arXiv:2303.01157.';

const LAYOUTS: Record<'aioe' | AioeVariant, AioeLayout> = {
  aioe: {
    id: AIOE_ID,
    label: 'AI Occupational Exposure (Felten, Raj & Seamans 2021)',
    sheet: 'Appendix A',
    valueColumn: 'AIOE',
    citation: `${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, AIOE_DataAppendix.xlsx.`,
    vintage: 'O*NET 2020 abilities, EFF AI progress metrics; file of 2021-06-11',
  },
  'language-modeling': {
    id: `${AIOE_ID}-language-modeling`,
    label: 'Language-modeling AIOE (Felten, Raj & Seamans 2023)',
    sheet: 'LM AIOE',
    valueColumn: 'Language Modeling AIOE',
    citation: `${FELTEN_2023} Method of ${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, Language Modeling AIOE and AIIE.xlsx.`,
    vintage: 'March 2023',
  },
  'image-generation': {
    id: `${AIOE_ID}-image-generation`,
    label: 'Image-generation AIOE (Felten, Raj & Seamans 2023)',
    sheet: 'IG AIOE',
    valueColumn: 'Image Generation AIOE',
    citation: `${FELTEN_2023} Method of ${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, Image Generation AIOE and AIIE.xlsx.`,
    vintage: 'May 2023',
  },
};

const SOC_2010 = /^\d{2}-\d{4}$/;

/**
 * Parses the AIOE data appendix (`aioe/AIOE_DataAppendix.xlsx`), sheet `Appendix A`: one SOC 2010 detailed
 * code per row (`SOC Code`, `Occupation Title`, `AIOE`). AIOE is standardised (mean 0, sd 1); higher =
 * more exposed to AI.
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @returns one {@link OccupationValue} (with title) per code, in sheet order, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged workbook, a missing sheet or column, a code that is not
 *   SOC 2010, a duplicated code or a value that is not a number.
 * @example
 * ```ts
 * const { records } = parseAioe({ bytes, file: 'AIOE_DataAppendix.xlsx' });
 * records.find((r) => r.code === '29-2071')?.value; // 0.5739…
 * ```
 */
export function parseAioe(input: ParseInput): ParsedSource<OccupationValue> {
  return parseAioeSheet(input, LAYOUTS.aioe);
}

/**
 * Parses a 2023 variant of AIOE: `aioe/language_modeling_aioe_aiie.xlsx` (sheet `LM AIOE`, column
 * `Language Modeling AIOE`) or `aioe/image_generation_aioe_aiie.xlsx` (sheet `IG AIOE`, column
 * `Image Generation AIOE`), one SOC 2010 code per row. Standardised; higher = more exposed. Each variant
 * is its own source (`aioe-language-modeling`, `aioe-image-generation`).
 *
 * @param input - the workbook's bytes and name (and sha256 when known).
 * @param options - which variant the workbook holds.
 * @returns one {@link OccupationValue} (with title) per code, in sheet order, and the descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an unknown variant; {@link @airesilience/core!SourceParseError}
 *   as {@link parseAioe}.
 * @example
 * ```ts
 * const { records } = parseAioeVariant({ bytes, file: 'language_modeling_aioe_aiie.xlsx' }, { variant: 'language-modeling' });
 * records.find((r) => r.code === '29-2071')?.value; // 0.5524…
 * ```
 */
export function parseAioeVariant(
  input: ParseInput,
  options: AioeVariantOptions,
): ParsedSource<OccupationValue> {
  const variant = options?.variant;
  if (variant !== 'language-modeling' && variant !== 'image-generation') {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `unknown AIOE variant ${JSON.stringify(variant)} (expected language-modeling or image-generation)`,
    );
  }
  return parseAioeSheet(input, LAYOUTS[variant], variant);
}

function parseAioeSheet(
  input: ParseInput,
  layout: AioeLayout,
  variant?: AioeVariant,
): ParsedSource<OccupationValue> {
  const table = readXlsxTable(input.bytes, {
    source: layout.id,
    file: input.file,
    sheet: layout.sheet,
    requiredColumns: ['SOC Code', 'Occupation Title', layout.valueColumn],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OccupationValue => {
    const code = table.text(row, 'SOC Code').trim();
    if (!SOC_2010.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        'SOC Code',
      );
    }
    assertUniqueKey(table, seen, code, row, 'SOC Code');
    const value = table.number(row, layout.valueColumn);
    return { code, value, title: table.text(row, 'Occupation Title').trim(), row: row.line };
  });
  const descriptor: SourceDescriptor = {
    id: layout.id,
    label: layout.label,
    citation: layout.citation,
    vintage: layout.vintage,
    licence: 'none stated (no LICENSE file; the authors ask to cite Felten, Raj & Seamans 2021)',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2010',
    files: [sourceFileOf(input)],
    notes: 'Standardised score (mean 0, sd 1 across occupations); higher = more exposed.',
    ...(variant === undefined ? {} : { options: { variant } }),
  };
  return { records, descriptor };
}
