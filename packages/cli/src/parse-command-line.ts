import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage-error.js';
import { closestName } from './closest-name.js';

const OPTIONS = {
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
} as const;

/** The name of an option the command line understands (without the leading `--`). */
export type OptionName = keyof typeof OPTIONS;

/** The options every command understands. */
export interface CommandLine {
  /** The command name (`report`, `score`, …), or undefined for none. */
  command: string | undefined;
  /** The positional arguments after the command. */
  positionals: string[];
  /** The parsed options. */
  options: {
    /** `--format`, `-f`: the output format. */
    format?: string;
    /** `--out`, `-o`: the output file (the snapshot directory for `data build`). */
    out?: string;
    /** `--methodology`, `-m`: a methodology JSON file. */
    methodology?: string;
    /** `--by`: the ranking key of `rank`. */
    by?: string;
    /** `--top`: how many occupations `rank` shows. */
    top?: string;
    /** `--json`: machine-readable output. */
    json?: boolean;
    /** `--verbose`: show the causes of an error. */
    verbose?: boolean;
    /** `--help`, `-h`. */
    help?: boolean;
    /** `--version`, `-v`. */
    version?: boolean;
    /** `--data-dir`: the mirror of the source files. */
    'data-dir'?: string;
    /** `--from`: where `data pull` copies from. */
    from?: string;
    /** `--to`: where `data pull` copies to. */
    to?: string;
    /** `--draws`: Monte Carlo draws of `report`. */
    draws?: string;
    /** `--seed`: the seed of the Monte Carlo draws. */
    seed?: string;
  };
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const name = option.replace(/^-+/, '').split('=')[0]!;
    const suggestion = option.startsWith('--') ? closestName(name, Object.keys(OPTIONS)) : undefined;
    return `unknown option ${option}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /(--[a-z-]+)/.exec(message)?.[1] ?? 'an option';
    return message.includes('argument missing')
      ? `option ${option} needs a value`
      : `option ${option} takes no value`;
  }
  return message;
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
      options: OPTIONS,
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, options: values };
  } catch (error) {
    const command = argv.find((argument) => !argument.startsWith('-'));
    throw new CliUsageError(describeParseError(error), command);
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
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
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

/**
 * The output format from `--format` and its shorthand `--json`.
 *
 * @param line - the parsed command line.
 * @param allowed - the formats the command writes; the first is the default, and `json` must be one.
 * @returns the format.
 * @throws {@link CliUsageError} when the format is not allowed, or `--json` contradicts `--format`.
 */
export function outputFormat<const T extends string>(line: CommandLine, allowed: readonly T[]): T {
  const { format, json } = line.options;
  if (json && format !== undefined && format !== 'json') {
    throw new CliUsageError(`--json contradicts --format ${format}: give one of them`);
  }
  return oneOf(json ? 'json' : format, 'format', allowed);
}
