/** What the CLI reads from and writes to: injected so tests can run commands in-process. */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** `true` when standard output is a terminal (colour, progress bars). */
  stdoutIsTty: boolean;
  /** `true` when standard error is a terminal (progress bars). */
  stderrIsTty: boolean;
  /** The environment (for `NO_COLOR`, `AIRESILIENCE_DATA_DIR`). */
  env: Record<string, string | undefined>;
  /** The working directory, for relative paths. */
  cwd: string;
}
