import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type EisfeldtRecord, parseEisfeldt } from './parse-eisfeldt.js';

/**
 * Reads and parses `eisfeldt/genaiexp_estz_occscores.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `eisfeldt/genaiexp_estz_occscores.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadEisfeldt('../shared/data/eisfeldt/genaiexp_estz_occscores.csv');
 * records.length; // 778
 * ```
 */
export async function loadEisfeldt(
  path: string,
  displayPath = 'eisfeldt/genaiexp_estz_occscores.csv',
): Promise<ParsedSource<EisfeldtRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEisfeldt({ bytes, file: displayPath, sha256: file.sha256 });
}
