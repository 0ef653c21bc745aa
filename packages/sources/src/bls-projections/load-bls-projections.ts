import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type BlsOpeningsRecord, parseBlsOpeningsTable } from './parse-bls-openings-table.js';
import { type BlsProjectionRecord, parseBlsProjections } from './parse-bls-projections.js';

/**
 * Reads and parses Table 1.2 of `bls/occupation.xlsx` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/occupation.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadBlsProjections('../shared/data/bls/occupation.xlsx');
 * ```
 */
export async function loadBlsProjections(
  path: string,
  displayPath = 'bls/occupation.xlsx',
): Promise<ParsedSource<BlsProjectionRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseBlsProjections({ bytes, file: displayPath, sha256: file.sha256 });
}

/**
 * Reads and parses Table 1.10 of `bls/occupation.xlsx` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/occupation.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadBlsOpeningsTable('../shared/data/bls/occupation.xlsx');
 * ```
 */
export async function loadBlsOpeningsTable(
  path: string,
  displayPath = 'bls/occupation.xlsx',
): Promise<ParsedSource<BlsOpeningsRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseBlsOpeningsTable({ bytes, file: displayPath, sha256: file.sha256 });
}
