import { defineConfig } from 'tsup';
export default defineConfig({
  entry: ['src/bin.ts'],
  outDir: '.perf-unbundled/dist',
  format: ['esm'],
  clean: true,
  target: 'es2022',
  platform: 'node',
});
