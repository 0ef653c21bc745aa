import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** The workspace packages the command bundles from their TypeScript sources. */
export const BUNDLED_PACKAGES = ['core', 'data', 'report', 'sources'] as const;

interface Binding {
  /** The module that defines the export. */
  file: string;
  /** The name it has there. */
  name: string;
}

const BARREL_EXPORT = /export\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)';/g;
const WORKSPACE_IMPORT = /import\s+\{([^}]*)\}\s+from\s+'@airesilience\/([a-z-]+)';/g;

function specifiers(list: string): string[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Reads a package's `src/index.ts`: each exported name → the module that defines it. */
function readBarrel(packagesDirectory: string, name: string): Map<string, Binding> {
  const barrel = join(packagesDirectory, name, 'src', 'index.ts');
  const bindings = new Map<string, Binding>();
  for (const match of readFileSync(barrel, 'utf8').matchAll(BARREL_EXPORT)) {
    const file = resolve(dirname(barrel), match[3]!.replace(/\.js$/, '.ts'));
    for (const specifier of specifiers(match[2]!)) {
      const [local, exported = local] = specifier.replace(/^type\s+/, '').split(/\s+as\s+/) as [
        string,
        string?,
      ];
      bindings.set(exported, { file, name: local });
    }
  }
  return bindings;
}

/**
 * An esbuild plugin that turns `import { a, type B } from '@airesilience/core'` in the bundled sources into
 * imports from the modules that define `a` and `B`.
 *
 * Why: esbuild assigns a module to a chunk by what can reach it, and a package's index reaches every module
 * of the package. Through the indexes, `report` would load the code of `data build` (the source adapters,
 * the xlsx reader) and the methodology validator (zod); through the defining modules it loads only what it
 * runs, which is most of the command's start-up time (docs/performance.md). A name the index does not list
 * as `export { … } from './module.js'` leaves its import statement as written.
 *
 * @param packagesDirectory - the workspace's `packages` directory.
 * @returns the plugin.
 */
export function deepWorkspaceImports(packagesDirectory: string): Plugin {
  const barrels = new Map(BUNDLED_PACKAGES.map((name) => [name, readBarrel(packagesDirectory, name)]));
  return {
    name: 'deep-workspace-imports',
    setup(build) {
      build.onLoad({ filter: /\/packages\/[a-z-]+\/src\/.*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = source.replace(WORKSPACE_IMPORT, (statement, list: string, name: string) => {
          const barrel = barrels.get(name as (typeof BUNDLED_PACKAGES)[number]);
          if (barrel === undefined) return statement;
          const byFile = new Map<string, string[]>();
          for (const specifier of specifiers(list)) {
            const isType = specifier.startsWith('type ');
            const [imported, local = imported] = specifier.replace(/^type\s+/, '').split(/\s+as\s+/) as [
              string,
              string?,
            ];
            const binding = barrel.get(imported);
            if (binding === undefined) return statement;
            const entry = `${isType ? 'type ' : ''}${binding.name === local ? local : `${binding.name} as ${local}`}`;
            byFile.set(binding.file, [...(byFile.get(binding.file) ?? []), entry]);
          }
          return [...byFile]
            .map(([file, entries]) => `import { ${entries.join(', ')} } from ${JSON.stringify(file)};`)
            .join('\n');
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}
