import { defineConfig } from 'tsup';

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
});
