// A nonprofit's own methodology, with a source of its own, compared with the default.
// Run: npm start (from this folder) or `npm start -w examples/custom-methodology` at the root.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  DEFAULT_METHODOLOGY,
  parseMethodology,
  scoreAll,
  scoreOccupation,
  validateMethodologyAgainstDataset,
} from '@airesilience/core';
import { loadDataset } from '@airesilience/data';
import { compareRankings } from './compare-rankings.js';
import { formatRankingMoves, formatSideBySide } from './format-comparison.js';
import { localDemandSource, withSource } from './local-demand-source.js';
import { parseLocalDemand } from './parse-local-demand.js';

const here = (path: string) => new URL(`../${path}`, import.meta.url);

// 1. The organisation's own data: a small CSV it owns, added to the dataset as one more source.
const csvPath = 'data/local-demand.csv';
const csvBytes = await readFile(here(csvPath));
const records = parseLocalDemand(csvBytes.toString('utf8'), csvPath);
const dataset = await loadDataset();
const sha256 = createHash('sha256').update(csvBytes).digest('hex');
const local = localDemandSource(records, dataset, { path: csvPath, sha256, bytes: csvBytes.length });
const extended = withSource(dataset, local);

// 2. Its methodology, as a JSON file: checked for shape and weights, then against the extended dataset.
const methodology = parseMethodology(JSON.parse(await readFile(here('methodology.json'), 'utf8')), {
  knownSourceIds: Object.keys(extended.sources),
});
validateMethodologyAgainstDataset(methodology, extended);

console.log(`${methodology.label} (${methodology.id} ${methodology.version})`);
for (const dimension of methodology.dimensions) {
  const sources = dimension.sources.map((source) => `${source.id} ${Math.round(source.weight * 100)} %`);
  console.log(`  ${Math.round(dimension.weight * 100)} %  ${dimension.label}: ${sources.join(', ')}`);
}
console.log(
  `  Tiers: ${methodology.tiers.map((tier) => `${tier.name} (${tier.above === null ? 'below' : `> ${tier.above}`})`).join(', ')}`,
);
console.log(
  `Own source: ${local.descriptor.label}, ${records.length} SOC codes from ${csvPath} (sha256 ${sha256.slice(0, 12)}…)`,
);
console.log(`  ${local.descriptor.notes}`);
console.log();

// 3. Score everything under both methodologies and compare the rankings.
const labels = { baseline: 'Default', alternative: 'Riverbend' };
const baseline = scoreAll(dataset, DEFAULT_METHODOLOGY);
const alternative = scoreAll(extended, methodology);
const comparison = compareRankings(dataset, baseline, alternative);
const covered = new Set(records.map((record) => record.code));
const shown = comparison.rows.filter((row) => covered.has(row.code));
console.log(`Side by side: the ${shown.length} occupations in ${csvPath} (rank 1 = most resilient)`);
for (const line of formatSideBySide(shown, comparison.rows.length, labels)) console.log(line);
console.log();
console.log('How the rankings move');
for (const line of formatRankingMoves(comparison, labels)) console.log(line);
console.log();

// 4. One occupation in detail: where its custom score comes from.
const result = scoreOccupation(extended, '29-2072', methodology);
console.log(
  `${result.title} (${result.code}) under ${labels.alternative}: ${result.scorePercent} %, ${result.tier.name}`,
);
for (const dimension of result.dimensions) {
  const parts = dimension.sources.map((source) =>
    source.missing
      ? `${source.sourceId} no data`
      : `${source.sourceId} p=${(source.percentile! * 100).toFixed(1)}`,
  );
  console.log(`  ${dimension.label}: ${((dimension.score ?? 0) * 100).toFixed(1)} % (${parts.join(', ')})`);
}
console.log(`  Confidence: ${result.confidence.level}. It is ${result.comparison.sentence}.`);
