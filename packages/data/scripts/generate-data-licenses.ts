/**
 * Generates packages/data/DATA-LICENSES.md from the data mirror's MANIFEST.tsv.
 *
 * Usage: npx tsx packages/data/scripts/generate-data-licenses.ts [--manifest <path>] [--out <path>] [--check]
 *
 * --manifest  the manifest to read (default: $AIRESILIENCE_DATA_DIR/MANIFEST.tsv, else ../shared/data/MANIFEST.tsv
 *             beside the repository)
 * --out       the file to write (default: packages/data/DATA-LICENSES.md)
 * --check     write nothing; exit 1 when the file is missing or out of date (for CI)
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/atomic-write/write-file-atomic.js';
import { MANIFEST_FILE_NAME, parseManifest } from '../src/mirror/parse-manifest.js';
import { renderDataLicenses } from '../src/mirror/render-data-licenses.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '../..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      manifest: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const dataDir = process.env.AIRESILIENCE_DATA_DIR ?? resolve(repoRoot, '../shared/data');
  const manifestPath = resolve(values.manifest ?? join(dataDir, MANIFEST_FILE_NAME));
  const outPath = resolve(values.out ?? join(packageDir, 'DATA-LICENSES.md'));

  let manifest: Buffer;
  try {
    manifest = await readFile(manifestPath);
  } catch (error) {
    console.error(
      `generate-data-licenses: cannot read ${manifestPath} (${(error as Error).message}); pass --manifest or set AIRESILIENCE_DATA_DIR`,
    );
    return 1;
  }
  const markdown = renderDataLicenses(parseManifest(manifest, { file: manifestPath }));
  const current = await readFile(outPath, 'utf8').catch(() => undefined);
  if (values.check) {
    if (current === markdown) return 0;
    console.error(
      `generate-data-licenses: ${outPath} is ${current === undefined ? 'missing' : 'out of date'}; run npx tsx packages/data/scripts/generate-data-licenses.ts`,
    );
    return 1;
  }
  if (current !== markdown) await writeFileAtomic(outPath, markdown);
  console.log(`generate-data-licenses: ${outPath} ${current === markdown ? 'is up to date' : 'written'}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`generate-data-licenses: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
