import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type AeiTaskStatement, parseAeiTaskStatements } from './parse-aei-task-statements.js';

/**
 * Reads and parses `anthropic/aei_2025_02_10/onet_task_statements.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `anthropic/aei_2025_02_10/onet_task_statements.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadAeiTaskStatements(mirrorPath('anthropic/aei_2025_02_10/onet_task_statements.csv'));
 * ```
 */
export async function loadAeiTaskStatements(
  path: string,
  displayPath = 'anthropic/aei_2025_02_10/onet_task_statements.csv',
): Promise<ParsedSource<AeiTaskStatement>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAeiTaskStatements({ bytes, file: displayPath, sha256: file.sha256 });
}
