import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  AiResilienceError,
  DEFAULT_METHODOLOGY,
  type Methodology,
  parseMethodology,
  validateMethodologyAgainstDataset,
} from '@airesilience/core';
import { type LoadedDataset, loadDataset, writeFileAtomic } from '@airesilience/data';
import type { CliIo } from './cli-io.js';
import type { CommandLine } from './parse-command-line.js';

/** What a command needs: the I/O, the parsed command line, and lazily the dataset and methodology. */
export interface CommandContext {
  /** The I/O. */
  io: CliIo;
  /** The parsed command line. */
  line: CommandLine;
  /** Loads the embedded snapshot (once). */
  dataset: () => Promise<LoadedDataset>;
  /** The methodology: `--methodology FILE`, checked against the dataset, or the default. */
  methodology: () => Promise<Methodology>;
  /** Writes the command's output to `--out FILE` (atomically) or standard output. */
  output: (text: string) => Promise<void>;
}

/**
 * Reads and validates a methodology file.
 *
 * @param path - the file's path.
 * @param knownSourceIds - the source ids the dataset has.
 * @returns the methodology.
 * @throws {@link AiResilienceError} `IO` when it cannot be read, `INVALID_METHODOLOGY` when it is not
 *   valid JSON or breaks a rule.
 */
export async function readMethodologyFile(
  path: string,
  knownSourceIds?: readonly string[],
): Promise<Methodology> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AiResilienceError(
      'IO',
      `cannot read the methodology file ${path}: ${(cause as Error).message}`,
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
      `${path} is not valid JSON: ${(cause as Error).message}`,
      { cause },
    );
  }
  try {
    return parseMethodology(json, knownSourceIds ? { knownSourceIds } : {});
  } catch (error) {
    if (AiResilienceError.isInstance(error)) {
      throw new AiResilienceError(error.code, `${path}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/**
 * Creates the context a command runs with.
 *
 * @param io - the I/O.
 * @param line - the parsed command line.
 * @returns the context.
 */
export function createContext(io: CliIo, line: CommandLine): CommandContext {
  let dataset: Promise<LoadedDataset> | undefined;
  let methodology: Promise<Methodology> | undefined;
  const loadData = () => {
    dataset ??= loadDataset();
    return dataset;
  };
  return {
    io,
    line,
    dataset: loadData,
    methodology: () => {
      methodology ??= (async () => {
        const file = line.options.methodology;
        if (file === undefined) return DEFAULT_METHODOLOGY;
        const data = await loadData();
        const parsed = await readMethodologyFile(resolve(io.cwd, file), Object.keys(data.sources));
        validateMethodologyAgainstDataset(parsed, data);
        return parsed;
      })();
      return methodology;
    },
    output: async (text) => {
      const out = line.options.out;
      if (out === undefined) {
        io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        return;
      }
      const path = resolve(io.cwd, out);
      try {
        await writeFileAtomic(path, text);
      } catch (cause) {
        throw new AiResilienceError('IO', `cannot write ${out}: ${(cause as Error).message}`, { cause });
      }
      io.stderr(`wrote ${out}\n`);
    },
  };
}
