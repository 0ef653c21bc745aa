import { defineConfig } from 'tsup';
export default defineConfig({
  entry: ['.perf-orig/src/bin.ts'],
  outDir: '.perf-orig/dist',
  format: ['esm'],
  clean: true,
  target: 'es2022',
  platform: 'node',
});
