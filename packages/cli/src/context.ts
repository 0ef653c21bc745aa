import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  AiResilienceError,
  DEFAULT_METHODOLOGY,
  type Methodology,
  methodologySourceIds,
} from '@airesilience/core';
import { type LoadedDataset, loadDatasetSync, writeFileAtomic } from '@airesilience/data';
import type { CliIo } from './cli-io.js';
import type { CommandLine } from './parse-command-line.js';
import { installedSnapshotDirectory } from './snapshot-directory.js';

/** What a command needs: the I/O, the parsed command line, and lazily the dataset and methodology. */
export interface CommandContext {
  /** The I/O. */
  io: CliIo;
  /** The parsed command line. */
  line: CommandLine;
  /**
   * Loads the embedded snapshot (once), with the sources the methodology reads: the default methodology's,
   * or every source with `--methodology FILE`.
   */
  dataset: () => Promise<LoadedDataset>;
  /** Loads the embedded snapshot with every source (once): for listing the sources or checking a methodology file. */
  fullDataset: () => Promise<LoadedDataset>;
  /** The methodology: `--methodology FILE`, checked against the dataset, or the default. */
  methodology: () => Promise<Methodology>;
  /** Writes the command's output to `--out FILE` (atomically) or standard output. */
  output: (text: string) => Promise<void>;
}

/**
 * Writes a command's output to a file atomically (a temporary file renamed into place, so a failure leaves
 * no partial file and the previous file intact).
 *
 * @param path - the absolute path.
 * @param text - the content.
 * @param shownPath - the path to show in messages.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` naming the path when it cannot be written.
 */
export async function writeOutputFile(path: string, text: string, shownPath: string): Promise<void> {
  try {
    await writeFileAtomic(path, text);
  } catch (cause) {
    throw new AiResilienceError('IO', `cannot write ${shownPath}: ${await whyUnwritable(path, cause)}`, {
      cause,
    });
  }
}

/** The reason a file could not be written, in words: the directory is missing, the path is a directory, … */
async function whyUnwritable(path: string, error: unknown): Promise<string> {
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) return 'it is a directory';
  const parent = await stat(dirname(path)).catch(() => null);
  if (parent === null) return `the directory ${dirname(path)} does not exist`;
  if (!parent.isDirectory()) return `${dirname(path)} is not a directory`;
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 10; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EROFS') return 'the file system is read-only';
    if (code === 'ENOSPC') return 'no space left on the device';
    // The directory exists (checked above) yet a file cannot be created in it: /proc, /sys and the like.
    if (code === 'ENOENT') return `files cannot be created in ${dirname(path)}`;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      return `${code}: ${(cause as Error).message.replace(/^E[A-Z]+: /, '').replace(/, \w+ '.*$/, '')}`;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the context a command runs with.
 *
 * @param io - the I/O.
 * @param line - the parsed command line.
 * @returns the context.
 */
export function createContext(io: CliIo, line: CommandLine): CommandContext {
  let full: Promise<LoadedDataset> | undefined;
  let lean: Promise<LoadedDataset> | undefined;
  let methodology: Promise<Methodology> | undefined;
  // Read synchronously: nothing else waits on the event loop, and it is about 8 ms faster than reading the
  // nine files asynchronously (docs/performance.md §5). The async function turns a throw into a rejection.
  const load = async (sources?: readonly string[]) =>
    loadDatasetSync({ snapshotDirectory: installedSnapshotDirectory(), ...(sources ? { sources } : {}) });
  const loadAll = () => {
    full ??= load();
    return full;
  };
  // The default methodology reads 8 of the snapshot's sources: loading only those saves about a fifth of
  // the start-up. A methodology file may name any source, so it gets them all.
  const loadData = () => {
    if (line.options.methodology !== undefined) return loadAll();
    lean ??= full ?? load(methodologySourceIds(DEFAULT_METHODOLOGY));
    return lean;
  };
  return {
    io,
    line,
    dataset: loadData,
    fullDataset: loadAll,
    methodology: () => {
      methodology ??= (async () => {
        const file = line.options.methodology;
        if (file === undefined) return DEFAULT_METHODOLOGY;
        // Loaded only for --methodology: the validator (zod) is not part of the default start-up.
        const { readMethodologyFile } = await import('./methodology-file.js');
        return readMethodologyFile(resolve(io.cwd, file), await loadData(), file);
      })();
      return methodology;
    },
    output: async (text) => {
      const out = line.options.out;
      if (out === undefined) {
        io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        return;
      }
      await writeOutputFile(resolve(io.cwd, out), text.endsWith('\n') ? text : `${text}\n`, out);
      io.stderr(`wrote ${out}\n`);
    },
  };
}
