import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type OewsRecord, parseOews } from './parse-oews.js';

/**
 * Reads and parses the OEWS national estimates workbook from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/national_M2024_dl.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadOews('../shared/data/bls/national_M2024_dl.xlsx');
 * ```
 */
export async function loadOews(
  path: string,
  displayPath = 'bls/national_M2024_dl.xlsx',
): Promise<ParsedSource<OewsRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOews({ bytes, file: displayPath, sha256: file.sha256 });
}
