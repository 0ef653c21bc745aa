import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write/write-file-atomic.js';
import { assertMirror } from '../mirror/verify-mirror.js';
import { type BuildDatasetOptions, type BuiltDataset, buildDataset } from '../dataset/build-dataset.js';
import { SNAPSHOT_FILES, toSnapshot } from './snapshot.js';

/**
 * Writes a built dataset as a snapshot directory (`dataset.json`, `tasks.json`), each file atomically:
 * a failure leaves the previous snapshot in place. The output is byte-identical for the same input.
 *
 * @param built - the output of `buildDataset`.
 * @param directory - the snapshot directory (created if needed).
 * @returns the paths and sizes written.
 */
export async function writeSnapshot(
  built: BuiltDataset,
  directory: string,
): Promise<{ path: string; bytes: number }[]> {
  const documents = toSnapshot(built);
  await mkdir(directory, { recursive: true });
  const written: { path: string; bytes: number }[] = [];
  // Tasks first: a reader that sees the new dataset.json always finds a matching tasks.json.
  for (const [name, document] of [
    [SNAPSHOT_FILES.tasks, documents.tasks],
    [SNAPSHOT_FILES.dataset, documents.dataset],
  ] as const) {
    const text = `${JSON.stringify(document)}\n`;
    const path = join(directory, name);
    await writeFileAtomic(path, text);
    written.push({ path, bytes: Buffer.byteLength(text) });
  }
  return written;
}

/** Options of {@link buildSnapshot}. */
export interface BuildSnapshotOptions extends BuildDatasetOptions {
  /** The snapshot directory to write. */
  snapshotDirectory: string;
  /** Verify every mirror file against `MANIFEST.tsv` first (default `true`). */
  verify?: boolean;
}

/**
 * Verifies the mirror, builds the dataset and writes the snapshot. Nothing is written unless every step
 * succeeds, so a corrupted or missing mirror file leaves the previous snapshot intact.
 *
 * @param options - the mirror, the snapshot directory and the build options.
 * @returns the built dataset and the files written.
 * @throws `MirrorIntegrityError` naming the missing or altered file; the errors of `buildDataset`.
 * @example
 * ```ts
 * await buildSnapshot({ dataDir: '../shared/data', snapshotDirectory: './snapshot' });
 * ```
 */
export async function buildSnapshot(
  options: BuildSnapshotOptions,
): Promise<{ built: BuiltDataset; files: { path: string; bytes: number }[] }> {
  if (options.verify !== false) await assertMirror(options.dataDir);
  const built = await buildDataset(options);
  return { built, files: await writeSnapshot(built, options.snapshotDirectory) };
}
