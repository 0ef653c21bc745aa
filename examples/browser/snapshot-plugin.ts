import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The folder, beside the page, that the page fetches the snapshot from. */
export const SNAPSHOT_URL_PATH = 'snapshot';

/**
 * The snapshot directory of the installed `@airesilience/data` package (written by `npm run build`).
 *
 * @returns the absolute path.
 */
export function snapshotDirectory(): string {
  const manifest = createRequire(import.meta.url).resolve('@airesilience/data/package.json');
  return join(dirname(manifest), 'snapshot');
}

/**
 * Lists the files of the snapshot directory (`dataset.json` and the tasks files), relative to it, with `/`.
 *
 * @param directory - the snapshot directory.
 * @returns the relative paths, sorted.
 * @throws {@link Error} when the directory or its `dataset.json` is missing (the packages are not built).
 */
export function snapshotFiles(directory: string = snapshotDirectory()): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
    );
  let files: string[];
  try {
    files = walk(directory).map((path) => relative(directory, path).split(sep).join('/'));
  } catch (cause) {
    throw new Error(`the snapshot ${directory} is missing: run \`npm run build\` at the repository root`, {
      cause,
    });
  }
  if (!files.includes('dataset.json')) {
    throw new Error(
      `the snapshot ${directory} has no dataset.json: run \`npm run build\` at the repository root`,
    );
  }
  return files.sort();
}

/**
 * A Vite plugin that serves the data snapshot of `@airesilience/data` under `snapshot/` in development and
 * copies it into the build output, so the snapshot is never committed with the example.
 *
 * @returns the plugin.
 * @example
 * ```ts
 * export default defineConfig({ plugins: [snapshotPlugin()] });
 * ```
 */
export function snapshotPlugin(): Plugin {
  return {
    name: 'airesilience-snapshot',
    configureServer(server) {
      const directory = snapshotDirectory();
      server.middlewares.use(`/${SNAPSHOT_URL_PATH}/`, (request, response, next) => {
        const path = resolve(directory, `.${decodeURIComponent((request.url ?? '').split('?')[0]!)}`);
        if (!path.startsWith(directory + sep) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
          return next();
        }
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(path));
      });
    },
    generateBundle() {
      const directory = snapshotDirectory();
      for (const file of snapshotFiles(directory)) {
        this.emitFile({
          type: 'asset',
          fileName: `${SNAPSHOT_URL_PATH}/${file}`,
          source: readFileSync(join(directory, file)),
        });
      }
    },
  };
}
