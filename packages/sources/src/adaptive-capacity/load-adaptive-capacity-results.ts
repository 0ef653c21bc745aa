import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import {
  type AdaptiveCapacityResultRecord,
  type AdaptiveCapacityResultsOptions,
  parseAdaptiveCapacityResults,
} from './parse-adaptive-capacity-results.js';

/**
 * Reads and parses Manning & Aguirre's results file (`adaptive_capacity_results.csv`) from disk,
 * recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `adaptive_capacity_results.csv`).
 * @param options - the column names, when the file renames them.
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadAdaptiveCapacityResults('data/final/adaptive_capacity_results.csv');
 * records[0]?.value; // a percentile in [0, 1]
 * ```
 */
export async function loadAdaptiveCapacityResults(
  path: string,
  displayPath = 'adaptive_capacity_results.csv',
  options: AdaptiveCapacityResultsOptions = {},
): Promise<ParsedSource<AdaptiveCapacityResultRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAdaptiveCapacityResults({ bytes, file: displayPath, sha256: file.sha256 }, options);
}
