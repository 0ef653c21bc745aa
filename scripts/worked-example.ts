// Prints every number the worked example of docs/methodology.md quotes, computed from the data mirror for
// Medical Records Specialists (SOC 29-2072), and checks each hand computation against the scoring engine.
//
//   npx tsx scripts/worked-example.ts            (reads AIRESILIENCE_DATA_DIR, else ../shared/data)
//
// It imports the built packages by name, so run `npx turbo run build` first. Exit status 1 when a hand
// computation disagrees with the engine.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assessConfidence,
  assignDimensionLevel,
  computeLevelCuts,
  type Dataset,
  DEFAULT_METHODOLOGY,
  type ScoreResult,
  type SourceScore,
  scoreAll,
  scoreFromPercentiles,
  scoreUncertainty,
} from '@airesilience/core';
import { buildDataset } from '@airesilience/data';
import { wageBillGroupFor } from '@airesilience/sources';

const CODE = '29-2072';
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.AIRESILIENCE_DATA_DIR ?? resolve(repositoryRoot, '../shared/data');
if (!existsSync(join(dataDir, 'MANIFEST.tsv'))) {
  console.error(`no data mirror at ${dataDir}: set AIRESILIENCE_DATA_DIR to the folder holding MANIFEST.tsv`);
  process.exit(3);
}

const fixed = (value: number, digits = 4) => value.toFixed(digits);
const lines: string[] = [];
const print = (text = '') => lines.push(text);
const section = (title: string) => print(`\n## ${title}`);
let failures = 0;
const check = (label: string, ours: number, engine: number) => {
  const agrees = Math.abs(ours - engine) <= 1e-12;
  if (!agrees) failures++;
  print(`  check ${label}: hand ${ours} vs engine ${engine} → ${agrees ? 'agree' : 'DISAGREE'}`);
};

const built = await buildDataset({ dataDir });
const dataset: Dataset = built.dataset;
const all = scoreAll(dataset, DEFAULT_METHODOLOGY);
const resultOf = new Map(all.results.map((result) => [result.code, result]));
const result = resultOf.get(CODE)!;
const sourceOf = (scored: ScoreResult, id: string): SourceScore =>
  scored.dimensions.flatMap((dimension) => dimension.sources).find((source) => source.sourceId === id)!;

/** The counts behind a percentile: values below, equal to and above `x` in a source's universe. */
function counts(sourceId: string, x: number) {
  const values = dataset.sources[sourceId]!.universe.values;
  let below = 0;
  let equal = 0;
  let above = 0;
  for (const value of values) {
    if (value < x) below++;
    else if (value === x) equal++;
    else above++;
  }
  return { below, equal, above, total: values.length };
}
const averageP = (c: ReturnType<typeof counts>) => (c.below + (c.equal + 1) / 2) / c.total;
const nativeValue = (sourceId: string, code: string) => {
  const universe = dataset.sources[sourceId]!.universe;
  return universe.values[universe.codes.indexOf(code)]!;
};
const nativePercentile = (sourceId: string, code: string) => {
  const c = counts(sourceId, nativeValue(sourceId, code));
  const p = averageP(c);
  return dataset.sources[sourceId]!.descriptor.direction === 'higher-is-more-exposed' ? 1 - p : p;
};

print(`# Worked example: ${result.code} ${result.title}`);
print(`dataset: ${dataset.label}`);
print(
  `methodology: ${result.provenance.methodologyId} ${result.provenance.methodologyVersion}, specification ${result.provenance.specificationVersion}`,
);
const facts = built.facts[CODE]!;
print(
  `BLS facts: employment 2024 ${facts.employment2024}k, 2034 ${facts.employment2034}k, change ${facts.employmentChangePercent} %, openings ${facts.annualOpenings}k, median wage $${facts.medianWage}`,
);

section('0. Scoring universe');
{
  const lineItems = dataset.occupations.filter((occupation) => occupation.lineItem);
  const onetSoc = dataset.occupations.filter((occupation) => occupation.kind === 'onet-soc');
  print(
    `${dataset.occupations.length} occupations: ${lineItems.length} BLS line items, ${onetSoc.length} O*NET-SOC codes`,
  );
  print(
    `scored ${all.results.length}; not scored (no data in any source) ${all.excluded.length}: ${all.excluded.map((entry) => entry.code).join(', ')}`,
  );
  const lineItemCodes = new Set(lineItems.map((occupation) => occupation.code));
  const missing: Record<string, string[]> = {};
  for (const scored of all.results) {
    if (!lineItemCodes.has(scored.code)) continue;
    for (const dimension of scored.dimensions) {
      if (dimension.score !== null) continue;
      missing[dimension.id] = [...(missing[dimension.id] ?? []), scored.code];
    }
  }
  for (const [id, codes] of Object.entries(missing)) {
    const allOther = codes.filter((code) => /all other/.test(resultOf.get(code)!.title)).length;
    print(`line items without ${id}: ${codes.length} (${allOther} "all other"): ${codes.join(', ')}`);
  }
}

section('1. Percentiles P and R (average ties)');
for (const dimension of result.dimensions) {
  for (const source of dimension.sources) {
    if (source.missing) {
      print(`${source.sourceId}: no value for ${CODE}`);
      continue;
    }
    const native = source.nativeCodes[0]!;
    const c = counts(source.sourceId, nativeValue(source.sourceId, native));
    const p = averageP(c);
    const exposure = source.direction === 'higher-is-more-exposed';
    print(
      `${source.sourceId}: native ${native} raw ${source.raw} | N ${c.total}, below ${c.below}, equal ${c.equal}, above ${c.above} | P = (${c.below} + (${c.equal} + 1)/2)/${c.total} = ${fixed(p)}${exposure ? ` | R = 1 − P = ${fixed(1 - p)}` : ''}`,
    );
    check(`${source.sourceId} percentile`, exposure ? 1 - p : p, source.percentile!);
  }
}

section('1b. Ties');
{
  const anthropic = counts('anthropic-observed-exposure', 0);
  const pZero = averageP(anthropic);
  print(
    `anthropic zeros: ${anthropic.equal} of ${anthropic.total} codes have observed_exposure exactly 0 | average R(0) = 1 − (${anthropic.below} + (${anthropic.equal} + 1)/2)/${anthropic.total} = ${fixed(1 - pZero)} | strict R(0) = #{v > 0}/N = ${anthropic.above}/${anthropic.total} = ${fixed(anthropic.above / anthropic.total)}`,
  );
  const growth = counts('bls-employment-change', facts.employmentChangePercent!);
  print(
    `bls-employment-change ${facts.employmentChangePercent}: ${growth.equal} occupations share it | average P = ${fixed(averageP(growth))} | strict P = #{v < x}/N = ${growth.below}/${growth.total} = ${fixed(growth.below / growth.total)}`,
  );
  const exposure = counts('anthropic-observed-exposure', nativeValue('anthropic-observed-exposure', CODE));
  print(
    `anthropic ${CODE} (no tie): average R = ${fixed(1 - averageP(exposure))}, strict R = ${exposure.above}/${exposure.total} = ${fixed(exposure.above / exposure.total)}`,
  );
}

section('2. Crosswalks and aggregates (means of percentiles)');
{
  const robots = dataset.sources['will-robots-take-my-job']!;
  const fedBy2071 = Object.entries(robots.links)
    .filter(([code, linked]) => !code.includes('.') && linked.includes('29-2071'))
    .map(([code]) => code);
  print(
    `will-robots-take-my-job: SOC 2010 29-2071 (value ${nativeValue('will-robots-take-my-job', '29-2071')}) feeds the line items ${fedBy2071.join(', ')}`,
  );
  for (const code of ['15-1252', '13-1020']) {
    const linked = robots.links[code]!;
    const parts = linked.map((native) => ({
      native,
      raw: nativeValue('will-robots-take-my-job', native),
      percentile: nativePercentile('will-robots-take-my-job', native),
    }));
    const meanPercentile = parts.reduce((sum, part) => sum + part.percentile, 0) / parts.length;
    const meanRaw = parts.reduce((sum, part) => sum + part.raw, 0) / parts.length;
    print(
      `${code} ${resultOf.get(code)!.title}: ${parts.map((part) => `${part.native} (raw ${part.raw}, R ${fixed(part.percentile)})`).join(' + ')} → mean R ${fixed(meanPercentile)}, mean raw ${fixed(meanRaw, 2)}`,
    );
    check(
      `${code} will-robots-take-my-job percentile`,
      meanPercentile,
      sourceOf(resultOf.get(code)!, 'will-robots-take-my-job').percentile!,
    );
  }
  const wageGroups = dataset.sources['wage-bill']!.universe.codes;
  print(
    `wage-bill: ${CODE} → group ${wageBillGroupFor(CODE, wageGroups)} (prefix ${CODE.slice(0, 4)}); 19-5011 → ${wageBillGroupFor('19-5011', wageGroups)}; 45-3031 → ${wageBillGroupFor('45-3031', wageGroups)}`,
  );
  const model = dataset.sources['ai-resilience-model']!;
  const withoutOwn = Object.entries(model.links).find(
    ([code, linked]) => !code.includes('.') && linked.length > 1 && !linked.includes(`${code}.00`),
  );
  print(`ai-resilience-model: ${CODE} → ${model.links[CODE]!.join(', ')}`);
  if (withoutOwn) {
    const [code, linked] = withoutOwn;
    const parts = linked.map((native) => nativePercentile('ai-resilience-model', native));
    const mean = parts.reduce((sum, part) => sum + part, 0) / parts.length;
    print(
      `ai-resilience-model: ${code} ${resultOf.get(code)?.title ?? ''} has no .00 code → children ${linked.join(', ')} with P ${parts.map((part) => fixed(part)).join(', ')} → mean ${fixed(mean)}`,
    );
    const scored = resultOf.get(code);
    if (scored)
      check(
        `${code} ai-resilience-model percentile`,
        mean,
        sourceOf(scored, 'ai-resilience-model').percentile!,
      );
  }
}

section('2b. O*NET-SOC codes');
for (const code of [`${CODE}.00`, '29-1141.01']) {
  const scored = resultOf.get(code)!;
  const parent = resultOf.get(code.slice(0, 7))!;
  const own = scored.dimensions
    .flatMap((dimension) => dimension.sources)
    .filter((source) => source.nativeCodes.some((native) => native === code))
    .map((source) => source.sourceId);
  print(
    `${code} ${scored.title}: score ${fixed(scored.score)} (${scored.scorePercent} %) vs parent ${parent.code} ${fixed(parent.score)} (${parent.scorePercent} %); own values from ${own.join(', ') || 'none'}, the rest inherited`,
  );
}

section('3. Dimension scores (weights rescaled over available sources)');
for (const dimension of result.dimensions) {
  const available = dimension.sources.filter((source) => !source.missing);
  const weightSum = available.reduce((sum, source) => sum + source.weight, 0);
  const score = available.reduce((sum, source) => sum + (source.weight / weightSum) * source.percentile!, 0);
  print(
    `${dimension.id}: ${available.map((source) => `${fixed(source.weight / weightSum, 3)}×${fixed(source.percentile!)}`).join(' + ')} = ${fixed(score)} (available weight ${fixed(weightSum, 2)}${
      dimension.sources.some((source) => source.missing)
        ? `; missing ${dimension.sources
            .filter((source) => source.missing)
            .map((source) => `${source.sourceId} ${source.weight}`)
            .join(', ')}`
        : ''
    })`,
  );
  check(`${dimension.id} score`, score, dimension.score!);
}

section('4. Score (dimension weights rescaled over available dimensions)');
{
  const terms = result.dimensions.map((dimension) => dimension.effectiveWeight * dimension.score!);
  const score = terms.reduce((sum, term) => sum + term, 0);
  print(
    `score = ${result.dimensions.map((dimension) => `${fixed(dimension.effectiveWeight, 2)}×${fixed(dimension.score!)}`).join(' + ')} = ${score}`,
  );
  check('score', score, result.score);
  const fishing = resultOf.get('45-3031')!;
  const present = fishing.dimensions.filter((dimension) => dimension.score !== null);
  const total = present.reduce((sum, dimension) => sum + dimension.weight, 0);
  print(
    `45-3031 ${fishing.title}: missing ${fishing.dimensions
      .filter((dimension) => dimension.score === null)
      .map((dimension) => dimension.id)
      .join(
        ', ',
      )} → ${present.map((dimension) => `${dimension.id} ${dimension.weight}/${fixed(total, 1)} = ${fixed(dimension.weight / total)}`).join(', ')} | score ${present.map((dimension) => `${fixed(dimension.weight / total)}×${fixed(dimension.score!)}`).join(' + ')} = ${fixed(fishing.score)}`,
  );
  check(
    '45-3031 score',
    present.reduce((sum, dimension) => sum + (dimension.weight / total) * dimension.score!, 0),
    fishing.score,
  );
}

section('5. Rounding and tier');
{
  const scaled = 1000 * result.score + 0.5;
  print(
    `100·score = ${fixed(100 * result.score, 4)}; floor(1000·score + 0.5)/10 = floor(${fixed(scaled, 4)})/10 = ${Math.floor(scaled) / 10} → ${result.tier.name} (above ${result.tier.above})`,
  );
  const lineItemCodes = new Set(
    dataset.occupations.filter((occupation) => occupation.lineItem).map((occupation) => occupation.code),
  );
  const moved = all.results.filter((scored) => {
    if (!lineItemCodes.has(scored.code)) return false;
    const unrounded = 100 * scored.score;
    const unroundedTier = DEFAULT_METHODOLOGY.tiers.find(
      (tier) => tier.above === null || unrounded > tier.above,
    )!;
    return unroundedTier.name !== scored.tier.name;
  });
  print(
    `line items whose tier would differ if the unrounded score were compared: ${moved.length} (${moved.map((scored) => scored.code).join(', ')})`,
  );
  for (const code of ['29-2051', '31-9097']) {
    const scored = resultOf.get(code)!;
    const unrounded = 100 * scored.score;
    const unroundedTier = DEFAULT_METHODOLOGY.tiers.find(
      (tier) => tier.above === null || unrounded > tier.above,
    )!;
    print(
      `${code} ${scored.title}: 100·score = ${unrounded.toFixed(6)} → rounded ${scored.scorePercent} → ${scored.tier.name}; comparing the unrounded value would give ${unroundedTier.name}`,
    );
  }
}

section('6. Dimension levels');
{
  for (const dimension of result.dimensions)
    print(`${dimension.id} ${fixed(dimension.score!)} → ${dimension.level} (fixed cuts 0.4 / 0.7)`);
  const lineItems = new Set(
    dataset.occupations.filter((occupation) => occupation.lineItem).map((occupation) => occupation.code),
  );
  for (const [d, dimension] of result.dimensions.entries()) {
    const scores = all.results
      .filter((scored) => lineItems.has(scored.code))
      .map((scored) => scored.dimensions[d]!.score)
      .filter((score): score is number => score !== null);
    const cuts = computeLevelCuts({ kind: 'terciles' }, scores);
    print(
      `terciles ${dimension.id}: cuts ${fixed(cuts.low)} / ${fixed(cuts.high)} over ${scores.length} line items → ${assignDimensionLevel(dimension.score!, cuts)}`,
    );
  }
}

section('7. Median, score percentile and comparison');
{
  const lineItems = new Set(
    dataset.occupations.filter((occupation) => occupation.lineItem).map((occupation) => occupation.code),
  );
  const universe = all.results.filter((scored) => lineItems.has(scored.code)).map((scored) => scored.score);
  let below = 0;
  let equal = 0;
  for (const score of universe) {
    if (score < result.score) below++;
    else if (score === result.score) equal++;
  }
  const percentile = (below + (equal + 1) / 2) / universe.length;
  print(
    `scored universe: ${universe.length} line items; excluded occupations (no data): ${all.excluded.length} (all O*NET-SOC codes)`,
  );
  print(`median score ${fixed(all.medianScore)} (${(100 * all.medianScore).toFixed(1)} %)`);
  print(
    `score percentile = (${below} + (${equal} + 1)/2)/${universe.length} = ${fixed(percentile)} → "${result.comparison.phrase}"`,
  );
  print(`sentence: ${result.comparison.sentence}`);
  check('score percentile', percentile, result.comparison.scorePercentile);
}

section('8. Confidence');
{
  const confidence = result.confidence;
  const agreement = result.dimensions[0]!.sources.map((source) => ({
    id: source.sourceId,
    percentile: source.percentile,
  }));
  const available = agreement.filter((entry) => entry.percentile !== null) as {
    id: string;
    percentile: number;
  }[];
  const sorted = available.map((entry) => entry.percentile).sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const deviations = available.map((entry) => Math.abs(entry.percentile - median));
  const dispersion = deviations.reduce((sum, deviation) => sum + deviation, 0) / deviations.length;
  print(
    `n = ${confidence.sourcesWithData} of ${confidence.sourcesTotal} sources (BLS openings and growth count once); m = ${confidence.agreementSourcesWithData} of ${confidence.agreementSourcesTotal}`,
  );
  print(`MHC percentiles ${available.map((entry) => `${entry.id} ${fixed(entry.percentile)}`).join(', ')}`);
  print(
    `median ${fixed(median)}; |deviations| ${deviations.map((deviation) => fixed(deviation)).join(', ')}; D = ${fixed(dispersion)}`,
  );
  check('dispersion', dispersion, confidence.dispersion);
  print(
    `level from D: ${confidence.levelFromAgreement}; coverage cap: ${confidence.coverageCap ?? 'none'}; final: ${confidence.level}`,
  );
  print(
    `most disagreeing: ${confidence.mostDisagreeing?.sourceId} (percentile ${fixed(confidence.mostDisagreeing!.percentile)}, deviation ${fixed(confidence.mostDisagreeing!.deviation)})`,
  );
  const fewer = assessConfidence(
    {
      sourcesWithData: 4,
      sourcesTotal: confidence.sourcesTotal,
      agreement: agreement.map((entry, index) => ({
        sourceId: entry.id,
        percentile: index < 2 ? entry.percentile : null,
      })),
    },
    DEFAULT_METHODOLOGY.confidence,
  );
  print(
    `what if only the first two MHC sources and n = 4: D = ${fixed(fewer.dispersion)} → ${fewer.levelFromAgreement}, cap ${fewer.coverageCap} → ${fewer.level}`,
  );
}

section('9. Contributions');
{
  let total = 0;
  for (const dimension of result.dimensions) {
    for (const source of dimension.sources) {
      total += source.contribution;
      print(
        `${source.sourceId}: ${fixed(dimension.effectiveWeight, 2)} × ${fixed(source.effectiveWeight, 3)} × ${source.percentile === null ? '—' : fixed(source.percentile)} = ${fixed(source.contribution)}`,
      );
    }
  }
  print(`sum of contributions = ${total}`);
  const labour = result.dimensions
    .filter((dimension) => dimension.id !== 'mhc')
    .reduce((sum, dimension) => sum + dimension.contribution, 0);
  print(`LTE and SEO together contribute ${fixed(labour)} of ${fixed(total)}`);
  check('sum of contributions', total, result.score);
  const whatIf = scoreFromPercentiles({
    ...Object.fromEntries(
      result.dimensions
        .flatMap((dimension) => dimension.sources)
        .map((source) => [source.sourceId, source.percentile]),
    ),
    'anthropic-observed-exposure': 0.5,
  });
  print(
    `what if Anthropic's percentile were 0.5: score ${fixed(whatIf.score)} → ${whatIf.scorePercent} % ${whatIf.tier.name}`,
  );
}

section('10. Uncertainty (leave-one-out, Monte Carlo: 10,000 draws, seed 1, concentration 50)');
{
  const concentration = 50;
  const spread = (weight: number) => Math.sqrt((weight * (1 - weight)) / (concentration + 1));
  print(
    `weight standard deviations at c = ${concentration}: dimension 0.4 → ${fixed(spread(0.4))}, 0.3 → ${fixed(spread(0.3))}; source 0.25 → ${fixed(spread(0.25))}, 0.6 → ${fixed(spread(0.6))}, 0.67 → ${fixed(spread(0.67))}`,
  );
  const uncertainty = scoreUncertainty(dataset, CODE);
  for (const entry of uncertainty.leaveOneOut)
    print(
      `without ${entry.sourceId}: ${fixed(entry.score)} (${(Math.floor(1000 * entry.score + 0.5) / 10).toFixed(1)} %, ${entry.tier})`,
    );
  print(
    `leave-one-out range ${fixed(uncertainty.leaveOneOutRange[0])} – ${fixed(uncertainty.leaveOneOutRange[1])}`,
  );
  const { p05, p50, p95, tierChangeRate } = uncertainty.monteCarlo;
  print(
    `Monte Carlo p05 ${fixed(p05)}, p50 ${fixed(p50)}, p95 ${fixed(p95)}; tier change rate ${fixed(tierChangeRate)}; tier stable: ${uncertainty.tierStable}`,
  );
  const again = scoreUncertainty(dataset, CODE);
  print(
    `same seed again: p05 ${fixed(again.monteCarlo.p05)}, p95 ${fixed(again.monteCarlo.p95)} (identical: ${again.monteCarlo.p05 === p05 && again.monteCarlo.p95 === p95})`,
  );
}

section('11. Task model for 29-2072.00');
{
  const tasks = built.tasks[`${CODE}.00`]!;
  let weighted = 0;
  let weights = 0;
  const byJoin: Record<string, number> = {};
  for (const task of [...tasks].sort((a, b) => a.taskId - b.taskId)) {
    const signals = task.signals
      .map((signal) => `${signal.signal}=${fixed(signal.value, 3)}(${signal.join})`)
      .join(' ');
    for (const signal of task.signals)
      byJoin[`${signal.signal}/${signal.join}`] = (byJoin[`${signal.signal}/${signal.join}`] ?? 0) + 1;
    print(
      `task ${task.taskId} type ${task.taskType ?? 'unrated'} weight ${fixed(task.weight)} likelihood ${task.automationLikelihood === null ? '—' : fixed(task.automationLikelihood)} resilience ${task.resilience === null ? '—' : fixed(task.resilience)} | ${signals}`,
    );
    if (task.resilience !== null) {
      weighted += task.weight * task.resilience;
      weights += task.weight;
    }
  }
  print(
    `signals by source and join: ${Object.entries(byJoin)
      .sort()
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')}`,
  );
  const model = dataset.sources['ai-resilience-model']!;
  const resilience = nativeValue('ai-resilience-model', `${CODE}.00`);
  print(
    `${tasks.length} tasks; occupation resilience = Σ w·r / Σ w = ${fixed(weighted)} / ${fixed(weights)} = ${fixed(weighted / weights)} (model ${fixed(resilience)})`,
  );
  check('task-model resilience', weighted / weights, resilience);
  print(
    `ranked among ${model.universe.codes.length} O*NET-SOC codes: P = ${fixed(nativePercentile('ai-resilience-model', `${CODE}.00`))}`,
  );
}

section('Result');
print(
  `${result.code}: score ${result.score} → ${result.scorePercent} % ${result.tier.name}; MHC ${result.dimensions[0]!.level}, LTE ${result.dimensions[1]!.level}, SEO ${result.dimensions[2]!.level}; confidence ${result.confidence.level}`,
);
print(
  `provenance: ${result.provenance.sources.length} sources, e.g. ${result.provenance.sources[1]!.files[0]!.path} sha256 ${result.provenance.sources[1]!.files[0]!.sha256}`,
);
print(
  failures === 0
    ? 'all hand computations agree with the engine'
    : `${failures} hand computations DISAGREE with the engine`,
);

console.log(lines.join('\n'));
process.exit(failures === 0 ? 0 : 1);
