import { resolve } from 'node:path';
import {
  buildSnapshot,
  defaultSnapshotDirectory,
  MirrorIntegrityError,
  pullData,
  verifyMirror,
} from '@airesilience/data';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { createProgress } from '../progress.js';

/**
 * The mirror directory: `--data-dir`, else `AIRESILIENCE_DATA_DIR`, else `../shared/data` from the working directory.
 *
 * @param context - the command context.
 * @returns the absolute path.
 */
export function dataDirectoryOf(context: CommandContext): string {
  const { io, line } = context;
  return resolve(io.cwd, line.options['data-dir'] ?? io.env.AIRESILIENCE_DATA_DIR ?? '../shared/data');
}

/**
 * `airesilience data build|verify|pull`.
 *
 * @param context - the command context.
 */
export async function dataCommand(context: CommandContext): Promise<void> {
  const { line, io } = context;
  const [action, ...extra] = line.positionals;
  if (extra.length > 0) throw new CliUsageError(`data ${action} takes no further arguments`, 'data');
  if (action === 'verify') {
    const dataDir = dataDirectoryOf(context);
    const progress = createProgress(io, 'verifying');
    const report = await verifyMirror(dataDir, {
      onProgress: (event) => progress.update(event.done, event.total, event.path),
    });
    progress.finish(
      report.ok
        ? `${dataDir}: all ${report.files.length} files match MANIFEST.tsv`
        : `${dataDir}: ${report.problems.length} of ${report.files.length} files do not match MANIFEST.tsv`,
    );
    if (!report.ok) {
      for (const problem of report.problems) io.stderr(`  ${problem}\n`);
      throw new MirrorIntegrityError(report.files, { location: dataDir });
    }
    return;
  }
  if (action === 'build') {
    const dataDir = dataDirectoryOf(context);
    const snapshotDirectory = line.options.out
      ? resolve(io.cwd, line.options.out)
      : defaultSnapshotDirectory();
    const progress = createProgress(io, 'building');
    const { built, files } = await buildSnapshot({
      dataDir,
      snapshotDirectory,
      onProgress: (event) => progress.update(event.done, event.total, event.step),
    });
    progress.finish(
      `snapshot of ${built.dataset.occupations.length} occupations and ${Object.keys(built.dataset.sources).length} sources written to ${snapshotDirectory}`,
    );
    for (const file of files) io.stderr(`  ${file.path} (${(file.bytes / 1024).toFixed(0)} KiB)\n`);
    return;
  }
  if (action === 'pull') {
    const { from, to } = line.options;
    if (!from || !to) throw new CliUsageError('data pull needs --from DIR|URL and --to DIR', 'data');
    const source = /^https?:\/\//.test(from) ? from : resolve(io.cwd, from);
    const progress = createProgress(io, 'pulling');
    const result = await pullData({
      from: source,
      to: resolve(io.cwd, to),
      onProgress: (event) => progress.update(event.done, event.total, `${event.action} ${event.path}`),
    });
    progress.finish(
      `${result.files.length} files in ${result.to} verified (${(result.transferredBytes / 1048576).toFixed(1)} MB transferred)`,
    );
    return;
  }
  throw new CliUsageError(
    action === undefined
      ? 'data needs an action: build, verify or pull'
      : `unknown data action "${action}": use build, verify or pull`,
    'data',
  );
}
