import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseWebb } from './parse-webb.js';

/**
 * Reads and parses `webb/exposure_by_soc4.xlsx` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `webb/exposure_by_soc4.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadWebb('../shared/data/webb/exposure_by_soc4.xlsx');
 * records.length; // 964
 * ```
 */
export async function loadWebb(
  path: string,
  displayPath = 'webb/exposure_by_soc4.xlsx',
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWebb({ bytes, file: displayPath, sha256: file.sha256 });
}
