import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AiResilienceError } from '@airesilience/core';

/**
 * The snapshot directory of the installed `@airesilience/data` package. The binary is bundled (it starts
 * faster), so the data package cannot find its own directory from its code's location: the CLI looks for
 * the package, which it depends on for the snapshot files, in the `node_modules` folders above it (a few
 * `stat` calls, faster than the module resolver), then asks the resolver.
 *
 * @returns the absolute path of `<@airesilience/data>/snapshot`.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when `@airesilience/data` is not installed beside the CLI.
 */
export function installedSnapshotDirectory(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 12; depth++) {
    const candidate = join(directory, 'node_modules', '@airesilience', 'data');
    if (existsSync(join(candidate, 'package.json'))) return join(candidate, 'snapshot');
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  try {
    return join(dirname(fileURLToPath(import.meta.resolve('@airesilience/data/package.json'))), 'snapshot');
  } catch (cause) {
    throw new AiResilienceError(
      'IO',
      'cannot find the installed @airesilience/data package to read its snapshot',
      {
        cause,
      },
    );
  }
}
