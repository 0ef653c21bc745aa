// How much @airesilience/core adds to a browser bundle: its built entry point bundled for the browser
// with esbuild (tsup's bundler), minified, zod left external (a peer dependency the app already has),
// then gzipped. Bundling for the browser also proves core imports nothing from node:.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './published-packages.js';

// A budget, not a benchmark: generous enough for growth, small enough to catch a dependency bundled by
// mistake (zod alone is about 60 kB gzipped).
const GZIP_BUDGET_BYTES = 25_000;

describe('@airesilience/core bundle size', () => {
  it(`is under ${GZIP_BUDGET_BYTES / 1000} kB minified and gzipped, without zod`, async () => {
    const entry = join(repoRoot, 'packages', 'core', 'dist', 'index.js');
    expect(existsSync(entry), 'core is built (npm run build)').toBe(true);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      external: ['zod'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    const output = result.outputFiles[0]!.contents;
    expect(new TextDecoder().decode(output)).toMatch(/from\s*"zod"/);
    const gzipped = gzipSync(output, { level: 9 }).length;
    console.log(
      `@airesilience/core: ${(output.length / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB minified+gzipped (zod external)`,
    );
    expect(gzipped).toBeGreaterThan(1_000);
    expect(gzipped).toBeLessThan(GZIP_BUDGET_BYTES);
  });
});
