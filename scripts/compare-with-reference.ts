// Compares an exported score table (`airesilience export --format csv`) with the independent reference
// implementation's scores.csv, occupation by occupation (docs/reproducing.md).
//
//   node packages/cli/dist/bin.js export --format csv --out scores.csv
//   npx tsx scripts/compare-with-reference.ts scores.csv [REFERENCE_DIR]
//
// REFERENCE_DIR (the folder holding scores.csv) defaults to ../shared/reference beside the repository.
// Exit status 1 on any difference larger than 1e-9, or any different tier, level or confidence.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDelimited } from '@airesilience/sources';

const [exportPath, referenceArgument] = process.argv.slice(2);
if (exportPath === undefined) {
  console.error('usage: npx tsx scripts/compare-with-reference.ts EXPORTED.csv [REFERENCE_DIR]');
  process.exit(2);
}
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = referenceArgument ?? resolve(repositoryRoot, '../shared/reference');

/** Reads a CSV file into records keyed by its header, with the library's RFC 4180 reader. */
function readCsv(path: string): Record<string, string>[] {
  const table = readDelimited(readFileSync(path), { source: 'compare-with-reference', file: path });
  return table.rows.map((row) =>
    Object.fromEntries(table.header.map((name, column) => [name, row.cells[column] ?? ''])),
  );
}

const exported = new Map(readCsv(exportPath).map((row) => [row.code!, row]));
const reference = readCsv(join(referenceDir, 'scores.csv'));

// Reference column → exported column; numeric columns are compared to 1e-9, the others exactly.
const numeric: [string, string][] = [
  ['score', 'score'],
  ['score_pct1', 'score_percent'],
  ['mhc', 'mhc_score'],
  ['lte', 'lte_score'],
  ['seo', 'seo_score'],
  ['arm_p', 'ai_resilience_model_percentile'],
  ['anthropic_r', 'anthropic_observed_exposure_percentile'],
  ['microsoft_r', 'microsoft_ai_applicability_percentile'],
  ['wrtmj_r', 'will_robots_take_my_job_percentile'],
  ['openings_p', 'bls_annual_openings_percentile'],
  ['growth_p', 'bls_employment_change_percentile'],
  ['wagebill_p', 'wage_bill_percentile'],
  ['adaptive_p', 'adaptive_capacity_percentile'],
];
const exact: [string, string][] = [
  ['tier', 'tier'],
  ['mhc_level', 'mhc_level'],
  ['lte_level', 'lte_level'],
  ['seo_level', 'seo_level'],
  ['confidence', 'confidence'],
];

let largest = 0;
let compared = 0;
const differences: string[] = [];
for (const row of reference) {
  const ours = exported.get(row.soc!);
  if (ours === undefined) {
    differences.push(`${row.soc}: not in the export`);
    continue;
  }
  compared++;
  for (const [theirs, mine] of numeric) {
    const expected = row[theirs] ?? '';
    const actual = ours[mine] ?? '';
    if (expected === '' || actual === '') {
      if (expected !== actual)
        differences.push(`${row.soc} ${mine}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
      continue;
    }
    const difference = Math.abs(Number(actual) - Number(expected));
    largest = Math.max(largest, difference);
    if (!(difference <= 1e-9)) differences.push(`${row.soc} ${mine}: ${actual} vs ${expected}`);
  }
  for (const [theirs, mine] of exact) {
    if ((ours[mine] ?? '') !== (row[theirs] ?? ''))
      differences.push(`${row.soc} ${mine}: ${ours[mine]} vs ${row[theirs]}`);
  }
}
console.log(
  `compared ${compared} of ${reference.length} reference occupations on ${numeric.length + exact.length} columns`,
);
console.log(`largest numeric difference: ${largest.toExponential(2)}`);
console.log(
  differences.length === 0
    ? 'no differences'
    : `${differences.length} differences:\n${differences.slice(0, 20).join('\n')}`,
);
process.exit(differences.length === 0 ? 0 : 1);
