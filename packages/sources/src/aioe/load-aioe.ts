import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type AioeVariant, parseAioe, parseAioeVariant } from './parse-aioe.js';

/** The mirror path of each AIOE workbook. */
export const AIOE_FILES: Readonly<Record<'aioe' | AioeVariant, string>> = {
  aioe: 'aioe/AIOE_DataAppendix.xlsx',
  'language-modeling': 'aioe/language_modeling_aioe_aiie.xlsx',
  'image-generation': 'aioe/image_generation_aioe_aiie.xlsx',
};

/**
 * Reads and parses the AIOE data appendix from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `aioe/AIOE_DataAppendix.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadAioe('../shared/data/aioe/AIOE_DataAppendix.xlsx');
 * records.length; // 774
 * ```
 */
export async function loadAioe(
  path: string,
  displayPath = AIOE_FILES.aioe,
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAioe({ bytes, file: displayPath, sha256: file.sha256 });
}

/**
 * Reads and parses a 2023 AIOE variant workbook from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param variant - which variant the workbook holds.
 * @param displayPath - the path recorded in provenance (default: the variant's file in {@link AIOE_FILES}).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { descriptor } = await loadAioeVariant('data/aioe/image_generation_aioe_aiie.xlsx', 'image-generation');
 * descriptor.id; // 'aioe-image-generation'
 * ```
 */
export async function loadAioeVariant(
  path: string,
  variant: AioeVariant,
  displayPath: string = AIOE_FILES[variant],
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAioeVariant({ bytes, file: displayPath, sha256: file.sha256 }, { variant });
}
