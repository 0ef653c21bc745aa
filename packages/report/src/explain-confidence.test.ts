import type { ScoreResult } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { explainConfidence } from './explain-confidence.js';

function result(): ScoreResult {
  return medicalRecordsSpecialists().result;
}

function setPercentile(target: ScoreResult, sourceId: string, percentile: number | null): void {
  for (const dimension of target.dimensions) {
    for (const source of dimension.sources) {
      if (source.sourceId === sourceId) {
        source.percentile = percentile;
        source.missing = percentile === null;
        source.raw = percentile === null ? null : (source.raw ?? 1);
      }
    }
  }
}

describe('explainConfidence', () => {
  it('explains 29-2072: coverage, close agreement and the source furthest from the others', () => {
    expect(explainConfidence(result())).toBe(
      'High confidence: six of seven sources had data (none from adaptive capacity), and all four AI-exposure sources agreed closely (a mean 8.5 percentile points from their median of 12.0). ' +
        'Anthropic observed exposure was furthest from the others, at percentile 0.4, rating the occupation less resilient than they did.',
    );
  });

  it('says when every source had data', () => {
    const full = result();
    setPercentile(full, 'adaptive-capacity', 0.5);
    full.missingSources = [];
    full.confidence.sourcesWithData = 7;
    expect(explainConfidence(full)).toMatch(/^High confidence: all seven sources had data, and all four/);
  });

  it('says which source pushed back when it disagrees strongly, and on which side', () => {
    const split = result();
    split.confidence = {
      ...split.confidence,
      level: 'Low-medium',
      levelFromAgreement: 'Low-medium',
      dispersion: 0.34,
      agreementMedian: 0.3,
      mostDisagreeing: { sourceId: 'microsoft-ai-applicability', percentile: 0.92, deviation: 0.62 },
    };
    const text = explainConfidence(split);
    expect(text).toContain(
      'all four AI-exposure sources disagreed (a mean 34.0 percentile points from their median of 30.0)',
    );
    expect(text).toContain(
      'Microsoft AI applicability pushed back, at percentile 92.0, rating the occupation more resilient than the others did.',
    );
  });

  it('says when coverage caps the level below what agreement gives', () => {
    const sparse = result();
    setPercentile(sparse, 'microsoft-ai-applicability', null);
    setPercentile(sparse, 'will-robots-take-my-job', null);
    sparse.missingSources = ['microsoft-ai-applicability', 'will-robots-take-my-job', 'adaptive-capacity'];
    sparse.confidence = {
      ...sparse.confidence,
      level: 'Medium-high',
      sourcesWithData: 4,
      agreementSourcesWithData: 2,
      coverageCap: 'Medium-high',
      mostDisagreeing: null,
    };
    expect(explainConfidence(sparse)).toBe(
      'Medium-high confidence: four of seven sources had data (none from Microsoft AI applicability, Will Robots Take My Job and adaptive capacity), and the two AI-exposure sources with data agreed closely (a mean 8.5 percentile points from their median of 12.0). ' +
        'Agreement alone would give High, but with four sources and two AI-exposure sources the coverage caps confidence at Medium-high.',
    );
  });

  it('names a group of sources with no data by its sources, once', () => {
    const noBls = result();
    setPercentile(noBls, 'bls-annual-openings', null);
    setPercentile(noBls, 'bls-employment-change', null);
    noBls.confidence.sourcesWithData = 5;
    expect(explainConfidence(noBls)).toContain(
      'five of seven sources had data (none from annual openings and employment growth and adaptive capacity)',
    );
  });

  it('says when too few exposure sources had data to judge agreement', () => {
    const one = result();
    one.confidence = {
      ...one.confidence,
      level: 'Medium',
      levelFromAgreement: 'Medium',
      agreementSourcesWithData: 1,
      mostDisagreeing: null,
    };
    expect(explainConfidence(one)).toContain(
      'only one AI-exposure source had data, too few to judge agreement.',
    );
  });
});
