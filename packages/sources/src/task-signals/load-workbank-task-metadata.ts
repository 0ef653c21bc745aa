import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { parseWorkbankTaskMetadata, type WorkbankTask } from './parse-workbank-task-metadata.js';

/**
 * Reads and parses `workbank/task_statement_with_metadata.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `workbank/task_statement_with_metadata.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadWorkbankTaskMetadata(mirrorPath('workbank/task_statement_with_metadata.csv'));
 * ```
 */
export async function loadWorkbankTaskMetadata(
  path: string,
  displayPath = 'workbank/task_statement_with_metadata.csv',
): Promise<ParsedSource<WorkbankTask>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWorkbankTaskMetadata({ bytes, file: displayPath, sha256: file.sha256 });
}
