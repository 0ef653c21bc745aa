import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests import the workspace packages from source, so a change in core is seen by the sources tests
// without a rebuild. The published build is exercised separately (CLI and packaging tests run dist/).
export default defineConfig({
  resolve: {
    alias: {
      '@airesilience/core': src('core'),
      '@airesilience/sources': src('sources'),
      '@airesilience/data': src('data'),
      '@airesilience/report': src('report'),
      '@airesilience/test-utils': src('test-utils'),
    },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
      'test/packaging/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    typecheck: { enabled: false },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    benchmark: { include: ['packages/*/src/**/*.bench.ts', 'packages/*/bench/**/*.bench.ts'] },
  },
});
