#!/usr/bin/env node
// The `prepack` guard of every published package (npm runs it before `npm pack` and `npm publish`, in the
// package's directory): refuses to pack a package whose build output is missing, so a tarball can never
// ship without dist/ (or, for @airesilience/data, without its snapshot and DATA-LICENSES.md).
// It does not build: `npm run build` at the root does that, with turbo's cache.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const packageDirectory = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8'));

/** Every file path the package's entry points name: exports targets, main, types, bin. */
function entryPoints() {
  const paths = new Set();
  const visit = (value) => {
    if (typeof value === 'string') paths.add(value);
    else if (value !== null && typeof value === 'object')
      for (const inner of Object.values(value)) visit(inner);
  };
  visit(manifest.exports);
  visit(manifest.bin);
  if (typeof manifest.main === 'string') paths.add(manifest.main);
  if (typeof manifest.types === 'string') paths.add(manifest.types);
  return [...paths].filter((path) => !path.includes('*'));
}

// CHANGELOG.md appears with the first `changeset version`: it is listed in `files` before it exists.
const OPTIONAL = new Set(['CHANGELOG.md']);
const required = [
  ...entryPoints(),
  ...(manifest.files ?? []).filter(
    (entry) => !entry.startsWith('!') && !entry.includes('*') && !OPTIONAL.has(entry),
  ),
  'README.md',
  'LICENSE',
];
const missing = [...new Set(required)].filter((path) => !existsSync(join(packageDirectory, path)));
if (missing.length > 0) {
  console.error(
    `[prepack] ${manifest.name}: ${missing.join(', ')} missing. Run \`npm run build\` at the repository root first` +
      ' (the data package also needs the source mirror, AIRESILIENCE_DATA_DIR).',
  );
  process.exit(1);
}

// A stale build is worth a warning, not a refusal: editors touch files without changing them.
function newestSource(directory) {
  let newest = { path: '', time: 0 };
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'fixtures' || entry.name === '__fixtures__') continue;
      const inner = newestSource(path);
      if (inner.time > newest.time) newest = inner;
    } else if (/\.ts$/.test(entry.name) && !/\.(test|test-d|bench)\.ts$/.test(entry.name)) {
      const time = statSync(path).mtimeMs;
      if (time > newest.time) newest = { path, time };
    }
  }
  return newest;
}
const built = join(packageDirectory, 'dist', 'index.js');
if (existsSync(join(packageDirectory, 'src')) && existsSync(built)) {
  const source = newestSource(join(packageDirectory, 'src'));
  if (source.time > statSync(built).mtimeMs) {
    console.warn(
      `[prepack] ${manifest.name}: ${relative(packageDirectory, source.path)} is newer than dist/index.js; rebuild before publishing.`,
    );
  }
}
