import type { ScoreResult } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { describeDrivers } from './describe-drivers.js';

function withPercentiles(
  percentiles: Record<string, number | null>,
  levels: Record<string, 'Low' | 'Med' | 'High'>,
): ScoreResult {
  const { result } = medicalRecordsSpecialists();
  for (const dimension of result.dimensions) {
    for (const source of dimension.sources) {
      if (source.sourceId in percentiles) {
        const percentile = percentiles[source.sourceId] ?? null;
        source.percentile = percentile;
        source.missing = percentile === null;
      }
    }
    const level = levels[dimension.id];
    if (level) dimension.level = level;
  }
  return result;
}

describe('describeDrivers', () => {
  it('describes 29-2072: high exposure everywhere, strong hiring demand, a medium wage bill', () => {
    expect(describeDrivers(medicalRecordsSpecialists().result)).toBe(
      'The AI Resilience Model, Anthropic observed exposure, Microsoft AI applicability and Will Robots Take My Job flagged high AI exposure, pulling human contribution low. ' +
        'Strong hiring demand helped, while wage bill landed at medium; adaptive capacity had no data.',
    );
  });

  it('separates exposure sources that disagree and names the sources of a mixed dimension', () => {
    const mixed = withPercentiles(
      {
        'ai-resilience-model': 0.85,
        'anthropic-observed-exposure': 0.1,
        'microsoft-ai-applicability': 0.55,
        'will-robots-take-my-job': 0.75,
        'bls-annual-openings': 0.2,
        'bls-employment-change': 0.9,
        'adaptive-capacity': 0.5,
      },
      { mhc: 'Med' },
    );
    expect(describeDrivers(mixed)).toBe(
      'Anthropic observed exposure flagged high AI exposure, the AI Resilience Model and Will Robots Take My Job found little AI exposure, while Microsoft AI applicability put AI exposure at medium, leaving human contribution at medium. ' +
        'Employment growth helped, but annual openings held the score back, while economic opportunity landed at medium.',
    );
  });

  it('speaks of weak demand when every source of a dimension is low', () => {
    const weak = withPercentiles(
      {
        'ai-resilience-model': 0.9,
        'anthropic-observed-exposure': 0.95,
        'microsoft-ai-applicability': 0.8,
        'will-robots-take-my-job': 0.72,
        'bls-annual-openings': 0.1,
        'bls-employment-change': 0.3,
        'wage-bill': 0.2,
        'adaptive-capacity': 0.35,
      },
      { mhc: 'High' },
    );
    expect(describeDrivers(weak)).toBe(
      'The AI Resilience Model, Anthropic observed exposure, Microsoft AI applicability and Will Robots Take My Job found little AI exposure, keeping human contribution high. ' +
        'Weak hiring demand and weak economic opportunity held the score back.',
    );
  });

  it('notes missing exposure sources and a dimension without data', () => {
    const sparse = withPercentiles(
      { 'microsoft-ai-applicability': null, 'wage-bill': null, 'adaptive-capacity': null },
      {},
    );
    const seo = sparse.dimensions[2]!;
    seo.score = null;
    seo.level = null;
    expect(describeDrivers(sparse)).toBe(
      'The AI Resilience Model, Anthropic observed exposure and Will Robots Take My Job flagged high AI exposure, pulling human contribution low (no data from Microsoft AI applicability). ' +
        'Strong hiring demand helped; wage bill and adaptive capacity had no data.',
    );
  });

  it('uses the agreement dimension the methodology names', () => {
    const { result } = medicalRecordsSpecialists();
    const text = describeDrivers(result, {
      confidence: {
        agreementDimension: 'lte',
        dispersionThresholds: [0.1, 0.2, 0.3, 0.4],
        dispersionWhenFewSources: 0.25,
        sourceCaps: [],
        agreementSourceCaps: [],
      },
    });
    expect(
      text.startsWith(
        'Annual openings and employment growth found little AI exposure, keeping hiring demand high.',
      ),
    ).toBe(true);
  });
});
