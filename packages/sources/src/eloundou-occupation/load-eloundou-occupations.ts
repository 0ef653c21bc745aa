import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import {
  type EloundouOccupationRecord,
  type EloundouOccupationsOptions,
  parseEloundouOccupations,
} from './parse-eloundou-occupations.js';

/**
 * Reads and parses `eloundou/occ_level.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `eloundou/occ_level.csv`).
 * @param options - the measure to return as `value` (default GPT-4 beta).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadEloundouOccupations('../shared/data/eloundou/occ_level.csv');
 * records.length; // 923
 * ```
 */
export async function loadEloundouOccupations(
  path: string,
  displayPath = 'eloundou/occ_level.csv',
  options: EloundouOccupationsOptions = {},
): Promise<ParsedSource<EloundouOccupationRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEloundouOccupations({ bytes, file: displayPath, sha256: file.sha256 }, options);
}
