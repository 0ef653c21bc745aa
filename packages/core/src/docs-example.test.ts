import { describe, expect, it } from 'vitest';
import example from '../../../docs/examples/my-methodology.json' with { type: 'json' };
import { MethodologyError, type MethodologyIssue } from './methodology-error.js';
import { MethodologySchema } from './methodology-schema.js';
import { parseMethodology } from './parse-methodology.js';
import { scoreFromPercentiles } from './score-from-percentiles.js';
import { KNOWN_SOURCE_IDS } from './source-ids.js';

// docs/custom-methodology.md shows docs/examples/my-methodology.json and the errors of broken copies of it.
const copy = (): typeof example => JSON.parse(JSON.stringify(example));

function issuesOf(input: unknown): MethodologyIssue[] {
  try {
    parseMethodology(input, { knownSourceIds: KNOWN_SOURCE_IDS });
  } catch (error) {
    expect(error).toBeInstanceOf(MethodologyError);
    return (error as MethodologyError).issues;
  }
  throw new Error('expected a MethodologyError');
}

describe('the example methodology of docs/custom-methodology.md', () => {
  it('validates with the known source ids', () => {
    const methodology = parseMethodology(example, { knownSourceIds: KNOWN_SOURCE_IDS });
    expect(methodology.id).toBe('youth-pathways');
    expect(methodology.dimensions.map((dimension) => dimension.weight)).toEqual([0.4, 0.4, 0.2]);
    expect(methodology.levels).toEqual({ kind: 'terciles' });
    expect(methodology.tiers.at(-1)).toEqual({ name: 'Prepare for change', above: null });
  });

  it('spells out every field of a methodology, so it documents them all', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(MethodologySchema.shape).sort());
    const sourceKeys = new Set(
      example.dimensions.flatMap((dimension) => dimension.sources.flatMap(Object.keys)),
    );
    expect([...sourceKeys].sort()).toEqual(['direction', 'evidenceGroup', 'id', 'label', 'weight']);
  });

  it('scores known percentiles with its own weights, tiers and renormalisation', () => {
    const methodology = parseMethodology(example);
    const combined = scoreFromPercentiles(
      {
        'ai-resilience-model': 0.5,
        'anthropic-observed-exposure': 0.5,
        'microsoft-ai-applicability': 0.5,
        'eloundou-gpt4-exposure': 0.5,
        'bls-annual-openings': 1,
        'bls-employment-change': 1,
        'wage-bill': 0,
      },
      methodology,
    );
    // 0.4·0.5 + 0.4·1 + 0.2·0 = 0.6; adaptive capacity is missing, so the wage bill takes all of SEO.
    expect(combined.score).toBeCloseTo(0.6, 12);
    expect(combined.tier.name).toBe('Steady outlook');
    expect(combined.sources.find((source) => source.sourceId === 'wage-bill')?.effectiveWeight).toBe(1);
    expect(combined.confidence.sourcesTotal).toBe(7);
  });

  it('gives the errors the guide quotes for broken copies', () => {
    const weights = copy();
    weights.dimensions[0]!.weight = 0.5;
    expect(issuesOf(weights)).toEqual([
      { path: 'dimensions', message: 'dimension weights must sum to 1 (got 1.1)' },
    ]);

    const unknown = copy();
    unknown.dimensions[0]!.sources[3]!.id = 'my-survey';
    expect(issuesOf(unknown)[0]?.path).toBe('dimensions[0].sources[3].id');
    expect(issuesOf(unknown)[0]?.message).toMatch(/^unknown source "my-survey" \(known: adaptive-capacity, /);

    const tiers = copy();
    Object.assign(tiers.tiers[1]!, { above: 70 });
    expect(issuesOf(tiers)).toEqual([
      {
        path: 'tiers[1].above',
        message:
          'tiers overlap or are not sorted: list them from highest to lowest with strictly decreasing cut-offs (70 is not below tiers[0].above 65)',
      },
    ]);

    const typo = copy();
    Object.assign(typo.dimensions[1]!.sources[0]!, { wieght: 0.5 });
    expect(issuesOf(typo)).toEqual([
      { path: 'dimensions[1].sources[0]', message: 'Unrecognized key: "wieght"' },
    ]);
  });
});
