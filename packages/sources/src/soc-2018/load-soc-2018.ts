import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseSocDefinitions2018, type SocDefinitionRecord } from './parse-soc-definitions-2018.js';
import { parseSocStructure2018, type SocStructureRecord } from './parse-soc-structure-2018.js';

/**
 * Reads and parses the 2018 SOC structure from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/soc_structure_2018.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadSocStructure2018('../shared/data/bls/soc_structure_2018.xlsx');
 * ```
 */
export async function loadSocStructure2018(
  path: string,
  displayPath = 'bls/soc_structure_2018.xlsx',
): Promise<ParsedSource<SocStructureRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSocStructure2018({ bytes, file: displayPath, sha256: file.sha256 });
}

/**
 * Reads and parses the 2018 SOC definitions from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `bls/soc_2018_definitions.xlsx`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadSocDefinitions2018('../shared/data/bls/soc_2018_definitions.xlsx');
 * ```
 */
export async function loadSocDefinitions2018(
  path: string,
  displayPath = 'bls/soc_2018_definitions.xlsx',
): Promise<ParsedSource<SocDefinitionRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSocDefinitions2018({ bytes, file: displayPath, sha256: file.sha256 });
}
