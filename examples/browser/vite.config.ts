import { defineConfig } from 'vite';
import { snapshotPlugin } from './snapshot-plugin.js';

// `@airesilience/data` also exports Node loaders (loadDataset, the mirror tools) from the same entry; the page
// uses only its pure snapshot functions, so the `node:*` imports are tree-shaken away. Vite still warns that it
// stubbed them for the browser: those warnings, and only those, are dropped (the test checks the bundle has no stub).
const isNodeBuiltinStubWarning = (message: string) =>
  /has been externalized for browser compatibility, imported by ".*(packages|@airesilience)\/(data|sources)\/dist\//.test(
    message,
  );

export default defineConfig({
  base: './',
  plugins: [snapshotPlugin()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      onLog(level, log, handler) {
        if (level === 'warn' && isNodeBuiltinStubWarning(log.message)) return;
        handler(level, log);
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
