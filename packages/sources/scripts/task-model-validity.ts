/**
 * Measures the convergent validity of the open AI Resilience Model (methodology §6): Spearman rank
 * correlations of its occupation resilience, rolled up to 6-digit SOC, with the other exposure measures in
 * the data mirror (Anthropic observed exposure, Microsoft AI applicability, Frey & Osborne via Will Robots
 * Take My Job, Eloundou et al. occupation level). The exposure measures are "higher = more exposed", so a
 * valid resilience measure correlates negatively with them.
 *
 * Run: `npx tsx packages/sources/scripts/task-model-validity.ts [data-dir]` (default: AIRESILIENCE_DATA_DIR,
 * else ../shared/data beside the repository).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AiResilienceModelOptions } from '../src/ai-resilience-model/ai-resilience-model-options.js';
import { buildAiResilienceModel } from '../src/ai-resilience-model/build-ai-resilience-model.js';
import { loadAiResilienceModelInputs } from '../src/ai-resilience-model/load-ai-resilience-model-inputs.js';
import { readDelimited } from '../src/tabular/read-delimited.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDirectory =
  process.argv[2] ?? process.env.AIRESILIENCE_DATA_DIR ?? resolve(repoRoot, '../shared/data');

type Values = Map<string, number>;

async function readTable(relative: string, columns: string[]) {
  const bytes = new Uint8Array(await readFile(join(dataDirectory, relative)));
  return readDelimited(bytes, { source: 'validity', file: relative, requiredColumns: columns });
}

/** Average ranks (1-based), ties sharing the mean of their positions. */
function averageRanks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: number[], y: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho over the codes both maps have (Pearson correlation of average ranks). */
function spearman(a: Values, b: Values): { rho: number; n: number } {
  const codes = [...a.keys()].filter((code) => b.has(code));
  return {
    rho: pearson(
      averageRanks(codes.map((code) => a.get(code)!)),
      averageRanks(codes.map((code) => b.get(code)!)),
    ),
    n: codes.length,
  };
}

/** The percentile of methodology §3: P(x) = (#{v < x} + (#{v = x} + 1) / 2) / N. */
function percentiles(values: Values): Values {
  const ranks = averageRanks([...values.values()]);
  const codes = [...values.keys()];
  return new Map(codes.map((code, i) => [code, (ranks[i]! - 0.5) / codes.length]));
}

/** Rolls O*NET-SOC values up to 6 digits: the `.00` code's value, else the mean of its children's. */
function rollUp(values: Values): Values {
  const children = new Map<string, number[]>();
  for (const [code, value] of values) {
    const soc = code.slice(0, 7);
    children.set(soc, [...(children.get(soc) ?? []), value]);
  }
  return new Map(
    [...children].map(([soc, list]) => [
      soc,
      values.get(`${soc}.00`) ?? list.reduce((sum, value) => sum + value, 0) / list.length,
    ]),
  );
}

const inputs = await loadAiResilienceModelInputs(dataDirectory);

/** The model's O*NET-SOC resilience, ranked (methodology §3) and rolled up to 6-digit SOC. */
function modelBySoc(options: AiResilienceModelOptions = {}): { onet: Values; soc: Values } {
  const model = buildAiResilienceModel(inputs, options);
  const onet: Values = new Map(
    model.occupations.flatMap((occupation) =>
      occupation.resilience === null ? [] : [[occupation.onetSocCode, occupation.resilience] as const],
    ),
  );
  return { onet, soc: rollUp(percentiles(onet)) };
}
const { onet: onetValues, soc: modelSoc } = modelBySoc();

const anthropic: Values = new Map();
const anthropicTable = await readTable('anthropic/job_exposure.csv', ['occ_code', 'observed_exposure']);
for (const row of anthropicTable.rows)
  anthropic.set(anthropicTable.text(row, 'occ_code'), anthropicTable.number(row, 'observed_exposure'));

const microsoft: Values = new Map();
const microsoftTable = await readTable('microsoft/soc_ai_applicability_scores.csv', [
  'SOC Code',
  'ai_applicability_score',
]);
for (const row of microsoftTable.rows)
  microsoft.set(microsoftTable.text(row, 'SOC Code'), microsoftTable.number(row, 'ai_applicability_score'));

// Will Robots Take My Job: valid ChanceAuto values sit on `.00` O*NET-SOC 2010 codes; a SOC 2018 code fed
// by several SOC 2010 codes takes their mean (methodology §7).
const crosswalk = new Map<string, string[]>();
for (const link of inputs.socCrosswalk ?? [])
  crosswalk.set(link.from, [...(crosswalk.get(link.from) ?? []), link.to]);
const wrtmjTable = await readTable('frey_osborne/willrobotstakemyjob_scrape_jobData.csv', [
  'SOCcode',
  'ChanceAuto',
]);
const fed = new Map<string, number[]>();
for (const row of wrtmjTable.rows) {
  const chance = wrtmjTable.number(row, 'ChanceAuto');
  const code = wrtmjTable.text(row, 'SOCcode');
  if (chance < 0 || !code.endsWith('.00')) continue;
  for (const soc2018 of crosswalk.get(code.slice(0, 7)) ?? [])
    fed.set(soc2018, [...(fed.get(soc2018) ?? []), chance]);
}
const wrtmj: Values = new Map(
  [...fed].map(([code, list]) => [code, list.reduce((a, b) => a + b, 0) / list.length]),
);

const eloundouTable = await readTable('eloundou/occ_level.csv', [
  'O*NET-SOC Code',
  'dv_rating_beta',
  'human_rating_beta',
]);
const eloundouGpt4: Values = new Map();
const eloundouHuman: Values = new Map();
for (const row of eloundouTable.rows) {
  eloundouGpt4.set(eloundouTable.text(row, 'O*NET-SOC Code'), eloundouTable.number(row, 'dv_rating_beta'));
  eloundouHuman.set(
    eloundouTable.text(row, 'O*NET-SOC Code'),
    eloundouTable.number(row, 'human_rating_beta'),
  );
}

const measures: [string, Values][] = [
  ['AI Resilience Model (resilience)', modelSoc],
  ['Anthropic observed exposure', anthropic],
  ['Microsoft AI applicability', microsoft],
  ['Frey & Osborne (WRTMJ ChanceAuto)', wrtmj],
  ['Eloundou et al. beta, GPT-4 (occ_level)', rollUp(eloundouGpt4)],
  ['Eloundou et al. beta, human (occ_level)', rollUp(eloundouHuman)],
];

console.log(
  `AI Resilience Model: ${onetValues.size} O*NET-SOC codes with a value, ${modelSoc.size} 6-digit SOC codes after the roll-up\n`,
);
console.log('Spearman rank correlation of the model resilience with each exposure measure (6-digit SOC):');
for (const [name, values] of measures.slice(1)) {
  const { rho, n } = spearman(modelSoc, values);
  console.log(`  ${name.padEnd(42)} rho = ${rho.toFixed(3).padStart(6)}   n = ${n}`);
}
console.log(
  '\nSpearman matrix among all measures (for context; exposure measures correlate positively with each other):',
);
const short = ['ARM', 'Anthropic', 'Microsoft', 'WRTMJ', 'El-GPT4', 'El-human'];
console.log(`  ${''.padEnd(10)}${short.map((name) => name.padStart(10)).join('')}`);
measures.forEach(([, a], i) => {
  const cells = measures.map(([, b]) => spearman(a, b).rho.toFixed(3).padStart(10));
  console.log(`  ${short[i]!.padEnd(10)}${cells.join('')}`);
});

// The Economic Index and Eloundou beta are inputs of both the model and some comparators (Anthropic's observed
// exposure is built from Economic Index usage and Eloundou beta), so part of those correlations is shared
// input. The variants below leave the shared signals out.
const variants: [string, AiResilienceModelOptions][] = [
  ['all four signals (default)', {}],
  ['without Eloundou', { signals: ['althoff-reichardt', 'workbank', 'anthropic-economic-index'] }],
  ['without the Economic Index', { signals: ['althoff-reichardt', 'eloundou', 'workbank'] }],
  ['without Eloundou and the Index', { signals: ['althoff-reichardt', 'workbank'] }],
  ['Althoff & Reichardt only', { signals: ['althoff-reichardt'] }],
  ['weighting: task-type', { weighting: 'task-type' }],
  ['weighting: task-weight-unscaled', { weighting: 'task-weight-unscaled' }],
];
console.log('\nSpearman of model variants with each measure (6-digit SOC):');
console.log(
  `  ${''.padEnd(34)}${short
    .slice(1)
    .map((name) => name.padStart(10))
    .join('')}`,
);
for (const [name, options] of variants) {
  const { soc } = modelBySoc(options);
  console.log(
    `  ${name.padEnd(34)}${measures
      .slice(1)
      .map(([, values]) => spearman(soc, values).rho.toFixed(3).padStart(10))
      .join('')}`,
  );
}
