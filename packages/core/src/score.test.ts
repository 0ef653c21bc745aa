import { describe, expect, it } from 'vitest';
import { buildDataset, datasetFromTable } from './__fixtures__/build-dataset.js';
import customJson from './__fixtures__/custom-methodology.json' with { type: 'json' };
import { DatasetError } from './dataset-error.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { MethodologyError } from './methodology-error.js';
import { NoDataError } from './no-data-error.js';
import { OccupationCodeError } from './occupation-code-error.js';
import { defineMethodology, parseMethodology } from './parse-methodology.js';
import type { ScoreAllResult } from './score.js';
import { scoreAll, scoreOccupation } from './score.js';
import type { ScoreResult } from './score-result.js';
import type { ScoreTable } from './score-table.js';
import { scoreTable } from './score-table.js';
import { UnknownOccupationError } from './unknown-occupation-error.js';

const ARM = 'ai-resilience-model';
const ANTHROPIC = 'anthropic-observed-exposure';
const MICROSOFT = 'microsoft-ai-applicability';
const WRTMJ = 'will-robots-take-my-job';
const OPENINGS = 'bls-annual-openings';
const GROWTH = 'bls-employment-change';
const WAGE_BILL = 'wage-bill';
const ADAPTIVE = 'adaptive-capacity';

/**
 * Four line items A–D, an O*NET-SOC child of D and an occupation without data.
 * Percentiles by hand (P = (#below + (#equal + 1)/2)/N, R = 1 − P):
 *   ARM (P)        0.8 0.6 0.6 0.2   →  1, 0.625, 0.625, 0.25
 *   Anthropic (R)  0   0   0.5 0.9   →  0.625, 0.625, 0.25, 0
 *   Microsoft (R)  0.1 0.2 0.3 —     →  2/3, 1/3, 0, —
 *   WRTMJ (R)      10  20  30  40    →  0.75, 0.5, 0.25, 0
 *   openings (P)   1   2   3   4     →  0.25, 0.5, 0.75, 1
 *   growth (P)     4   3   2   1     →  1, 0.75, 0.5, 0.25
 *   wage bill (P)  1   1   2   2     →  0.375, 0.375, 0.875, 0.875
 *   adaptive (P)   5   —   —   —     →  1, —, —, —
 */
const A = '11-1011';
const B = '11-1021';
const C = '11-2011';
const D = '15-1252';
const D_CHILD = '15-1252.00';
const NONE = '11-9199';
const table = {
  [A]: {
    [ARM]: 0.8,
    [ANTHROPIC]: 0,
    [MICROSOFT]: 0.1,
    [WRTMJ]: 10,
    [OPENINGS]: 1,
    [GROWTH]: 4,
    [WAGE_BILL]: 1,
    [ADAPTIVE]: 5,
  },
  [B]: {
    [ARM]: 0.6,
    [ANTHROPIC]: 0,
    [MICROSOFT]: 0.2,
    [WRTMJ]: 20,
    [OPENINGS]: 2,
    [GROWTH]: 3,
    [WAGE_BILL]: 1,
  },
  [C]: {
    [ARM]: 0.6,
    [ANTHROPIC]: 0.5,
    [MICROSOFT]: 0.3,
    [WRTMJ]: 30,
    [OPENINGS]: 3,
    [GROWTH]: 2,
    [WAGE_BILL]: 2,
  },
  [D]: { [ARM]: 0.2, [ANTHROPIC]: 0.9, [WRTMJ]: 40, [OPENINGS]: 4, [GROWTH]: 1, [WAGE_BILL]: 2 },
};

function handDataset() {
  const base = datasetFromTable(table);
  base.occupations.push(
    { code: D_CHILD, title: 'Software developers (O*NET)', kind: 'onet-soc', parent: D, lineItem: false },
    { code: NONE, title: 'Managers, all other', kind: 'soc', lineItem: true },
  );
  for (const source of Object.values(base.sources)) {
    if (source.links[D]) source.links[D_CHILD] = [D];
  }
  return base;
}

/** Asserts that every cell of a score table is the number (to the bit) or the text of the results. */
function expectTableMatches(table: ScoreTable, all: ScoreAllResult): void {
  expect(table.length).toBe(all.results.length);
  expect(table.excluded).toEqual(all.excluded);
  expect(table.medianScore).toBe(all.medianScore);
  expect(table.scoredOccupations).toBe(all.scoredOccupations);
  expect(table.provenance).toBe(all.provenance);
  const nanForNull = (value: number | null) => (value === null ? Number.NaN : value);
  all.results.forEach((result, i) => {
    expect(table.codes[i]).toBe(result.code);
    expect(table.titles[i]).toBe(result.title);
    expect(table.scores[i]).toBe(result.score);
    expect(table.scorePercents[i]).toBe(result.scorePercent);
    expect(table.tiers[i]).toBe(result.tier.name);
    expect(table.confidence[i]).toBe(result.confidence.level);
    expect(table.scorePercentiles[i]).toBe(result.comparison.scorePercentile);
    result.dimensions.forEach((dimension, d) => {
      expect(table.dimensions[d]!.id).toBe(dimension.id);
      expect(table.dimensions[d]!.scores[i]).toBe(nanForNull(dimension.score));
      expect(table.dimensions[d]!.levels[i]).toBe(dimension.level);
    });
    sources(result).forEach((source, s) => {
      const column = table.sources[s]!;
      expect([column.id, column.dimensionId]).toEqual([source.sourceId, source.dimensionId]);
      expect(column.raws[i]).toBe(nanForNull(source.raw));
      expect(column.percentiles[i]).toBe(nanForNull(source.percentile));
      expect(column.contributions[i]).toBe(source.contribution);
    });
  });
}

const sources = (result: ScoreResult) => result.dimensions.flatMap((dimension) => dimension.sources);
const percentileOf = (result: ScoreResult, id: string) =>
  sources(result).find((s) => s.sourceId === id)!.percentile;

describe('scoreOccupation on a hand-computed dataset', () => {
  const dataset = handDataset();

  it('ranks each source in its own universe and combines the dimensions', () => {
    const a = scoreOccupation(dataset, A);
    expect(sources(a).map((s) => s.percentile)).toEqual([1, 0.625, 1 - 1 / 3, 0.75, 0.25, 1, 0.375, 1]);
    expect(sources(a).map((s) => s.raw)).toEqual([0.8, 0, 0.1, 10, 1, 4, 1, 5]);
    const mhc = (1 + 0.625 + 2 / 3 + 0.75) / 4;
    const lte = 0.6 * 0.25 + 0.4 * 1;
    const seo = 0.67 * 0.375 + 0.33 * 1;
    expect(a.dimensions.map((d) => d.score)).toEqual([
      expect.closeTo(mhc, 15),
      expect.closeTo(lte, 15),
      expect.closeTo(seo, 15),
    ]);
    expect(a.score).toBeCloseTo(0.4 * mhc + 0.3 * lte + 0.3 * seo, 15);
    expect(a.scorePercent).toBe(64.4);
    expect(a.tier).toEqual({ name: 'Mostly Resilient', index: 3, above: 50 });
    expect(a.dimensions.map((d) => d.level)).toEqual(['High', 'Med', 'Med']);
    expect(a.missingSources).toEqual([]);
    expect(a.code).toBe(A);
    expect(a.title).toBe(`Occupation ${A}`);
  });

  it('shows the native codes of a source as a frozen list, the same one in every result of the model', () => {
    const first = sources(scoreOccupation(dataset, A))[0]!;
    const again = sources(scoreAll(dataset).results.find((result) => result.code === A)!)[0]!;
    expect(first.nativeCodes).toEqual([A]);
    expect(Object.isFrozen(first.nativeCodes)).toBe(true);
    expect(again.nativeCodes).toBe(first.nativeCodes);
    // and never the dataset's own array
    expect(first.nativeCodes).not.toBe(dataset.sources[first.sourceId]!.links[A]);
  });

  it('rescales the weights of missing sources inside their dimension', () => {
    const d = scoreOccupation(dataset, D);
    expect(d.missingSources).toEqual([MICROSOFT, ADAPTIVE]);
    const [mhc, lte, seo] = d.dimensions;
    expect(mhc!.sources.map((s) => s.effectiveWeight)).toEqual([1 / 3, 1 / 3, 0, 1 / 3]);
    expect(mhc!.score).toBeCloseTo(0.25 / 3, 15);
    expect(lte!.score).toBeCloseTo(0.6 + 0.4 * 0.25, 15);
    expect(seo!.sources.map((s) => s.effectiveWeight)).toEqual([1, 0]);
    expect(seo!.score).toBe(0.875);
    const microsoft = mhc!.sources[2]!;
    expect(microsoft).toMatchObject({
      missing: true,
      raw: null,
      percentile: null,
      contribution: 0,
      nativeCodes: [],
    });
    expect(d.score).toBeCloseTo(0.4 * (0.25 / 3) + 0.3 * 0.7 + 0.3 * 0.875, 15);
    expect(d.scorePercent).toBe(50.6);
  });

  it('gives contributions dimension weight × source weight × percentile that add up exactly to the score', () => {
    for (const code of [A, B, C, D]) {
      const result = scoreOccupation(dataset, code);
      let total = 0;
      for (const dimension of result.dimensions) {
        let dimensionTotal = 0;
        for (const source of dimension.sources) {
          const expected = source.missing
            ? 0
            : dimension.effectiveWeight * source.effectiveWeight * source.percentile!;
          expect(source.contribution).toBe(expected);
          dimensionTotal += source.contribution;
          total += source.contribution;
        }
        expect(dimension.contribution).toBe(dimensionTotal);
      }
      expect(total).toBe(result.score);
    }
  });

  it('counts BLS as one evidence group and judges agreement among the MHC sources', () => {
    const a = scoreOccupation(dataset, A);
    expect(a.confidence).toMatchObject({
      sourcesWithData: 7,
      sourcesTotal: 7,
      agreementSourcesWithData: 4,
      agreementSourcesTotal: 4,
    });
    // MHC percentiles 1, 0.625, 2/3, 0.75: median (2/3 + 0.75)/2, D = mean |p − median|
    const median = (2 / 3 + 0.75) / 2;
    const dispersion =
      (Math.abs(1 - median) + Math.abs(0.625 - median) + Math.abs(2 / 3 - median) + Math.abs(0.75 - median)) /
      4;
    expect(a.confidence.agreementMedian).toBeCloseTo(median, 15);
    expect(a.confidence.dispersion).toBeCloseTo(dispersion, 15);
    expect(dispersion).toBeCloseTo(0.1146, 4);
    expect(a.confidence.level).toBe('Medium-high');
    expect(a.confidence.mostDisagreeing?.sourceId).toBe(ARM);
    const d = scoreOccupation(dataset, D);
    expect(d.confidence).toMatchObject({ sourcesWithData: 5, agreementSourcesWithData: 3 });
    expect(sources(d).find((s) => s.sourceId === OPENINGS)!.evidenceGroup).toBe('bls');
    expect(sources(d).find((s) => s.sourceId === ARM)!.evidenceGroup).toBe(ARM);
  });

  it('compares with the scored universe: line items that have a score', () => {
    const all = scoreAll(dataset);
    const scores = [A, B, C, D].map((code) => scoreOccupation(dataset, code).score).sort((x, y) => x - y);
    expect(all.scoredOccupations).toBe(4);
    expect(all.medianScore).toBe((scores[1]! + scores[2]!) / 2);
    const ranked = [A, B, C, D].map((code) => scoreOccupation(dataset, code));
    const best = ranked.reduce((x, y) => (x.score > y.score ? x : y));
    expect(best.comparison).toMatchObject({
      scorePercentile: 1,
      scoredOccupations: 4,
      phrase: 'much more resilient',
    });
    const worst = ranked.reduce((x, y) => (x.score < y.score ? x : y));
    expect(worst.comparison.scorePercentile).toBe(0.25);
    expect(worst.comparison.phrase).toBe('somewhat less resilient');
    expect(scoreOccupation(dataset, D).comparison.sentence).toMatch(
      /according to our analysis of 5 sources$/,
    );
    expect(scoreOccupation(dataset, A).comparison.sentence).toBe(
      `${scoreOccupation(dataset, A).comparison.phrase} to AI impacts than most occupations, according to our analysis of 7 sources`,
    );
  });

  it('scores an O*NET-SOC code from its links, outside the scored universe', () => {
    const child = scoreOccupation(dataset, D_CHILD);
    const parent = scoreOccupation(dataset, D);
    expect(child.score).toBe(parent.score);
    expect(child.comparison.scorePercentile).toBe(parent.comparison.scorePercentile);
    expect(sources(child).find((s) => s.sourceId === ARM)!.nativeCodes).toEqual([D]);
    expect(child.code).toBe(D_CHILD);
    expect(child.title).toBe('Software developers (O*NET)');
  });

  it('throws NoDataError for an occupation no source covers, and scoreAll excludes it with the reason', () => {
    expect(() => scoreOccupation(dataset, NONE)).toThrow(NoDataError);
    expect(() => scoreOccupation(dataset, NONE)).toThrow(
      'No data for occupation "11-9199": none of the 8 sources of methodology ai-resilience-report-1.5 has a value',
    );
    const all = scoreAll(dataset);
    expect(all.results.map((r) => r.code)).toEqual([A, B, C, D, D_CHILD]);
    expect(all.excluded).toEqual([
      {
        code: NONE,
        title: 'Managers, all other',
        reason: 'no-data',
        message: expect.stringContaining('No data for occupation "11-9199"'),
      },
    ]);
  });

  it('rejects a malformed code and suggests close codes for an unknown one', () => {
    expect(() => scoreOccupation(dataset, '15-125')).toThrow(OccupationCodeError);
    try {
      scoreOccupation(dataset, '15-1253');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownOccupationError);
      const unknown = error as UnknownOccupationError;
      expect(unknown.code).toBe('UNKNOWN_OCCUPATION');
      expect(unknown.suggestions.map((s) => s.code)).toEqual([D, D_CHILD]);
      expect(unknown.message).toBe(
        'Unknown occupation "15-1253": not in the dataset. Did you mean 15-1252 (Occupation 15-1252), 15-1252.00 (Software developers (O*NET))?',
      );
    }
    expect(scoreOccupation(dataset, ` ${A} `).code).toBe(A);
  });

  it('returns the same result from scoreOccupation and scoreAll, deterministically', () => {
    const all = scoreAll(dataset);
    for (const result of all.results) expect(scoreOccupation(dataset, result.code)).toEqual(result);
    expect(scoreAll(handDataset())).toEqual(all);
    expect(JSON.parse(JSON.stringify(all.results[0]))).toEqual(all.results[0]);
  });

  it('gives every call its own result objects: changing one result changes no other', () => {
    const first = scoreAll(dataset).results.find((result) => result.code === D)!;
    const before = JSON.stringify(first);
    first.score = -1;
    first.tier.name = 'changed';
    first.dimensions[0]!.sources[0]!.percentile = -1;
    first.dimensions[0]!.sources.length = 0;
    first.missingSources.push('changed');
    first.confidence.level = 'Low';
    first.confidence.mostDisagreeing!.sourceId = 'changed';
    first.comparison.sentence = 'changed';
    const second = scoreAll(dataset).results.find((result) => result.code === D)!;
    expect(JSON.stringify(second)).toBe(before);
    expect(JSON.stringify(scoreOccupation(dataset, D))).toBe(before);
  });

  it('keeps the documented key order (the order of the JSON output), uncertainty before provenance', () => {
    const result = scoreOccupation(dataset, A);
    expect(Object.keys(result)).toEqual([
      'code',
      'title',
      'score',
      'scorePercent',
      'tier',
      'dimensions',
      'missingSources',
      'confidence',
      'comparison',
      'provenance',
    ]);
    expect(
      Object.keys(scoreOccupation(dataset, A, DEFAULT_METHODOLOGY, { uncertainty: { draws: 10 } })).slice(-2),
    ).toEqual(['uncertainty', 'provenance']);
    expect(Object.keys(result.dimensions[0]!.sources[0]!)).toEqual([
      'sourceId',
      'label',
      'dimensionId',
      'evidenceGroup',
      'direction',
      'raw',
      'nativeCodes',
      'percentile',
      'weight',
      'effectiveWeight',
      'contribution',
      'missing',
    ]);
    expect(Object.keys(result.confidence)).toEqual([
      'level',
      'sourcesWithData',
      'sourcesTotal',
      'agreementSourcesWithData',
      'agreementSourcesTotal',
      'dispersion',
      'levelFromAgreement',
      'coverageCap',
      'mostDisagreeing',
      'agreementMedian',
    ]);
    // plain data: a copy by spread or through JSON equals the result
    expect({ ...result }).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives scoreTable, row for row, the numbers of scoreAll', () => {
    const methodologies = [DEFAULT_METHODOLOGY, parseMethodology(customJson)];
    for (const methodology of methodologies) {
      const all = scoreAll(dataset, methodology);
      const table = scoreTable(dataset, methodology);
      expectTableMatches(table, all);
    }
  });

  it('scores a source from its linkTable, when it has one, as from its links', () => {
    const indexed = handDataset();
    for (const values of Object.values(indexed.sources)) {
      const codes = Object.keys(values.links);
      const offsets = [0];
      const targets: number[] = [];
      for (const code of codes) {
        for (const native of values.links[code]!) targets.push(values.universe.codes.indexOf(native));
        offsets.push(targets.length);
      }
      values.linkTable = { codes, offsets, targets: Int32Array.from(targets) };
      // the engine must not read links when there is a table
      Object.defineProperty(values, 'links', {
        get() {
          throw new Error('links read');
        },
      });
    }
    expect(JSON.stringify(scoreAll(indexed))).toBe(JSON.stringify(scoreAll(dataset)));
    expect(JSON.stringify(scoreOccupation(indexed, D_CHILD))).toBe(
      JSON.stringify(scoreOccupation(dataset, D_CHILD)),
    );
    expect(sources(scoreOccupation(indexed, A))[0]!.nativeCodes).toEqual([A]);
  });

  it('rejects a linkTable that does not add up, naming the source', () => {
    const cases: [unknown, RegExp][] = [
      [null, /linkTable must be an object/],
      [{ codes: 'x', offsets: [0, 1], targets: [0] }, /codes array/],
      [{ codes: [A], offsets: [0], targets: [0] }, /1 offsets for 1 codes/],
      [{ codes: [A], offsets: [1, 1], targets: [0] }, /from 0 to the number of targets/],
      [{ codes: [A, B], offsets: [0, 2, 1], targets: [0] }, /offsets\[2\] must be an integer ≥ offsets\[1\]/],
      [
        { codes: [A], offsets: [0, 1], targets: [9] },
        /targets\[0\] must be an index into the universe \(0 to 3\), got 9/,
      ],
      [{ codes: [A, A], offsets: [0, 1, 2], targets: [0, 0] }, /lists "11-1011" twice/],
    ];
    for (const [table, message] of cases) {
      const broken = handDataset();
      (broken.sources[ARM] as { linkTable?: unknown }).linkTable = table;
      expect(() => scoreAll(broken)).toThrow(DatasetError);
      expect(() => scoreAll(broken)).toThrow(message);
      expect(() => scoreAll(broken)).toThrow(new RegExp(ARM));
    }
  });

  it('records provenance from the methodology and the descriptors', () => {
    const { provenance } = scoreOccupation(dataset, A);
    expect(provenance).toMatchObject({
      methodologyId: 'ai-resilience-report-1.5',
      methodologyVersion: '1.5',
      specificationVersion: '2',
      dataset: 'fixture',
      ties: 'average',
      weighting: 'none',
      scenario: { wageBillScenario: 'v1.2-gen_plus_physical_ai' },
    });
    expect(provenance.sources.map((s) => s.id)).toEqual([
      ARM,
      ANTHROPIC,
      MICROSOFT,
      WRTMJ,
      OPENINGS,
      GROWTH,
      WAGE_BILL,
      ADAPTIVE,
    ]);
    expect(provenance.sources[0]).toEqual({
      id: ARM,
      label: `Source ${ARM}`,
      vintage: '2026',
      citation: `Citation of ${ARM}`,
      licence: 'CC BY 4.0',
      proxy: false,
      files: [{ path: `${ARM}/data.csv`, sha256: 'a'.repeat(64) }],
    });
    expect(Object.isFrozen(provenance)).toBe(true);
  });
});

describe('scoring rules', () => {
  it('scores with a methodology read from JSON: its weights, sources, tier names and strict ties', () => {
    const custom = parseMethodology(customJson);
    const dataset = buildDataset({
      occupations: ['11-1011', '11-1021', '11-2011'],
      sources: {
        [ANTHROPIC]: {
          direction: 'higher-is-more-exposed',
          values: { '11-1011': 0, '11-1021': 0, '11-2011': 0.5 },
        },
        [MICROSOFT]: {
          direction: 'higher-is-more-exposed',
          values: { '11-1011': 0.1, '11-1021': 0.2, '11-2011': 0.3 },
        },
        [WAGE_BILL]: {
          direction: 'higher-is-more-resilient',
          values: { '11-1011': 1, '11-1021': 2, '11-2011': 3 },
        },
      },
    });
    // strict R: Anthropic 1/3, 1/3, 0; Microsoft 2/3, 1/3, 0; strict P of wage bill 0, 1/3, 2/3
    const first = scoreOccupation(dataset, '11-1011', custom);
    expect(first.score).toBeCloseTo(0.75 * (0.5 / 3 + 0.5 * (2 / 3)) + 0.25 * 0, 15);
    expect(first.tier.name).toBe('Watch');
    expect(first.dimensions.map((dimension) => dimension.id)).toEqual(['exposure', 'wages']);
    expect(first.provenance.methodologyId).toBe('exposure-and-wages');
    expect(first.provenance).not.toHaveProperty('specificationVersion');
    expect(scoreOccupation(dataset, '11-2011', custom).tier.name).toBe('At risk');
    // three sources with data: capped at Medium
    expect(first.confidence).toMatchObject({ sourcesTotal: 3, agreementSourcesTotal: 2, level: 'Medium' });
  });

  it('takes the mean of the percentiles (and of the raw values) of several linked native codes', () => {
    const dataset = buildDataset({
      occupations: ['13-1020', '13-1031', '13-1032', '13-1041'],
      sources: {
        exposure: {
          direction: 'higher-is-more-exposed',
          // R: 0.1 → 1 − 1/4, 0.2 → 1 − 2/4, 0.3 → 1 − 3/4, 0.4 → 0
          values: { '13-1021': 0.1, '13-1022': 0.3, '13-1031': 0.2, '13-1032': 0.4 },
          links: { '13-1020': ['13-1021', '13-1022'], '13-1031': ['13-1031'], '13-1032': ['13-1032'] },
        },
      },
    });
    const methodology = defineMethodology({
      id: 'one',
      version: '1',
      label: 'One source',
      dimensions: [
        {
          id: 'mhc',
          label: 'MHC',
          weight: 1,
          sources: [{ id: 'exposure', label: 'E', weight: 1, direction: 'higher-is-more-exposed' }],
        },
      ],
      tiers: DEFAULT_METHODOLOGY.tiers,
      confidence: { agreementDimension: 'mhc' },
    });
    const aggregate = scoreOccupation(dataset, '13-1020', methodology);
    expect(aggregate.score).toBe((0.75 + 0.25) / 2);
    expect(aggregate.dimensions[0]!.sources[0]).toMatchObject({
      raw: (0.1 + 0.3) / 2,
      nativeCodes: ['13-1021', '13-1022'],
    });
    expect(scoreAll(dataset, methodology).excluded.map((e) => e.code)).toEqual(['13-1041']);
  });

  it('rescales the dimension weights when a dimension has no source', () => {
    const dataset = datasetFromTable({
      '11-1011': { [ARM]: 1, [OPENINGS]: 1, [GROWTH]: 1 },
      '11-1021': { [ARM]: 2, [OPENINGS]: 2, [GROWTH]: 2 },
    });
    const result = scoreOccupation(dataset, '11-1021');
    expect(result.dimensions.map((d) => d.effectiveWeight)).toEqual([0.4 / 0.7, 0.3 / 0.7, 0]);
    expect(result.dimensions[2]).toMatchObject({ score: null, level: null, contribution: 0 });
    expect(result.score).toBe(1);
    expect(result.missingSources).toEqual([ANTHROPIC, MICROSOFT, WRTMJ, WAGE_BILL, ADAPTIVE]);
    // n = 2 (ARM and BLS) → Low
    expect(result.confidence.level).toBe('Low');
    const low = scoreOccupation(dataset, '11-1011');
    expect(low.score).toBeCloseTo((0.4 / 0.7) * 0.5 + (0.3 / 0.7) * 0.5, 15);
  });

  it('applies strict ties when the methodology asks', () => {
    const dataset = datasetFromTable({
      '11-1011': { [ANTHROPIC]: 0 },
      '11-1021': { [ANTHROPIC]: 0 },
      '11-2011': { [ANTHROPIC]: 0.4 },
    });
    const strict = parseMethodology({ ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)), ties: 'strict' });
    expect(percentileOf(scoreOccupation(dataset, '11-1011', strict), ANTHROPIC)).toBe(1 / 3);
    expect(percentileOf(scoreOccupation(dataset, '11-1011'), ANTHROPIC)).toBe(1 - 1.5 / 3);
    expect(percentileOf(scoreOccupation(dataset, '11-2011', strict), ANTHROPIC)).toBe(0);
    expect(scoreOccupation(dataset, '11-1011', strict).provenance.ties).toBe('strict');
  });

  it('weights percentiles by employment when asked, and needs the weights', () => {
    const weighted = parseMethodology({
      ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)),
      weighting: 'employment',
    });
    const table2 = {
      '11-1011': { [ARM]: 1 },
      '11-1021': { [ARM]: 2 },
      '11-2011': { [ARM]: 3 },
    };
    expect(() => scoreOccupation(datasetFromTable(table2), '11-1011', weighted)).toThrow(
      '[dataset] source ai-resilience-model: employment weighting needs universe.weights, and this source has none',
    );
    const dataset = datasetFromTable(table2);
    for (const source of Object.values(dataset.sources)) {
      source.universe.weights = source.universe.codes.map((code) => (code === '11-1021' ? 2 : 1));
    }
    // weights 1, 2, 1: P = 0.25, 0.75, 1
    expect(percentileOf(scoreOccupation(dataset, '11-1021', weighted), ARM)).toBe(0.75);
    expect(percentileOf(scoreOccupation(dataset, '11-1021'), ARM)).toBe(2 / 3);
  });

  it('sets levels by terciles of the scored universe when asked', () => {
    const terciles = parseMethodology({
      ...JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)),
      levels: { kind: 'terciles' },
    });
    const rows: Record<string, Record<string, number>> = {};
    for (let i = 1; i <= 9; i++) rows[`11-10${i}1`] = { [ARM]: i };
    const dataset = datasetFromTable(rows);
    // nine more native codes below every occupation, linked to none: MHC = P = (9 + i)/18 = 0.5 + i/18
    const universe = dataset.sources[ARM]!.universe;
    for (let i = 1; i <= 9; i++) {
      universe.codes.push(`99-000${i}`);
      universe.values.push(-i);
    }
    const fixed = Object.keys(rows).map((code) => scoreOccupation(dataset, code).dimensions[0]!.level);
    expect(fixed).toEqual(['Med', 'Med', 'Med', 'High', 'High', 'High', 'High', 'High', 'High']);
    // terciles of the nine line items' MHC scores: 0.5 + 3.667/18 and 0.5 + 6.333/18
    const levels = Object.keys(rows).map(
      (code) => scoreOccupation(dataset, code, terciles).dimensions[0]!.level,
    );
    expect(levels).toEqual(['Low', 'Low', 'Low', 'Med', 'Med', 'Med', 'High', 'High', 'High']);
  });

  it('rejects a methodology that needs a source the dataset lacks, or reads its direction the other way', () => {
    const dataset = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    delete dataset.sources[ADAPTIVE];
    expect(() => scoreOccupation(dataset, '11-1011')).toThrow(MethodologyError);
    expect(() => scoreOccupation(dataset, '11-1011')).toThrow(
      'Invalid methodology for dataset "fixture": dimensions[2].sources[1].id: source "adaptive-capacity" is not in the dataset',
    );
    const flipped = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    flipped.sources[WRTMJ]!.descriptor.direction = 'higher-is-more-resilient';
    expect(() => scoreAll(flipped)).toThrow(
      'dimensions[0].sources[3].direction: source "will-robots-take-my-job" is higher-is-more-exposed here but higher-is-more-resilient in the dataset\'s descriptor',
    );
  });

  it('rejects a dataset that links to a code outside the universe, repeats a code or has a non-finite value', () => {
    const badLink = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    badLink.sources[ARM]!.links['11-1011'] = ['11-9999'];
    expect(() => scoreAll(badLink)).toThrow(DatasetError);
    expect(() => scoreAll(badLink)).toThrow(
      '[dataset] source ai-resilience-model: links["11-1011"] names "11-9999", which is not in the universe',
    );
    const repeated = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    repeated.sources[ARM]!.universe.codes.push('11-1011');
    repeated.sources[ARM]!.universe.values.push(2);
    expect(() => scoreAll(repeated)).toThrow('universe code "11-1011" is listed twice');
    const notFinite = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    notFinite.sources[ARM]!.universe.values[0] = Number.NaN;
    expect(() => scoreAll(notFinite)).toThrow('universe value of "11-1011" must be a finite number, got NaN');
    const twice = datasetFromTable({ '11-1011': { [ARM]: 1 } });
    twice.occupations.push({ ...twice.occupations[0]! });
    expect(() => scoreAll(twice)).toThrow('[dataset] occupation 11-1011 is listed twice');
  });

  it('does not read inherited properties as links or sources', () => {
    const dataset = datasetFromTable({ '11-1011': { [ARM]: 1 }, '11-1021': { [ARM]: 2 } });
    const result = scoreAll(dataset);
    expect(result.results).toHaveLength(2);
    expect(Object.hasOwn(dataset.sources[ARM]!.links, 'constructor')).toBe(false);
  });
});
