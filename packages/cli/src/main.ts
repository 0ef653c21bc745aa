import type { CliIo } from './cli-io.js';
import { CliUsageError } from './cli-usage-error.js';
import { closestName } from './closest-name.js';
import { COMMANDS, GLOBAL_OPTIONS } from './command-table.js';
import { EXIT, exitCodeFor } from './exit-code.js';
import { HELP } from './help.js';
import { type OptionName, parseCommandLine } from './parse-command-line.js';

/**
 * The message for an error: one line saying what went wrong, a pointer to the command's help for a usage
 * error, and with `verbose` the chain of causes and the stack. Never a stack trace otherwise.
 *
 * @param error - the error.
 * @param verbose - whether to add the causes and the stack.
 * @param command - the command that was running, for the help pointer of a usage error.
 * @returns the text to print on standard error.
 * @example
 * ```ts
 * formatError(new CliUsageError('score needs at least one occupation code', 'score'), false);
 * // 'airesilience: score needs at least one occupation code\nRun `airesilience score --help` for usage.\n'
 * ```
 */
export function formatError(error: unknown, verbose: boolean, command?: string): string {
  // Messages can quote file content (a methodology file, a source cell): never let it drive the terminal.
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,
    '',
  );
  let text = `airesilience: ${message.split('\n')[0]}\n`;
  const helpFor = error instanceof CliUsageError ? (error.command ?? command) : undefined;
  if (helpFor !== undefined && HELP[helpFor] !== undefined)
    text += `Run \`airesilience ${helpFor} --help\` for usage.\n`;
  if (exitCodeFor(error) === EXIT.internal && !verbose) {
    text += 'This looks like a bug: run again with --verbose and report the output.\n';
  }
  if (verbose) {
    let cause = (error as { cause?: unknown } | null)?.cause;
    for (let depth = 0; cause !== undefined && cause !== null && depth < 10; depth++) {
      text += `  caused by: ${cause instanceof Error ? cause.message : String(cause)}\n`;
      cause = (cause as { cause?: unknown }).cause;
    }
    if (error instanceof Error && error.stack) text += `${error.stack}\n`;
  }
  return text;
}

function checkOptions(
  command: string,
  options: Record<string, unknown>,
  allowed: readonly OptionName[],
): void {
  for (const name of Object.keys(options)) {
    if (options[name] === undefined || GLOBAL_OPTIONS.includes(name as OptionName)) continue;
    if (!allowed.includes(name as OptionName)) {
      throw new CliUsageError(`${command} does not take --${name}`, command);
    }
  }
}

/**
 * Runs the `airesilience` command line: parses the arguments, runs the command and turns any error into
 * one line on standard error and an exit status.
 *
 * @param argv - the arguments after the program name.
 * @param io - where to read and write.
 * @param version - the version to print for `--version`.
 * @returns the exit status: 0 success, 2 bad input or arguments, 3 data or I/O failure, 1 a bug (see
 *   {@link exitCodeFor}).
 * @example
 * ```ts
 * const status = await main(['score', '29-2072'], io);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let verbose = argv.includes('--verbose');
  let command: string | undefined;
  try {
    const line = parseCommandLine(argv);
    verbose = line.options.verbose === true;
    command = line.command;
    if (line.options.version) {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    if (line.command === undefined || line.command === 'help') {
      const topic = line.command === 'help' ? line.positionals[0] : undefined;
      if (topic !== undefined && HELP[topic] === undefined) {
        const suggestion = closestName(topic, Object.keys(COMMANDS));
        throw new CliUsageError(
          `no help on "${topic}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see airesilience --help)`,
        );
      }
      io.stdout(`${HELP[topic ?? 'main']}\n`);
      return EXIT.ok;
    }
    const spec = COMMANDS[line.command];
    if (!spec) {
      const suggestion = closestName(line.command, Object.keys(COMMANDS));
      throw new CliUsageError(
        `unknown command "${line.command}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see airesilience --help)`,
      );
    }
    if (line.options.help) {
      io.stdout(`${HELP[line.command]}\n`);
      return EXIT.ok;
    }
    checkOptions(line.command, line.options, spec.options);
    const [run, { createContext }] = await Promise.all([spec.load(), import('./scoring-commands.js')]);
    await run(createContext(io, line));
    return EXIT.ok;
  } catch (error) {
    io.stderr(formatError(error, verbose, command));
    return exitCodeFor(error);
  }
}
