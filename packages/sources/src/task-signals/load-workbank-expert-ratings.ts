import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseWorkbankExpertRatings, type WorkbankExpertRating } from './parse-workbank-expert-ratings.js';

/**
 * Reads and parses `workbank/expert_rated_technological_capability.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `workbank/expert_rated_technological_capability.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadWorkbankExpertRatings(mirrorPath('workbank/expert_rated_technological_capability.csv'));
 * ```
 */
export async function loadWorkbankExpertRatings(
  path: string,
  displayPath = 'workbank/expert_rated_technological_capability.csv',
): Promise<ParsedSource<WorkbankExpertRating>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWorkbankExpertRatings({ bytes, file: displayPath, sha256: file.sha256 });
}
