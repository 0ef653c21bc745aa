import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write/write-file-atomic.js';
import { type BuildDatasetOptions, type BuiltDataset, buildDataset } from '../dataset/build-dataset.js';
import { assertMirror } from '../mirror/verify-mirror.js';
import { SNAPSHOT_FILES, sourceFileOf, taskFileOf, toSnapshot } from './snapshot.js';

/** The single tasks file of snapshot version 1, removed when a newer snapshot is written over one. */
const LEGACY_TASKS_FILE = 'tasks.json';

/**
 * The document as one line of JSON with every non-ASCII character escaped (`–` → `\u2013`): the same
 * value, but the file is ASCII, so Node decodes it into a one-byte string and parses that, instead of
 * converting the whole file to a two-byte string because of a few dashes and quotes.
 */
function toAsciiJson(document: unknown): string {
  const json = JSON.stringify(document).replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

/**
 * Writes a built dataset as a snapshot directory: `dataset.json` and one tasks file per SOC major group
 * (`tasks/29.json`), each file atomically. The tasks files are written first, so a reader that sees the new
 * `dataset.json` always finds matching tasks; files of an older snapshot that the new one does not have
 * (the version 1 `tasks.json`, a major group that is gone) are removed last. A failure leaves the previous
 * `dataset.json` in place. The output is byte-identical for the same input.
 *
 * @param built - the output of `buildDataset`.
 * @param directory - the snapshot directory (created if needed).
 * @returns the paths and sizes written, the dataset file last.
 * @throws `AiResilienceError` `IO` when a file cannot be written.
 * @example
 * ```ts
 * const files = await writeSnapshot(await buildDataset({ dataDir: '../shared/data' }), './snapshot');
 * files.at(-1)?.path; // './snapshot/dataset.json'
 * ```
 */
export async function writeSnapshot(
  built: BuiltDataset,
  directory: string,
): Promise<
  {
    /** The file's path. */
    path: string;
    /** Its size in bytes. */
    bytes: number;
  }[]
> {
  const documents = toSnapshot(built);
  const tasksDirectory = join(directory, SNAPSHOT_FILES.tasks);
  const sourcesDirectory = join(directory, SNAPSHOT_FILES.sources);
  await mkdir(tasksDirectory, { recursive: true });
  await mkdir(sourcesDirectory, { recursive: true });
  const write = async (relative: string, document: unknown) => {
    const text = toAsciiJson(document);
    const path = join(directory, relative);
    await writeFileAtomic(path, text);
    return { path, bytes: Buffer.byteLength(text) };
  };
  const written = await Promise.all([
    ...documents.tasks.map(({ majorGroup, document }) => write(taskFileOf(majorGroup), document)),
    ...documents.sources.map(({ id, document }) => write(sourceFileOf(id), document)),
  ]);
  // dataset.json last: a reader never finds it listing a source whose file is not written yet.
  written.push(await write(SNAPSHOT_FILES.dataset, documents.dataset));
  const currentTasks = new Set(documents.tasks.map(({ majorGroup }) => `${majorGroup}.json`));
  const staleTasks = (await readdir(tasksDirectory)).filter(
    (name) => /^\d{2}\.json$/.test(name) && !currentTasks.has(name),
  );
  const currentSources = new Set(documents.sources.map(({ id }) => `${id}.json`));
  const staleSources = (await readdir(sourcesDirectory)).filter(
    (name) => name.endsWith('.json') && !currentSources.has(name),
  );
  await Promise.all([
    rm(join(directory, LEGACY_TASKS_FILE), { force: true }),
    ...staleTasks.map((name) => rm(join(tasksDirectory, name), { force: true })),
    ...staleSources.map((name) => rm(join(sourcesDirectory, name), { force: true })),
  ]);
  return written;
}

/** Options of {@link buildSnapshot}. */
export interface BuildSnapshotOptions extends BuildDatasetOptions {
  /** The snapshot directory to write. */
  snapshotDirectory: string;
  /** Verify every mirror file against `MANIFEST.tsv` before writing anything (default `true`). */
  verify?: boolean;
}

/**
 * Builds the dataset, verifies the mirror and writes the snapshot. Nothing is written unless every step
 * succeeds, so a corrupted or missing mirror file leaves the previous snapshot intact. When the build fails,
 * the mirror is verified before the error is passed on, so a damaged file is reported as such (naming it)
 * rather than as the parse error it caused.
 *
 * The mirror is verified after the build, not before it: hashing every file first left the heap grown and
 * raised the build's peak memory by about 100 MB (docs/performance.md).
 *
 * @param options - the mirror, the snapshot directory and the build options.
 * @returns the built dataset and the files written.
 * @throws `MirrorIntegrityError` naming the missing or altered file; the errors of `buildDataset`.
 * @example
 * ```ts
 * await buildSnapshot({ dataDir: '../shared/data', snapshotDirectory: './snapshot' });
 * ```
 */
export async function buildSnapshot(options: BuildSnapshotOptions): Promise<{
  /** The built dataset. */
  built: BuiltDataset;
  /** The snapshot files written, the dataset file last. */
  files: {
    /** The file's path. */
    path: string;
    /** Its size in bytes. */
    bytes: number;
  }[];
}> {
  const verify = options.verify !== false;
  let built: BuiltDataset;
  try {
    built = await buildDataset(options);
  } catch (error) {
    if (verify) await assertMirror(options.dataDir);
    throw error;
  }
  if (verify) await assertMirror(options.dataDir);
  return { built, files: await writeSnapshot(built, options.snapshotDirectory) };
}
