import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type IloUnitGroupScore, parseIloTaskScores } from './parse-ilo-task-scores.js';

/**
 * Reads the ILO's task-level scores from disk, recording its sha256, and aggregates them to unit groups.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx`).
 * @returns the unit-group records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadIloTaskScores('../shared/data/ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx');
 * records.length; // 427
 * ```
 */
export async function loadIloTaskScores(
  path: string,
  displayPath = 'ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx',
): Promise<ParsedSource<IloUnitGroupScore>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIloTaskScores({ bytes, file: displayPath, sha256: file.sha256 });
}
