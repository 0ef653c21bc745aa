import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { type MicrosoftSocMetrics, parseMicrosoftSocMetrics } from './parse-microsoft-soc-metrics.js';

/**
 * Reads and parses Microsoft's per-SOC metrics (`microsoft/soc_metrics.csv`) from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: `microsoft/soc_metrics.csv`).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadMicrosoftSocMetrics(mirrorPath('microsoft/soc_metrics.csv'));
 * records.length; // 785
 * ```
 */
export async function loadMicrosoftSocMetrics(
  path: string,
  displayPath = 'microsoft/soc_metrics.csv',
): Promise<ParsedSource<MicrosoftSocMetrics>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseMicrosoftSocMetrics({ bytes, file: displayPath, sha256: file.sha256 });
}
