import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseSml, type SmlRecord } from './parse-sml.js';

/**
 * Reads and parses `sml/SML_score.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `sml/SML_score.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadSml('../shared/data/sml/SML_score.csv');
 * records.length; // 951
 * ```
 */
export async function loadSml(
  path: string,
  displayPath = 'sml/SML_score.csv',
): Promise<ParsedSource<SmlRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSml({ bytes, file: displayPath, sha256: file.sha256 });
}
