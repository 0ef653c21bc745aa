import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type EloundouTaskLabel, parseEloundouTaskLabels } from './parse-eloundou-task-labels.js';

/**
 * Reads and parses `eloundou/full_labelset.tsv` from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `eloundou/full_labelset.tsv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadEloundouTaskLabels(mirrorPath('eloundou/full_labelset.tsv'));
 * ```
 */
export async function loadEloundouTaskLabels(
  path: string,
  displayPath = 'eloundou/full_labelset.tsv',
): Promise<ParsedSource<EloundouTaskLabel>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEloundouTaskLabels({ bytes, file: displayPath, sha256: file.sha256 });
}
