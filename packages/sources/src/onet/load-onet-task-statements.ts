import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { onetDisplayPath } from './onet-display-path.js';
import { type OnetTaskStatement, parseOnetTaskStatements } from './parse-onet-task-statements.js';
import type { OnetParseOptions } from './read-onet-table.js';

/**
 * Reads and parses an O*NET Task Statements file from disk (CSV or XLSX, by its extension unless
 * `options.format` says), recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: from the `onet/` folder on, which
 *   also gives the release, e.g. `onet/30.3/...`).
 * @param options - the format and release, when the extension and path do not tell.
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadOnetTaskStatements(mirrorPath('onet/29.3/Task Statements.xlsx'));
 * records.length; // 18796
 * ```
 */
export async function loadOnetTaskStatements(
  path: string,
  displayPath = onetDisplayPath(path),
  options: OnetParseOptions = {},
): Promise<ParsedSource<OnetTaskStatement>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOnetTaskStatements({ bytes, file: displayPath, sha256: file.sha256 }, options);
}
