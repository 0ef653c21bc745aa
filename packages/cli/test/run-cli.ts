import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The built binary the tests run (`packages/cli/dist/bin.js`). */
export const binPath: string = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** The repository root, the working directory of the runs (so `../shared/data` is the mirror). */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Fails, with what to do, when the CLI has not been built: these tests run the built binary and must not
 * pass or skip silently without it.
 *
 * @throws Error telling to build first.
 */
export function assertBuilt(): void {
  if (!existsSync(binPath)) {
    throw new Error(
      `${binPath} is missing: the CLI tests run the built binary. Build first with \`npm run build\` ` +
        '(or run the tests with `npm test`, which builds).',
    );
  }
}

/** The outcome of one run of the binary. */
export interface CliRun {
  /** The exit status. */
  code: number | null;
  /** Everything written to standard output. */
  stdout: string;
  /** Everything written to standard error. */
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** The working directory (default: the repository root). */
  cwd?: string;
  /** Variables to set (or, with `undefined`, to remove) on top of the test's environment. */
  env?: Record<string, string | undefined>;
}

/**
 * Runs `node packages/cli/dist/bin.js ...args` and collects its output.
 *
 * @param args - the arguments.
 * @param options - the working directory and environment changes.
 * @returns the exit status, standard output and standard error.
 */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
  };
  delete env.AIRESILIENCE_DATA_DIR;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return collect(
    spawn(process.execPath, [binPath, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Waits for a child process and gives its exit code and its output as text. */
function collect(child: ChildProcessByStdio<null, Readable, Readable>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/**
 * A fresh temporary directory for one test file.
 *
 * @param prefix - a name for the directory.
 * @returns its absolute path.
 */
export function temporaryDirectory(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `airesilience-cli-${prefix}-`));
}

/**
 * Asserts the shape every failure must have: no stack trace, and a first line `airesilience: …`.
 *
 * @param run - the run.
 * @returns the first line of standard error, for further checks.
 * @throws Error when standard error has a stack trace or does not start with `airesilience: `.
 */
export function errorLine(run: CliRun): string {
  if (/\n\s+at /.test(run.stderr)) throw new Error(`a stack trace was printed:\n${run.stderr}`);
  const first = run.stderr.split('\n')[0] ?? '';
  if (!first.startsWith('airesilience: '))
    throw new Error(`standard error does not start with "airesilience: ":\n${run.stderr}`);
  return first;
}

/** What the built libraries compute, to compare the binary's output with. */
export interface LibraryValues {
  /** Every occupation of the embedded snapshot. */
  occupations: { code: string; title: string; lineItem: boolean }[];
  /** The source ids of the dataset, in its order. */
  sourceIds: string[];
  /** The default methodology. */
  methodology: {
    id: string;
    label: string;
    dimensions: { id: string; label: string; weight: number; sources: { id: string; label: string }[] }[];
  };
  /** `formatCsv` of every result of `scoreAll` under the default methodology. */
  csv: string;
  /** `scoreAll` under the default methodology, in dataset order. */
  results: {
    code: string;
    score: number;
    scorePercent: number;
    tier: string;
    confidence: string;
    dimensions: Record<string, number | null>;
  }[];
}

const LIBRARY_SCRIPT = `
const core = await import('@airesilience/core');
const data = await import('@airesilience/data');
const report = await import('@airesilience/report');
const dataset = await data.loadDataset();
const all = core.scoreAll(dataset);
process.stdout.write(JSON.stringify({
  occupations: dataset.occupations.map((o) => ({ code: o.code, title: o.title, lineItem: o.lineItem === true })),
  sourceIds: Object.keys(dataset.sources),
  methodology: core.DEFAULT_METHODOLOGY,
  csv: report.formatCsv(all.results.map((result) => ({ result }))),
  results: all.results.map((r) => ({
    code: r.code, score: r.score, scorePercent: r.scorePercent, tier: r.tier.name, confidence: r.confidence.level,
    dimensions: Object.fromEntries(r.dimensions.map((d) => [d.id, d.score])),
  })),
}));
`;

/**
 * Computes the expected values with the same built packages the binary uses (a separate Node process:
 * the tests' own imports resolve to the sources, which may be ahead of the build).
 *
 * @returns the occupations, sources, default methodology and every score.
 * @throws Error when the script fails.
 */
export async function libraryValues(): Promise<LibraryValues> {
  const run = await collect(
    spawn(process.execPath, ['--input-type=module', '-e', LIBRARY_SCRIPT], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  if (run.code !== 0) throw new Error(`computing the expected values failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as LibraryValues;
}

/**
 * Like {@link errorLine} for commands that print progress first: the error is the last line.
 *
 * @param run - the run.
 * @returns the last line of standard error.
 * @throws Error when standard error has a stack trace or its last line does not start with `airesilience: `.
 */
export function finalErrorLine(run: CliRun): string {
  if (/\n\s+at /.test(run.stderr)) throw new Error(`a stack trace was printed:\n${run.stderr}`);
  const last = run.stderr.trimEnd().split('\n').at(-1) ?? '';
  if (!last.startsWith('airesilience: '))
    throw new Error(`the last line is not an error line:\n${run.stderr}`);
  return last;
}

/**
 * Asserts that a run succeeded (exit 0) and returns its standard output; otherwise fails showing standard
 * error, so a failure says why.
 *
 * @param run - the run.
 * @returns standard output.
 * @throws Error with the exit status and standard error when the run failed.
 */
export function succeeded(run: CliRun): string {
  if (run.code !== 0) throw new Error(`exit status ${run.code}, standard error:\n${run.stderr}`);
  return run.stdout;
}
