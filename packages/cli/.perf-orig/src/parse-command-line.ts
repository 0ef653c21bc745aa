import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage-error.js';

/** The options every command understands. */
export interface CommandLine {
  /** The command name (`report`, `score`, …), or undefined for none. */
  command: string | undefined;
  /** The positional arguments after the command. */
  positionals: string[];
  /** The parsed options. */
  options: {
    format?: string;
    out?: string;
    methodology?: string;
    by?: string;
    top?: string;
    json?: boolean;
    verbose?: boolean;
    help?: boolean;
    version?: boolean;
    'data-dir'?: string;
    from?: string;
    to?: string;
    draws?: string;
    seed?: string;
  };
}

/**
 * Parses the command line (without `node` and the script).
 *
 * @param argv - the arguments, e.g. `['report', '29-2072', '--format', 'md']`.
 * @returns the command, positionals and options.
 * @throws {@link CliUsageError} for an unknown option or an option missing its value.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        methodology: { type: 'string', short: 'm' },
        by: { type: 'string' },
        top: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'data-dir': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, options: values };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new CliUsageError(message.replace(/^Unknown option/, 'unknown option'), argv[0]);
  }
}

/**
 * Reads a positive integer option.
 *
 * @param value - the option's text, or undefined.
 * @param name - the option name, for the error.
 * @param fallback - the value when the option is absent.
 * @returns the integer.
 * @throws {@link CliUsageError} when the text is not a positive integer.
 */
export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new CliUsageError(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/**
 * Checks an option against its allowed values.
 *
 * @param value - the option's text, or undefined.
 * @param name - the option name.
 * @param allowed - the allowed values; the first is the default.
 * @returns the value or the default.
 * @throws {@link CliUsageError} when the value is not allowed.
 */
export function oneOf<const T extends string>(
  value: string | undefined,
  name: string,
  allowed: readonly T[],
): T {
  if (value === undefined) return allowed[0]!;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}
