import { describe, expect, it } from 'vitest';
import customJson from './__fixtures__/custom-methodology.json' with { type: 'json' };
import { DEFAULT_METHODOLOGY, EXTENDED_EVIDENCE_METHODOLOGY } from './default-methodology.js';
import type { Methodology, MethodologyInput } from './methodology.js';
import { MethodologyError, type MethodologyIssue } from './methodology-error.js';
import { defineMethodology, parseMethodology } from './parse-methodology.js';
import { KNOWN_SOURCE_IDS, SOURCE_IDS } from './source-ids.js';

/** A mutable deep copy of the default methodology, through JSON. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON copy, mutated freely to build invalid inputs
const copy = (): Record<string, any> => JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY));

function issuesOf(input: unknown, options = {}): MethodologyIssue[] {
  try {
    parseMethodology(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(MethodologyError);
    expect((error as MethodologyError).code).toBe('INVALID_METHODOLOGY');
    return (error as MethodologyError).issues;
  }
  throw new Error('expected a MethodologyError');
}

describe('the preset methodologies', () => {
  it('reproduce specification 2: weights, sources, directions, groups, tiers', () => {
    const m = DEFAULT_METHODOLOGY;
    expect(m).toMatchObject({ id: 'ai-resilience-report-1.5', specificationVersion: '2', ties: 'average' });
    expect(m.dimensions.map((d) => [d.id, d.label, d.weight])).toEqual([
      ['mhc', 'Meaningful Human Contribution', 0.4],
      ['lte', 'Long-term Employer Demand', 0.3],
      ['seo', 'Sustained Economic Opportunity', 0.3],
    ]);
    expect(
      m.dimensions.map((d) => d.sources.map((s) => [s.id, s.weight, s.direction, s.evidenceGroup])),
    ).toEqual([
      [
        ['ai-resilience-model', 0.25, 'higher-is-more-resilient', undefined],
        ['anthropic-observed-exposure', 0.25, 'higher-is-more-exposed', undefined],
        ['microsoft-ai-applicability', 0.25, 'higher-is-more-exposed', undefined],
        ['will-robots-take-my-job', 0.25, 'higher-is-more-exposed', undefined],
      ],
      [
        ['bls-annual-openings', 0.6, 'higher-is-more-resilient', 'bls'],
        ['bls-employment-change', 0.4, 'higher-is-more-resilient', 'bls'],
      ],
      [
        ['wage-bill', 0.67, 'higher-is-more-resilient', undefined],
        ['adaptive-capacity', 0.33, 'higher-is-more-resilient', undefined],
      ],
    ]);
    expect(m.tiers).toEqual([
      { name: 'Highly Resilient', above: 80 },
      { name: 'Resilient', above: 65 },
      { name: 'Mostly Resilient', above: 50 },
      { name: 'Somewhat Resilient', above: 35 },
      { name: 'Not Very Resilient', above: 22 },
      { name: 'Vulnerable', above: null },
    ]);
    expect(m.levels).toEqual({ kind: 'fixed', low: 0.4, high: 0.7 });
    expect(m.confidence.dispersionThresholds).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(m.scenario).toEqual({ wageBillScenario: 'v1.2-gen_plus_physical_ai' });
  });

  it('the extended one adds Eloundou and AIOE as exposure sources in MHC', () => {
    const mhc = EXTENDED_EVIDENCE_METHODOLOGY.dimensions[0]!;
    expect(mhc.sources.map((s) => s.id).slice(4)).toEqual([SOURCE_IDS.eloundouGpt4Exposure, SOURCE_IDS.aioe]);
    expect(mhc.sources.slice(4).every((s) => s.direction === 'higher-is-more-exposed')).toBe(true);
    expect(mhc.sources.every((s) => s.weight === 1 / 6)).toBe(true);
  });

  it('round-trip through JSON and validation unchanged, and are frozen', () => {
    for (const preset of [DEFAULT_METHODOLOGY, EXTENDED_EVIDENCE_METHODOLOGY]) {
      const parsed = parseMethodology(JSON.parse(JSON.stringify(preset)), {
        knownSourceIds: KNOWN_SOURCE_IDS,
      });
      expect(parsed).toEqual(preset);
      expect(Object.isFrozen(preset.dimensions[0]!.sources[0])).toBe(true);
      expect(Object.isFrozen(parsed.tiers)).toBe(true);
    }
  });
});

describe('parseMethodology', () => {
  it('reads a custom JSON file with its own weights, sources and tier names, filling the defaults', () => {
    const m = parseMethodology(customJson, { knownSourceIds: KNOWN_SOURCE_IDS });
    expect(m.tiers.map((tier) => tier.name)).toEqual(['Safe', 'Watch', 'At risk']);
    expect(m.dimensions.map((d) => d.weight)).toEqual([0.75, 0.25]);
    expect(m.ties).toBe('strict');
    expect(m.weighting).toBe('none');
    expect(m.levels).toEqual({ kind: 'fixed', low: 0.4, high: 0.7 });
    expect(m.confidence).toEqual({
      agreementDimension: 'exposure',
      dispersionThresholds: [0.1, 0.2, 0.3, 0.4],
      dispersionWhenFewSources: 0.25,
      sourceCaps: DEFAULT_METHODOLOGY.confidence.sourceCaps,
      agreementSourceCaps: DEFAULT_METHODOLOGY.confidence.agreementSourceCaps,
    });
    expect(m.comparison).toEqual(DEFAULT_METHODOLOGY.comparison);
    expect(m.scenario).toEqual({});
  });

  it('rejects dimension weights that do not sum to 1, with the sum', () => {
    const input = copy();
    input.dimensions[0].weight = 0.3;
    expect(issuesOf(input)).toEqual([
      { path: 'dimensions', message: 'dimension weights must sum to 1 (got 0.8999999999999999)' },
    ]);
  });

  it('accepts sums within 1e-9 and rejects sums beyond', () => {
    const near = copy();
    near.dimensions[2].sources[0].weight = 0.67 + 5e-10;
    expect(() => parseMethodology(near)).not.toThrow();
    const far = copy();
    far.dimensions[2].sources[0].weight = 0.67 + 2e-9;
    expect(issuesOf(far)[0]).toMatchObject({
      path: 'dimensions[2].sources',
      message: expect.stringMatching(/^source weights of dimension seo must sum to 1 \(got 1\.000000002/),
    });
  });

  it('rejects negative and zero weights', () => {
    const input = copy();
    input.dimensions[1].sources[0].weight = -0.6;
    input.dimensions[1].sources[1].weight = 1.6;
    input.dimensions[0].sources[0].weight = 0;
    input.dimensions[0].sources[1].weight = 0.5;
    expect(issuesOf(input)).toEqual([
      { path: 'dimensions[0].sources[0].weight', message: 'weights must be > 0, got 0' },
      { path: 'dimensions[1].sources[0].weight', message: 'weights must be > 0, got -0.6' },
    ]);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['0.4', '"0.4"'],
  ])('rejects a weight of %s', (weight, shown) => {
    const input = copy();
    input.dimensions[0].weight = weight;
    expect(issuesOf(input)).toContainEqual({
      path: 'dimensions[0].weight',
      message: `must be a finite number, got ${shown}`,
    });
  });

  it('rejects duplicate source and dimension ids', () => {
    const input = copy();
    input.dimensions[2].sources[1].id = 'wage-bill';
    input.dimensions[2].id = 'lte';
    expect(issuesOf(input)).toEqual([
      { path: 'dimensions[2].id', message: 'duplicate dimension id "lte" (also dimensions[1])' },
      {
        path: 'dimensions[2].sources[1].id',
        message: 'duplicate source id "wage-bill" (also dimensions[2].sources[0])',
      },
    ]);
  });

  it('rejects an unknown source id when the known ids are given', () => {
    const input = copy();
    input.dimensions[0].sources[3].id = 'will-robots';
    const [issue] = issuesOf(input, { knownSourceIds: KNOWN_SOURCE_IDS });
    expect(issue).toMatchObject({ path: 'dimensions[0].sources[3].id' });
    expect(issue!.message).toBe(
      'unknown source "will-robots" (known: adaptive-capacity, ai-resilience-model, aioe, anthropic-observed-exposure, bls-annual-openings, bls-employment-change, eloundou-gpt4-exposure, microsoft-ai-applicability, wage-bill, will-robots-take-my-job)',
    );
    expect(() => parseMethodology(input)).not.toThrow();
  });

  it('rejects unsorted, overlapping and open-ended tiers', () => {
    const unsorted = copy();
    unsorted.tiers[1].above = 85;
    expect(issuesOf(unsorted)).toEqual([
      {
        path: 'tiers[1].above',
        message:
          'tiers overlap or are not sorted: list them from highest to lowest with strictly decreasing cut-offs (85 is not below tiers[0].above 80)',
      },
    ]);
    const overlapping = copy();
    overlapping.tiers[2].above = 65;
    expect(issuesOf(overlapping)[0]?.path).toBe('tiers[2].above');
    const ascending = copy();
    ascending.tiers.reverse();
    expect(issuesOf(ascending).map((issue) => issue.path)).toEqual([
      'tiers[0].above',
      'tiers[2].above',
      'tiers[3].above',
      'tiers[4].above',
      'tiers[5].above',
    ]);
    const noFloor = copy();
    noFloor.tiers[5].above = 0;
    expect(issuesOf(noFloor)).toEqual([
      { path: 'tiers[5].above', message: 'the last (lowest) tier must have above: null, got 0' },
    ]);
    const duplicate = copy();
    duplicate.tiers[1].name = 'Highly Resilient';
    expect(issuesOf(duplicate)[0]?.message).toBe('duplicate tier name "Highly Resilient" (also tiers[0])');
    const outOfRange = copy();
    outOfRange.tiers[0].above = 100;
    expect(issuesOf(outOfRange)[0]).toEqual({
      path: 'tiers[0].above',
      message: 'must be in [0, 100), got 100',
    });
  });

  it('rejects __proto__, constructor and prototype keys anywhere, before anything else', () => {
    const polluted = JSON.parse(
      '{"id":"x","__proto__":{"polluted":true},"dimensions":[{"constructor":{"prototype":{}}}],"scenario":{"prototype":1}}',
    );
    expect(issuesOf(polluted)).toEqual([
      { path: '__proto__', message: 'the key "__proto__" is not allowed' },
      { path: 'dimensions[0].constructor', message: 'the key "constructor" is not allowed' },
      { path: 'scenario.prototype', message: 'the key "prototype" is not allowed' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects reserved ids, unknown keys, a missing field and an unknown agreement dimension', () => {
    const input = copy();
    input.dimensions[0].sources[0].id = 'constructor';
    input.dimensions[0].sources[1].wieght = 0.25;
    delete input.label;
    input.confidence.agreementDimension = 'exposure';
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path: 'label', message: expect.stringContaining('expected string') });
    expect(issues).toContainEqual({
      path: 'dimensions[0].sources[1]',
      message: 'Unrecognized key: "wieght"',
    });
    // the cross-field rules run once the shape is valid
    delete input.dimensions[0].sources[1].wieght;
    input.label = 'x';
    expect(issuesOf(input)).toEqual([
      { path: 'dimensions[0].sources[0].id', message: 'the id "constructor" is reserved' },
      {
        path: 'confidence.agreementDimension',
        message: 'unknown dimension "exposure" (dimensions: mhc, lte, seo)',
      },
    ]);
  });

  it('rejects bad level cuts, thresholds and comparison phrases', () => {
    const input = copy();
    input.levels = { kind: 'fixed', low: 0.8, high: 0.7 };
    input.confidence.dispersionThresholds = [0.1, 0.3, 0.2, 0.4];
    input.comparison.phrases[1].atLeast = 0.9;
    expect(issuesOf(input)).toEqual([
      { path: 'levels', message: 'level cuts must satisfy 0 ≤ low ≤ high ≤ 1 (got low 0.8, high 0.7)' },
      { path: 'confidence.dispersionThresholds[2]', message: 'thresholds must not decrease (0.2 < 0.3)' },
      {
        path: 'comparison.phrases[1].atLeast',
        message: 'phrases must be listed with strictly decreasing thresholds (0.9 is not below 0.8)',
      },
    ]);
  });

  it('rejects an evidence group named like another source', () => {
    const input = copy();
    input.dimensions[1].sources[0].evidenceGroup = 'wage-bill';
    input.dimensions[1].sources[1].evidenceGroup = 'wage-bill';
    expect(issuesOf(input)).toEqual([
      {
        path: 'dimensions[2].sources[0].id',
        message:
          'the source id "wage-bill" is also an evidence group of other sources (bls-annual-openings, bls-employment-change)',
      },
    ]);
  });

  it('says every issue in the message', () => {
    const input = copy();
    input.dimensions[0].weight = 0.5;
    input.tiers[1].above = 90;
    expect(() => parseMethodology(input)).toThrow(
      'Invalid methodology: dimensions: dimension weights must sum to 1 (got 1.1); tiers[1].above: tiers overlap',
    );
  });
});

describe('defineMethodology', () => {
  it('validates a typed methodology and fills the defaults', () => {
    const input: MethodologyInput = {
      id: 'mhc-only',
      version: '1',
      label: 'Exposure only',
      dimensions: [{ ...DEFAULT_METHODOLOGY.dimensions[0]!, weight: 1 }],
      tiers: DEFAULT_METHODOLOGY.tiers,
      confidence: { agreementDimension: 'mhc' },
      levels: { kind: 'terciles' },
    };
    const m: Methodology = defineMethodology(input);
    expect(m.ties).toBe('average');
    expect(m.levels).toEqual({ kind: 'terciles' });
    expect(m.confidence.dispersionWhenFewSources).toBe(0.25);
    expect(() => defineMethodology({ ...input, dimensions: [] })).toThrow(
      'Invalid methodology: dimensions: must list at least one dimension',
    );
  });
});
