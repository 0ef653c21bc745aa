import type { CommandContext } from './context.js';
import type { OptionName } from './parse-command-line.js';

/** A command's entry point. */
export type CommandHandler = (context: CommandContext) => Promise<void>;

/** What the command line needs to know about a command before running it. */
export interface CommandSpec {
  /** The options the command accepts, besides the global `--help`, `--version` and `--verbose`. */
  options: readonly OptionName[];
  /** Loads the command's module (lazily, so `--help` and the light commands start fast). */
  load: () => Promise<CommandHandler>;
}

/** The options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionName[] = ['help', 'version', 'verbose'];

/** Every command, with the options it accepts. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  report: {
    options: ['format', 'json', 'out', 'methodology', 'draws', 'seed'],
    load: async () => (await import('./scoring-commands.js')).reportCommand,
  },
  score: {
    options: ['json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).scoreCommand,
  },
  rank: {
    options: ['by', 'top', 'format', 'json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).rankCommand,
  },
  compare: {
    options: ['json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).compareCommand,
  },
  explain: {
    options: ['json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).explainCommand,
  },
  methodology: {
    options: ['json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).methodologyCommand,
  },
  sources: {
    options: ['json', 'out'],
    load: async () => (await import('./scoring-commands.js')).sourcesCommand,
  },
  data: {
    options: ['data-dir', 'out', 'from', 'to', 'json'],
    load: async () => (await import('./commands/data-command.js')).dataCommand,
  },
  export: {
    options: ['format', 'json', 'out', 'methodology'],
    load: async () => (await import('./scoring-commands.js')).exportCommand,
  },
};
