import type { CliIo } from './cli-io.js';

/** A progress reporter for long steps. */
export interface Progress {
  /** Reports that `done` of `total` units are finished, with a label for the current item. */
  update: (done: number, total: number, label: string) => void;
  /** Ends the progress display with a closing message. */
  finish: (message: string) => void;
}

/**
 * A progress reporter writing to standard error: a redrawn bar on a terminal, and plain lines (one per
 * item, at most one per 10 %) otherwise, so logs stay readable.
 *
 * @param io - the CLI's I/O.
 * @param title - what is being done, e.g. `verifying mirror`.
 * @returns the reporter.
 */
export function createProgress(io: CliIo, title: string): Progress {
  let lastPlain = -1;
  return {
    update(done, total, label) {
      const share = total > 0 ? done / total : 1;
      if (io.stderrIsTty) {
        const width = 24;
        const filled = Math.round(share * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        io.stderr(
          `\r${title} ${bar} ${String(Math.round(share * 100)).padStart(3)}% ${label.slice(0, 40).padEnd(40)}`,
        );
      } else {
        const decile = Math.floor(share * 10);
        if (decile !== lastPlain) {
          lastPlain = decile;
          io.stderr(`${title}: ${done}/${total} ${label}\n`);
        }
      }
    },
    finish(message) {
      io.stderr(io.stderrIsTty ? `\r${' '.repeat(100)}\r${message}\n` : `${message}\n`);
    },
  };
}
