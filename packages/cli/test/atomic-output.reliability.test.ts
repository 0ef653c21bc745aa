import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, binPath, repoRoot, runCli, succeeded, temporaryDirectory } from './run-cli.js';

// Atomic output: the built binary, killed with SIGKILL at any moment while it writes FILE with --out,
// leaves FILE as it was (the old content, or no file) or complete, never truncated. Each command is killed
// after a spread of delays and, to be sure some kills land mid-write, the instant its temporary file
// appears. Also: the same command run twice writes byte-identical files.

assertBuilt();

interface Command {
  name: string;
  args: (out: string) => string[];
  /** Checks a complete output beyond byte equality with the reference (that it parses, that it ends). */
  valid: (text: string) => void;
}

const COMMANDS: Command[] = [
  {
    name: 'export --format json',
    args: (out) => ['export', '--format', 'json', '--out', out],
    valid: (text) => expect(() => JSON.parse(text)).not.toThrow(),
  },
  {
    name: 'export --format csv',
    args: (out) => ['export', '--format', 'csv', '--out', out],
    valid: (text) => expect(text.endsWith('\r\n')).toBe(true),
  },
  {
    name: 'report --format html',
    args: (out) => ['report', '29-2072', '--format', 'html', '--out', out],
    valid: (text) => expect(text.trimEnd().endsWith('</html>')).toBe(true),
  },
];

/** Kill delays, as fractions of the time an uninterrupted run takes (measured first). */
const DELAY_FRACTIONS = [0, 0.25, 0.5, 0.7, 0.85, 0.95, 1.05, 1.5];
const TEMPORARY_FILE_KILLS = 4;
const OLD = 'old content: the previous, complete output\n';

type Outcome = 'old' | 'absent' | 'complete';

let directory: string;
const references = new Map<string, Buffer>();
const durations = new Map<string, number>();

beforeAll(async () => {
  directory = await temporaryDirectory('atomic');
  for (const command of COMMANDS) {
    const out = join(directory, `reference-${references.size}`);
    const started = performance.now();
    succeeded(await runCli(command.args(out)));
    durations.set(command.name, performance.now() - started);
    references.set(command.name, await readFile(out));
  }
}, 120_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/**
 * Runs the binary and kills it with SIGKILL after `delay` ms, or the moment a temporary file for `out`
 * (or `out` itself) appears (`'temporary-file'`). Resolves when the process has exited.
 */
function runAndKill(
  args: string[],
  out: string,
  delay: number | 'temporary-file',
): Promise<'killed' | 'exited'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, stdio: 'ignore' });
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (delay === 'temporary-file') {
      const prefix = `.${basename(out)}.`;
      // The temporary file, or the target itself: a writer that is not atomic is caught at its open().
      watcher = watch(dirname(out), (_, name) => {
        if (typeof name === 'string' && (name.startsWith(prefix) || name === basename(out))) kill();
      });
    } else timer = setTimeout(kill, delay);
    child.on('error', reject);
    child.on('exit', (_, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'exited');
    });
  });
}

async function outcomeOf(out: string, hadOld: boolean, command: Command): Promise<Outcome> {
  let content: Buffer;
  try {
    content = await readFile(out);
  } catch {
    expect(hadOld, 'the old file disappeared').toBe(false);
    return 'absent';
  }
  if (hadOld && content.toString('utf8') === OLD) return 'old';
  const reference = references.get(command.name)!;
  expect(content.length, `truncated: ${content.length} of ${reference.length} bytes`).toBe(reference.length);
  expect(content.equals(reference), 'the file is neither the old one nor the complete output').toBe(true);
  command.valid(content.toString('utf8'));
  return 'complete';
}

const tally: Record<string, Record<Outcome | 'killed' | 'leftoverTemporaryFiles', number>> = {};

describe.each(COMMANDS.map((command) => [command.name, command] as const))(
  'airesilience %s --out FILE, killed with SIGKILL',
  (name, command) => {
    const counts = { old: 0, absent: 0, complete: 0, killed: 0, leftoverTemporaryFiles: 0 };
    tally[name] = counts;
    const cases = [
      ...DELAY_FRACTIONS.flatMap((delay) => [
        { delay, hadOld: true },
        { delay, hadOld: false },
      ]),
      ...Array.from({ length: TEMPORARY_FILE_KILLS }, () => ({
        delay: 'temporary-file' as const,
        hadOld: true,
      })),
    ];

    it.each(
      cases.map(
        (entry, index) => [index, entry.delay, entry.hadOld ? 'an old file' : 'no file', entry] as const,
      ),
    )(
      '#%i at %s of a run, over %s: the file is old, absent or complete',
      async (index, _, __, entry) => {
        const out = join(directory, `${name.replace(/\W+/g, '-')}-${index}.out`);
        if (entry.hadOld) await writeFile(out, OLD);
        const delay =
          entry.delay === 'temporary-file' ? entry.delay : Math.round(entry.delay * durations.get(name)!);
        const exit = await runAndKill(command.args(out), out, delay);
        if (exit === 'killed') counts.killed++;
        counts[await outcomeOf(out, entry.hadOld, command)]++;
        const leftovers = (await readdir(directory)).filter((file) => file.startsWith(`.${basename(out)}.`));
        // A SIGKILL cannot clean up: a hidden temporary file may stay, never the target truncated.
        for (const file of leftovers) expect(file).toMatch(/^\..+\.[0-9a-f]{12}\.tmp$/);
        counts.leftoverTemporaryFiles += leftovers.length;
      },
      30_000,
    );

    it('was killed at least once before it finished (so the test is not vacuous)', () => {
      expect(counts.killed).toBeGreaterThan(0);
      expect(counts.old + counts.absent).toBeGreaterThan(0);
      // Printed for docs/reliability.md.
      console.log(`[atomic] ${name}: ${JSON.stringify(counts)}`);
    });
  },
);

describe('the same command twice gives byte-identical files', () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    '%s',
    async (_, command) => {
      const first = join(directory, 'twice-1');
      const second = join(directory, 'twice-2');
      succeeded(await runCli(command.args(first)));
      succeeded(await runCli(command.args(second)));
      const [a, b] = await Promise.all([readFile(first), readFile(second)]);
      expect(a.length).toBeGreaterThan(10_000);
      expect(a.equals(b)).toBe(true);
      expect(a.equals(references.get(command.name)!)).toBe(true);
    },
    60_000,
  );
});
