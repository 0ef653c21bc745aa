import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import type { CrosswalkPair } from './crosswalk.js';
import { parseIscoToSoc2010Crosswalk } from './parse-isco-to-soc-2010-crosswalk.js';
import { type NemCrosswalkRecord, parseNemOnetToSocCrosswalk } from './parse-nem-onet-to-soc-crosswalk.js';
import { parseSoc2010To2018Crosswalk } from './parse-soc-2010-to-2018-crosswalk.js';

/**
 * Reads and parses the BLS 2010 SOC → 2018 SOC crosswalk from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `crosswalk/soc_2010_to_2018_crosswalk.csv`).
 * @returns the parsed pairs and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadSoc2010To2018Crosswalk('../shared/data/crosswalk/soc_2010_to_2018_crosswalk.csv');
 * ```
 */
export async function loadSoc2010To2018Crosswalk(
  path: string,
  displayPath = 'crosswalk/soc_2010_to_2018_crosswalk.csv',
): Promise<ParsedSource<CrosswalkPair>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSoc2010To2018Crosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}

/**
 * Reads and parses the BLS O*NET-SOC → National Employment Matrix crosswalk from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/nem-onet-to-soc-crosswalk.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadNemOnetToSocCrosswalk('../shared/data/bls/nem-onet-to-soc-crosswalk.xlsx');
 * ```
 */
export async function loadNemOnetToSocCrosswalk(
  path: string,
  displayPath = 'bls/nem-onet-to-soc-crosswalk.xlsx',
): Promise<ParsedSource<NemCrosswalkRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseNemOnetToSocCrosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}

/**
 * Reads and parses the BLS ISCO-08 → 2010 SOC crosswalk from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `crosswalk/isco08_to_soc2010_crosswalk.xlsx`).
 * @returns the parsed pairs and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadIscoToSoc2010Crosswalk('../shared/data/crosswalk/isco08_to_soc2010_crosswalk.xlsx');
 * ```
 */
export async function loadIscoToSoc2010Crosswalk(
  path: string,
  displayPath = 'crosswalk/isco08_to_soc2010_crosswalk.xlsx',
): Promise<ParsedSource<CrosswalkPair>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIscoToSoc2010Crosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}
