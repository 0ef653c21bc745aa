import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type AeiTaskUsage, parseAeiTaskUsage } from './parse-aei-task-usage.js';

/**
 * Reads and parses `anthropic/aei_2025_02_10/onet_task_mappings.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `anthropic/aei_2025_02_10/onet_task_mappings.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadAeiTaskUsage(mirrorPath('anthropic/aei_2025_02_10/onet_task_mappings.csv'));
 * ```
 */
export async function loadAeiTaskUsage(
  path: string,
  displayPath = 'anthropic/aei_2025_02_10/onet_task_mappings.csv',
): Promise<ParsedSource<AeiTaskUsage>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAeiTaskUsage({ bytes, file: displayPath, sha256: file.sha256 });
}
