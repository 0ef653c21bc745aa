import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseMicrosoftAiApplicability } from './parse-microsoft-ai-applicability.js';

/**
 * Reads and parses Microsoft's AI applicability scores (`microsoft/soc_ai_applicability_scores.csv`) from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `microsoft/soc_ai_applicability_scores.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadMicrosoftAiApplicability(mirrorPath('microsoft/soc_ai_applicability_scores.csv'));
 * records.length; // 785
 * ```
 */
export async function loadMicrosoftAiApplicability(
  path: string,
  displayPath = 'microsoft/soc_ai_applicability_scores.csv',
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseMicrosoftAiApplicability({ bytes, file: displayPath, sha256: file.sha256 });
}
