import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseFreyOsborneAppendix } from './parse-frey-osborne-appendix.js';

/**
 * Reads and parses the Frey & Osborne appendix table from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default:
 *   `frey_osborne/frey_osborne_automation_risk_index_clean.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadFreyOsborneAppendix(mirrorPath('frey_osborne/frey_osborne_automation_risk_index_clean.csv'));
 * records.length; // 702
 * ```
 */
export async function loadFreyOsborneAppendix(
  path: string,
  displayPath = 'frey_osborne/frey_osborne_automation_risk_index_clean.csv',
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseFreyOsborneAppendix({ bytes, file: displayPath, sha256: file.sha256 });
}
