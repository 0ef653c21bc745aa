import { readFile } from 'node:fs/promises';
import {
  AiResilienceError,
  type Methodology,
  parseMethodology,
  validateMethodologyAgainstDataset,
} from '@airesilience/core';
import type { LoadedDataset } from '@airesilience/data';

/**
 * Reads a methodology file and checks it: valid JSON, every rule of `parseMethodology`, and, given a
 * dataset, every source present in it with the same direction. Errors are prefixed with the file's name.
 *
 * @param path - the file's path.
 * @param dataset - the dataset the methodology will score, or omit to check the file alone.
 * @param shownPath - the path to show in messages (default `path`).
 * @returns the methodology.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when it cannot be read, `INVALID_METHODOLOGY` when it is not
 *   valid JSON or breaks a rule (the message names the rule and where).
 */
export async function readMethodologyFile(
  path: string,
  dataset?: LoadedDataset,
  shownPath: string = path,
): Promise<Methodology> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AiResilienceError(
      'IO',
      `cannot read the methodology file ${shownPath}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AiResilienceError(
      'INVALID_METHODOLOGY',
      `${shownPath} is not valid JSON: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  try {
    const methodology = parseMethodology(
      json,
      dataset ? { knownSourceIds: Object.keys(dataset.sources) } : {},
    );
    if (dataset) validateMethodologyAgainstDataset(methodology, dataset);
    return methodology;
  } catch (error) {
    if (AiResilienceError.isInstance(error)) {
      throw new AiResilienceError(error.code, `${shownPath}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
