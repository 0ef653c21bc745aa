import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type IloExposureClassRecord, parseIloOutputTree } from './parse-ilo-output-tree.js';

/**
 * Reads and parses the ILO's output tree (`ilo/output_data.json`) from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `ilo/output_data.json`).
 * @returns the unit-group records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadIloOutputTree('../shared/data/ilo/output_data.json');
 * records.find((r) => r.code === '3252')?.exposureLevel; // 4
 * ```
 */
export async function loadIloOutputTree(
  path: string,
  displayPath = 'ilo/output_data.json',
): Promise<ParsedSource<IloExposureClassRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIloOutputTree({ bytes, file: displayPath, sha256: file.sha256 });
}
