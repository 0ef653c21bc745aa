import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import {
  DEFAULT_WAGE_BILL_SCENARIO,
  parseWageBill,
  WAGE_BILL_FILES,
  type WageBillOptions,
  type WageBillRecord,
  wageBillScenarioParts,
} from './parse-wage-bill.js';

/**
 * Reads and parses an Althoff & Reichardt occupation file from disk, recording its sha256.
 *
 * @param path - the file's path: the v1.2 file for a `v1.2-*` scenario, the v1.3 file for `v1.3-genai`.
 * @param displayPath - the path recorded in provenance (default: the scenario's release file in
 *   {@link WAGE_BILL_FILES}).
 * @param options - the scenario (default {@link DEFAULT_WAGE_BILL_SCENARIO}).
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it
 *   cannot be parsed or is of the other release.
 * @example
 * ```ts
 * const { descriptor } = await loadWageBill('data/' + WAGE_BILL_FILES['v1.3'], undefined, { scenario: 'v1.3-genai' });
 * descriptor.options?.scenario; // 'v1.3-genai'
 * ```
 */
export async function loadWageBill(
  path: string,
  displayPath?: string,
  options: WageBillOptions = {},
): Promise<ParsedSource<WageBillRecord>> {
  const { release } = wageBillScenarioParts(options.scenario ?? DEFAULT_WAGE_BILL_SCENARIO);
  const shownPath = displayPath ?? WAGE_BILL_FILES[release];
  const { bytes, file } = await readSourceFile(path, shownPath);
  return parseWageBill({ bytes, file: shownPath, sha256: file.sha256 }, options);
}
