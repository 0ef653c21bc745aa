// Prints, as Markdown, how many of the 832 BLS line-item occupations each source covers, directly and
// after crosswalks and matrix aggregates (the table in docs/sources.md), from buildDataset's `coverage`.
//
//   npx tsx scripts/coverage-table.ts            (reads AIRESILIENCE_DATA_DIR, else ../shared/data)
//
// It imports the built packages by name, so run `npx turbo run build` first.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, renderCoverageTable } from '@airesilience/data';
import { MATRIX_AGGREGATE_CODES } from '@airesilience/sources';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.AIRESILIENCE_DATA_DIR ?? resolve(repositoryRoot, '../shared/data');
if (!existsSync(join(dataDir, 'MANIFEST.tsv'))) {
  console.error(`no data mirror at ${dataDir}: set AIRESILIENCE_DATA_DIR to the folder holding MANIFEST.tsv`);
  process.exit(3);
}
const built = await buildDataset({ dataDir });
process.stdout.write(renderCoverageTable(built.coverage, built.dataset));

// How the line items reach each source's native codes, for the notes under the table.
const lineItems = built.dataset.occupations
  .filter((occupation) => occupation.lineItem)
  .map((occupation) => occupation.code);
const aggregates = new Set(MATRIX_AGGREGATE_CODES);
process.stdout.write(
  '\nHow the line items are linked (own code / one other code / mean of several codes; matrix aggregates with a value):\n',
);
for (const [id, source] of Object.entries(built.dataset.sources)) {
  let own = 0;
  let single = 0;
  let several = 0;
  let aggregatesWithValue = 0;
  for (const code of lineItems) {
    const linked = source.links[code];
    if (!linked) continue;
    if (aggregates.has(code)) aggregatesWithValue++;
    if (linked.length === 1 && (linked[0] === code || linked[0] === `${code}.00`)) own++;
    else if (new Set(linked).size === 1) single++;
    else several++;
  }
  process.stdout.write(
    `- ${id}: ${own} own code (or its .00), ${single} one other code, ${several} mean of several codes; ${aggregatesWithValue} of ${aggregates.size} aggregates\n`,
  );
}
