// Type-checks the notebook's code cells with Deno (the kernel's own TypeScript), as one module.
// Usage: node typecheck-notebook.mjs [notebook.ipynb]
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const notebookPath = process.argv[2] ?? join(here, 'reproduce-scores.ipynb');
const notebook = JSON.parse(readFileSync(notebookPath, 'utf8'));
const code = notebook.cells
  .filter((cell) => cell.cell_type === 'code')
  .map((cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source))
  .join('\n\n');
// Beside the notebook, so that its relative imports (./src/…) and the workspace's packages resolve.
const modulePath = join(here, `.notebook-typecheck-${process.pid}.ts`);
writeFileSync(modulePath, `${code}\n`);
try {
  execFileSync(join(here, '../../node_modules/.bin/deno'), ['check', '--quiet', modulePath], {
    cwd: here,
    stdio: 'inherit',
  });
  console.log(`${notebookPath}: code cells type-check`);
} catch {
  process.exitCode = 1;
} finally {
  rmSync(modulePath, { force: true });
}
