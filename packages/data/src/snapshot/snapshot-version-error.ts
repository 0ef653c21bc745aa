import { AiResilienceError } from '@airesilience/core';

/**
 * Thrown when a snapshot was written by another version of this package (or is not a snapshot at all).
 *
 * @example
 * ```ts
 * new SnapshotVersionError('dataset.json', 0).message;
 * // 'dataset.json is a snapshot of version 0, but this @airesilience/data reads version 4: rebuild it with `airesilience data build`'
 * ```
 */
export class SnapshotVersionError extends AiResilienceError {
  /** The version found, or null when the file is not a snapshot. */
  readonly found: number | null;

  /**
   * @param file - the snapshot file.
   * @param found - the version it carries, or null.
   */
  constructor(file: string, found: number | null) {
    super(
      'SNAPSHOT_VERSION',
      found === null
        ? `${file} is not an airesilience snapshot (no format marker): rebuild it with \`airesilience data build\``
        : `${file} is a snapshot of version ${found}, but this @airesilience/data reads version ${SNAPSHOT_VERSION}: rebuild it with \`airesilience data build\``,
    );
    this.name = 'SnapshotVersionError';
    this.found = found;
  }
}

/**
 * The version of the snapshot format this package writes and reads. Version 2 stores the tasks as one compact
 * file per SOC major group (`tasks/29.json`) instead of one `tasks.json`; version 3 stores each source's
 * values in a file of its own (`sources/aioe.json`), so a methodology loads only its sources; version 4
 * stores a source's links by index (`linkTable`), a fifth of the parsing of one array per occupation.
 */
export const SNAPSHOT_VERSION = 4;
