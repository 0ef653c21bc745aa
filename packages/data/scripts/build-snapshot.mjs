#!/usr/bin/env node
// Builds the embedded snapshot (snapshot/dataset.json, snapshot/tasks.json) and DATA-LICENSES.md from
// the mirror of source files: AIRESILIENCE_DATA_DIR, else ../shared/data beside the repository.
// Runs after tsup (it uses dist/). Nothing is written unless every step succeeds.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.AIRESILIENCE_DATA_DIR ?? resolve(packageDirectory, '../../../shared/data');
const { buildSnapshot, readManifest, renderDataLicenses, writeFileAtomic } = await import(
  join(packageDirectory, 'dist/index.js')
);

if (!existsSync(join(dataDir, 'MANIFEST.tsv'))) {
  console.error(
    `[data] no mirror of the source files at ${dataDir} (MANIFEST.tsv not found).\n` +
      '       Set AIRESILIENCE_DATA_DIR to the folder holding MANIFEST.tsv, or pull one with `airesilience data pull`.',
  );
  process.exit(3);
}
const started = performance.now();
try {
  const { built, files } = await buildSnapshot({
    dataDir,
    snapshotDirectory: join(packageDirectory, 'snapshot'),
    onProgress: ({ done, total, step }) => console.log(`[data] ${done}/${total} ${step}`),
  });
  const manifest = await readManifest(dataDir);
  await writeFileAtomic(join(packageDirectory, 'DATA-LICENSES.md'), renderDataLicenses(manifest.entries));
  for (const file of files) console.log(`[data] wrote ${file.path} (${(file.bytes / 1024).toFixed(0)} KiB)`);
  console.log(
    `[data] snapshot of ${built.dataset.occupations.length} occupations and ${Object.keys(built.dataset.sources).length} sources in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
} catch (error) {
  console.error(`[data] snapshot build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(3);
}
