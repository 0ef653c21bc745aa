import { relative, resolve, sep } from 'node:path';
import {
  buildSnapshot,
  MirrorIntegrityError,
  type MirrorReport,
  pullData,
  verifyMirror,
} from '@airesilience/data';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { createProgress } from '../progress.js';
import { installedSnapshotDirectory } from '../snapshot-directory.js';

const ACTION_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  build: ['data-dir', 'out'],
  verify: ['data-dir', 'json'],
  pull: ['from', 'to', 'json'],
};

/**
 * The mirror directory: `--data-dir`, else `AIRESILIENCE_DATA_DIR`, else `../shared/data` from the working
 * directory.
 *
 * @param context - the command context.
 * @returns the absolute path.
 */
export function dataDirectoryOf(context: CommandContext): string {
  const { io, line } = context;
  return resolve(io.cwd, line.options['data-dir'] ?? io.env.AIRESILIENCE_DATA_DIR ?? '../shared/data');
}

/** Checks a mirror with a progress display; throws naming every bad file. */
async function checkMirror(context: CommandContext, dataDir: string): Promise<MirrorReport> {
  const { io } = context;
  const progress = createProgress(io, 'verifying');
  const report = await verifyMirror(dataDir, {
    onProgress: (event) => progress.update(event.done, event.total, event.path),
  });
  progress.finish(
    report.ok
      ? `${dataDir}: all ${report.files.length} files match MANIFEST.tsv`
      : `${dataDir}: ${report.problems.length} of ${report.files.length} files do not match MANIFEST.tsv`,
  );
  for (const problem of report.problems) io.stderr(`  ${problem}\n`);
  return report;
}

/**
 * One line per file written, relative to the snapshot directory, with the files of a sub-directory (the
 * per-group task files) summed into one line.
 *
 * @param root - the snapshot directory.
 * @param files - the files written.
 * @returns the lines, in the order the files were written.
 */
export function summariseFiles(root: string, files: readonly { path: string; bytes: number }[]): string[] {
  const groups = new Map<string, { count: number; bytes: number }>();
  for (const file of files) {
    const name = relative(root, file.path).split(sep).join('/');
    const slash = name.indexOf('/');
    const key = slash === -1 ? name : `${name.slice(0, slash)}/`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += file.bytes;
    groups.set(key, group);
  }
  const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;
  return [...groups].map(([name, group]) =>
    name.endsWith('/')
      ? `${name} (${group.count} files, ${kib(group.bytes)})`
      : `${name} (${kib(group.bytes)})`,
  );
}

/**
 * `airesilience data build|verify|pull`.
 *
 * @param context - the command context.
 */
export async function dataCommand(context: CommandContext): Promise<void> {
  const { line, io } = context;
  const [action, ...extra] = line.positionals;
  if (action === undefined || ACTION_OPTIONS[action] === undefined) {
    throw new CliUsageError(
      action === undefined
        ? 'data needs an action: build, verify or pull'
        : `unknown data action "${action}": use build, verify or pull`,
      'data',
    );
  }
  if (extra.length > 0) throw new CliUsageError(`data ${action} takes no further arguments`, 'data');
  for (const [name, value] of Object.entries(line.options)) {
    if (value !== undefined && ['data-dir', 'out', 'from', 'to', 'json'].includes(name)) {
      if (!ACTION_OPTIONS[action]!.includes(name)) {
        throw new CliUsageError(`data ${action} does not take --${name}`, 'data');
      }
    }
  }

  if (action === 'verify') {
    const dataDir = dataDirectoryOf(context);
    const report = await checkMirror(context, dataDir);
    if (line.options.json) {
      io.stdout(
        `${JSON.stringify(
          {
            dataDir: report.dataDir,
            ok: report.ok,
            files: report.files.map((file) => ({ path: file.path, status: file.status })),
            problems: report.problems,
          },
          null,
          2,
        )}\n`,
      );
    }
    if (!report.ok) throw new MirrorIntegrityError(report.files, { location: dataDir });
    return;
  }

  if (action === 'build') {
    const dataDir = dataDirectoryOf(context);
    const snapshotDirectory = line.options.out
      ? resolve(io.cwd, line.options.out)
      : installedSnapshotDirectory();
    // Verify first, with its own progress, so a bad mirror fails before anything is built or written.
    const report = await checkMirror(context, dataDir);
    if (!report.ok) throw new MirrorIntegrityError(report.files, { location: dataDir });
    const progress = createProgress(io, 'building');
    const { built, files } = await buildSnapshot({
      dataDir,
      snapshotDirectory,
      verify: false,
      onProgress: (event) => progress.update(event.done, event.total, event.step),
    });
    progress.finish(
      `snapshot of ${built.dataset.occupations.length} occupations and ${Object.keys(built.dataset.sources).length} sources written to ${snapshotDirectory}`,
    );
    for (const line of summariseFiles(snapshotDirectory, files)) io.stderr(`  ${line}\n`);
    return;
  }

  const { from, to } = line.options;
  if (!from || !to) throw new CliUsageError('data pull needs --from DIR|URL and --to DIR', 'data');
  const source = /^https?:\/\//.test(from) ? from : resolve(io.cwd, from);
  const progress = createProgress(io, 'pulling');
  const result = await pullData({
    from: source,
    to: resolve(io.cwd, to),
    onProgress: (event) => progress.update(event.done, event.total, `${event.action} ${event.path}`),
    onRetry: (retry) => io.stderr(`${io.stderrIsTty ? '\n' : ''}  retrying ${retry.path}: ${retry.reason}\n`),
  });
  progress.finish(
    `${result.files.length} files in ${result.to} verified (${(result.transferredBytes / 1048576).toFixed(1)} MB transferred)`,
  );
  if (line.options.json) {
    io.stdout(
      `${JSON.stringify(
        {
          from: result.from,
          to: result.to,
          files: result.files.map((file) => ({ path: file.path, action: file.action, bytes: file.bytes })),
          transferredBytes: result.transferredBytes,
        },
        null,
        2,
      )}\n`,
    );
  }
}
