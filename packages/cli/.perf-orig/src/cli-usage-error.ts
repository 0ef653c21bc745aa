import { AiResilienceError } from '@airesilience/core';

/**
 * Thrown for a bad command line: an unknown command or option, a missing argument, an invalid value.
 * The CLI exits with status 2 for it.
 *
 * @example
 * ```ts
 * new CliUsageError('unknown command "scroe"; did you mean "score"?').code; // 'INVALID_ARGUMENT'
 * ```
 */
export class CliUsageError extends AiResilienceError {
  /** The command whose usage was broken, for the help hint. */
  readonly command: string | undefined;

  /**
   * @param message - which rule the command line broke.
   * @param command - the command, so the error can point at its `--help`.
   */
  constructor(message: string, command?: string) {
    super('INVALID_ARGUMENT', message);
    this.name = 'CliUsageError';
    this.command = command;
  }
}
