import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import {
  type AlthoffReichardtTaskCapability,
  parseAlthoffReichardtTaskCapabilities,
} from './parse-althoff-reichardt-task-capabilities.js';

/**
 * Reads and parses `althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadAlthoffReichardtTaskCapabilities(mirrorPath('althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv'));
 * ```
 */
export async function loadAlthoffReichardtTaskCapabilities(
  path: string,
  displayPath = 'althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv',
): Promise<ParsedSource<AlthoffReichardtTaskCapability>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAlthoffReichardtTaskCapabilities({ bytes, file: displayPath, sha256: file.sha256 });
}
