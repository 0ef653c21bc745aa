import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { BUNDLED_PACKAGES, deepWorkspaceImports } from './build/deep-workspace-imports.js';

const packagesDirectory = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  // Bundled: a few chunks load faster than the ~150 modules of zod and the workspace packages resolved
  // one by one (docs/cli.md, "Start-up time"). The snapshot is still read from the installed @airesilience/data.
  noExternal: [/^@airesilience\//, 'zod', 'fflate'],
  minify: true,
  esbuildOptions(options) {
    options.alias = Object.fromEntries(
      BUNDLED_PACKAGES.map((name) => [`@airesilience/${name}`, `${packagesDirectory}${name}/src/index.ts`]),
    );
  },
  esbuildPlugins: [
    deepWorkspaceImports(packagesDirectory),
    {
      // zod's namespace re-exports every locale (~60 of them); the CLI's messages are English and nothing
      // calls z.config(z.locales.…), so the bundle keeps only English.
      name: 'zod-english-only',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          args.importer.includes('/zod/')
            ? { path: 'zod-locales', namespace: 'zod-english-only' }
            : undefined,
        );
        build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
          contents: "export { default as en } from 'zod/v4/locales/en.js';",
          resolveDir: process.cwd(),
          loader: 'js',
        }));
      },
    },
  ],
});
