import { DEFAULT_METHODOLOGY } from '@airesilience/core';
import { withMissingData, withNullsInside } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { ReportInputError } from './report-input-error.js';
import { buildReportView } from './report-view.js';
import { resolveTierBands } from './tier-bands.js';

describe('buildReportView', () => {
  const view = buildReportView(medicalRecordsSpecialists());

  it('formats the headline', () => {
    expect(view.scoreText).toBe('41.4 %');
    expect(view.tierName).toBe('Somewhat Resilient');
    expect(view.comparisonSentence).toBe(
      'This occupation is somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources.',
    );
    expect(view.medianText).toBe(
      'The median of the 832 scored occupations is 50.9 %; this one scores above 24.6 % of them.',
    );
  });

  it('keeps a comparison sentence that is already a full sentence', () => {
    const input = medicalRecordsSpecialists();
    input.result.comparison.sentence = 'Clerks are less resilient than most.';
    expect(buildReportView(input).comparisonSentence).toBe('Clerks are less resilient than most.');
  });

  it('formats dimensions and sources, with rescaled and missing weights', () => {
    expect(
      view.dimensions.map((dimension) => [dimension.scoreText, dimension.levelText, dimension.weightText]),
    ).toEqual([
      ['11.3 %', 'Low', '40 %'],
      ['78.7 %', 'High', '30 %'],
      ['44.1 %', 'Med', '30 %'],
    ]);
    const seo = view.dimensions[2]!.sources;
    expect(seo.map((source) => source.weightText)).toEqual(['67 % (rescaled to 100 %)', '33 % (no data)']);
    expect(seo.map((source) => source.rawText)).toEqual(['+36.3 %', 'no data']);
    expect(seo[1]).toMatchObject({
      percentile: null,
      percentileText: '—',
      contributionText: '—',
      missing: true,
    });
    expect(view.dimensions[1]!.sources.map((source) => source.rawText)).toEqual(['14,200 a year', '+7.1 %']);
  });

  it('shows a dimension without data as no data', () => {
    const missing = buildReportView(withMissingData(medicalRecordsSpecialists()));
    expect(missing.dimensions[2]).toMatchObject({
      scoreText: 'no data',
      levelText: '—',
      score: null,
      level: null,
    });
    expect(missing.dimensions[2]!.weightText).toBe('30 % (no data)');
    expect(missing.dimensions[0]!.sources[0]).toMatchObject({ rawText: 'no data', missing: true });
  });

  it('sorts tasks most resilient first, ties by Task ID, tasks without a value last', () => {
    const input = withNullsInside(medicalRecordsSpecialists());
    const tasks = buildReportView(input).tasks;
    expect(tasks).toHaveLength(17);
    expect(tasks.map((task) => task.rank)).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
    expect(tasks.at(-1)).toMatchObject({ resilience: null, resilienceText: '—', typeText: 'unrated' });
    const values = tasks.slice(0, -1).map((task) => task.resilience!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const fifty = tasks.filter((task) => task.resilience === 0.5).map((task) => task.taskId);
    expect(fifty).toEqual([...fifty].sort((a, b) => a - b));
    expect(tasks.map((task) => task.typeText)).toContain('Core');
    expect(tasks.map((task) => task.typeText)).toContain('Supplemental');
  });

  it('formats BLS facts, a top-coded wage and unknown values', () => {
    expect(view.facts?.rows.map((row) => row.value)).toEqual([
      '$50,250',
      '194,800',
      '208,600',
      '+7.1 %',
      '14,200',
      'Postsecondary nondegree award',
      'None',
      'None',
    ]);
    const nulls = buildReportView(withNullsInside(medicalRecordsSpecialists()));
    expect(nulls.facts?.rows.map((row) => row.value)).toEqual([
      '≥ $239,200',
      '194,800',
      '—',
      '—',
      '14,200',
      '—',
      '—',
      '—',
    ]);
  });

  it('summarises uncertainty and says when the tier is not stable', () => {
    expect(view.uncertainty?.leaveOneOutText).toBe('39.6 % – 42.6 %');
    expect(view.uncertainty?.monteCarloText).toBe(
      '39.2 % – 43.7 % (median 41.3 %; 1,000 draws, seed 20260519, concentration 50)',
    );
    expect(view.uncertainty?.tierStableText).toBe(
      'Yes: the tier never changes when one source is left out, and changes in 0.4 % of draws.',
    );
    const input = medicalRecordsSpecialists();
    input.result.uncertainty!.tierStable = false;
    input.result.uncertainty!.leaveOneOut[5]!.tier = 'Not Very Resilient';
    input.result.uncertainty!.monteCarlo.tierChangeRate = 0.183;
    expect(buildReportView(input).uncertainty?.tierStableText).toBe(
      'No: the tier changes when some source is left out, and changes in 18.3 % of draws.',
    );
  });

  it('summarises the methodology and marks proxies once', () => {
    expect(view.methodology.summary).toBe(
      'Methodology ai-resilience-report-1.5 version 1.5 (specification 2); dataset airesilience snapshot 2026-11; percentiles with average ties, unweighted; scenario: wageBillScenario = v1.2-gen_plus_physical_ai.',
    );
    expect(view.citations).toHaveLength(7);
    expect(view.citations[5]?.labelWithProxy).toBe('Adaptive capacity (proxy)');
    const input = medicalRecordsSpecialists();
    input.result.provenance.sources[5]!.label = 'Adaptive capacity';
    expect(buildReportView(input).citations[5]?.labelWithProxy).toBe('Adaptive capacity (open proxy)');
  });
});

describe('resolveTierBands', () => {
  const { result } = medicalRecordsSpecialists();

  it("turns the default methodology's tiers into bands, lowest first", () => {
    expect(resolveTierBands(result)).toEqual([
      { name: 'Vulnerable', from: 0, to: 22 },
      { name: 'Not Very Resilient', from: 22, to: 35 },
      { name: 'Somewhat Resilient', from: 35, to: 50 },
      { name: 'Mostly Resilient', from: 50, to: 65 },
      { name: 'Resilient', from: 65, to: 80 },
      { name: 'Highly Resilient', from: 80, to: 100 },
    ]);
    expect(resolveTierBands(result, DEFAULT_METHODOLOGY.tiers)).toEqual(resolveTierBands(result));
  });

  it("names the result's band with the result's own tier name", () => {
    const custom = { tier: { name: 'Middling', index: 1, above: 50 } };
    const bands = resolveTierBands(custom, [
      { name: 'High', above: 80 },
      { name: 'Mid', above: 50 },
      { name: 'Low', above: null },
    ]);
    expect(bands).toEqual([
      { name: 'Low', from: 0, to: 50 },
      { name: 'Middling', from: 50, to: 80 },
      { name: 'High', from: 80, to: 100 },
    ]);
  });

  it('rejects tiers that are empty, unordered or without a catch-all', () => {
    expect(() => resolveTierBands(result, [])).toThrow(ReportInputError);
    expect(() =>
      resolveTierBands(result, [
        { name: 'A', above: 20 },
        { name: 'B', above: 50 },
        { name: 'C', above: null },
      ]),
    ).toThrow(/tier 1 \("B"\): above must be in \[0, 20\), got 50/);
    expect(() => resolveTierBands(result, [{ name: 'A', above: 20 }])).toThrow(
      /only the last tier has above: null/,
    );
  });
});
