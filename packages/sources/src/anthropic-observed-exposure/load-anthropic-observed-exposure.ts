import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseAnthropicObservedExposure } from './parse-anthropic-observed-exposure.js';

/**
 * Reads and parses `anthropic/job_exposure.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `anthropic/job_exposure.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 */
export async function loadAnthropicObservedExposure(
  path: string,
  displayPath = 'anthropic/job_exposure.csv',
): Promise<ParsedSource<OccupationValue>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAnthropicObservedExposure({ bytes, file: displayPath, sha256: file.sha256 });
}
