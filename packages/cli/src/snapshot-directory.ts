import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError } from '@airesilience/core';

/**
 * The snapshot directory of the installed `@airesilience/data` package. The binary is bundled (it starts
 * faster), so the data package cannot find its own directory from its code's location: the CLI resolves
 * the package, which it depends on for the snapshot files.
 *
 * @returns the absolute path of `<@airesilience/data>/snapshot`.
 * @throws {@link AiResilienceError} `IO` when `@airesilience/data` is not installed beside the CLI.
 */
export function installedSnapshotDirectory(): string {
  let manifest: string;
  try {
    manifest = fileURLToPath(import.meta.resolve('@airesilience/data/package.json'));
  } catch (cause) {
    throw new AiResilienceError(
      'IO',
      'cannot find the installed @airesilience/data package to read its snapshot',
      {
        cause,
      },
    );
  }
  return join(dirname(manifest), 'snapshot');
}
