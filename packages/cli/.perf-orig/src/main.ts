import { AiResilienceError } from '@airesilience/core';
import type { CliIo } from './cli-io.js';
import { CliUsageError } from './cli-usage-error.js';
import { compareCommand } from './commands/compare-command.js';
import { dataCommand } from './commands/data-command.js';
import { explainCommand } from './commands/explain-command.js';
import { exportCommand } from './commands/export-command.js';
import { methodologyCommand } from './commands/methodology-command.js';
import { rankCommand } from './commands/rank-command.js';
import { reportCommand } from './commands/report-command.js';
import { scoreCommand } from './commands/score-command.js';
import { sourcesCommand } from './commands/sources-command.js';
import { type CommandContext, createContext } from './context.js';
import { exitCodeFor } from './exit-code.js';
import { HELP } from './help.js';
import { parseCommandLine } from './parse-command-line.js';

const COMMANDS: Record<string, (context: CommandContext) => Promise<void>> = {
  report: reportCommand,
  score: scoreCommand,
  rank: rankCommand,
  compare: compareCommand,
  explain: explainCommand,
  methodology: methodologyCommand,
  sources: sourcesCommand,
  data: dataCommand,
  export: exportCommand,
};

function closest(name: string): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  return Object.keys(COMMANDS)
    .map((command) => ({ command, distance: distance(name, command) }))
    .filter((entry) => entry.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0]?.command;
}

/**
 * The one-line message for an error, and with `verbose` its causes (never a stack trace otherwise).
 *
 * @param error - the error.
 * @param verbose - whether to add the causes and the stack.
 * @returns the text to print on standard error.
 */
export function formatError(error: unknown, verbose: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  let text = `airesilience: ${message}\n`;
  if (error instanceof CliUsageError && error.command)
    text += `Run \`airesilience ${error.command} --help\` for usage.\n`;
  if (!AiResilienceError.isInstance(error) && !verbose)
    text += 'This looks like a bug; run again with --verbose and report it.\n';
  if (verbose) {
    let cause = (error as { cause?: unknown } | null)?.cause;
    while (cause !== undefined && cause !== null) {
      text += `  caused by: ${cause instanceof Error ? cause.message : String(cause)}\n`;
      cause = (cause as { cause?: unknown }).cause;
    }
    if (error instanceof Error && error.stack) text += `${error.stack}\n`;
  }
  return text;
}

/**
 * Runs the `airesilience` command line.
 *
 * @param argv - the arguments after the program name.
 * @param io - where to read and write.
 * @param version - the version to print for `--version`.
 * @returns the exit status (see {@link exitCodeFor}).
 * @example
 * ```ts
 * const status = await main(['score', '29-2072'], io);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let verbose = argv.includes('--verbose');
  try {
    const line = parseCommandLine(argv);
    verbose = line.options.verbose === true;
    if (line.options.version) {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (line.command === undefined || line.command === 'help') {
      const topic = line.command === 'help' ? line.positionals[0] : undefined;
      io.stdout(`${HELP[topic ?? 'main'] ?? HELP.main}\n`);
      return 0;
    }
    const command = COMMANDS[line.command];
    if (!command) {
      const suggestion = closest(line.command);
      throw new CliUsageError(
        `unknown command "${line.command}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see airesilience --help)`,
      );
    }
    if (line.options.help) {
      io.stdout(`${HELP[line.command]}\n`);
      return 0;
    }
    await command(createContext(io, line));
    return 0;
  } catch (error) {
    io.stderr(formatError(error, verbose));
    return exitCodeFor(error);
  }
}
