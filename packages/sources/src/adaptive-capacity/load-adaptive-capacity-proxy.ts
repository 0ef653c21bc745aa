import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import {
  type AdaptiveCapacityProxyRecord,
  parseAdaptiveCapacityProxy,
} from './parse-adaptive-capacity-proxy.js';

/** The mirror path of the open adaptive-capacity proxy. */
export const ADAPTIVE_CAPACITY_PROXY_FILE = 'manning_aguirre/proxy_jricciardi/occupation_benchmarks.json';

/**
 * Reads and parses the open adaptive-capacity proxy (`occupation_benchmarks.json`) from disk, recording
 * its sha256. The result is labelled a proxy.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default: {@link ADAPTIVE_CAPACITY_PROXY_FILE}).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { descriptor } = await loadAdaptiveCapacityProxy('../shared/data/' + ADAPTIVE_CAPACITY_PROXY_FILE);
 * descriptor.proxy; // true
 * ```
 */
export async function loadAdaptiveCapacityProxy(
  path: string,
  displayPath = ADAPTIVE_CAPACITY_PROXY_FILE,
): Promise<ParsedSource<AdaptiveCapacityProxyRecord>> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAdaptiveCapacityProxy({ bytes, file: displayPath, sha256: file.sha256 });
}
