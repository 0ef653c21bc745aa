import { describeSourceAdapter, hasMirror, mirrorPath, readReferenceCsv } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadMicrosoftAiApplicability } from './load-microsoft-ai-applicability.js';
import { loadMicrosoftSocMetrics } from './load-microsoft-soc-metrics.js';
import { parseMicrosoftAiApplicability } from './parse-microsoft-ai-applicability.js';
import { MICROSOFT_SOC_METRICS, parseMicrosoftSocMetrics } from './parse-microsoft-soc-metrics.js';

describeSourceAdapter({
  name: 'microsoft/soc_ai_applicability_scores.csv',
  format: 'csv',
  fixture: [
    ['SOC Code', 'title', 'ai_applicability_score'],
    ['11-1011', 'Chief Executives', '0.155502898114603'],
    ['13-1020', 'Buyers and Purchasing Agents', '0.2'],
    ['29-2072', 'Medical Records Specialists', '0.27060368865203227'],
  ],
  parse: (bytes, file) => parseMicrosoftAiApplicability({ bytes, file }),
  requiredColumn: 'ai_applicability_score',
  numericColumn: 'ai_applicability_score',
  check: (parsed) => {
    expect(parsed.records).toHaveLength(3);
    expect(parsed.records[2]).toEqual({
      code: '29-2072',
      value: 0.27060368865203227,
      title: 'Medical Records Specialists',
      row: 4,
    });
    expect(parsed.descriptor).toMatchObject({
      id: 'microsoft-ai-applicability',
      direction: 'higher-is-more-exposed',
      codeSystem: 'soc-2018',
    });
  },
});

const metricsHeader = ['SOC Code', 'title', ...MICROSOFT_SOC_METRICS];
describeSourceAdapter({
  name: 'microsoft/soc_metrics.csv',
  format: 'csv',
  fixture: [
    metricsHeader,
    [
      '11-1011',
      'Chief Executives',
      '0.31',
      '0.25',
      '0.9',
      '0.9',
      '0.69',
      '0.68',
      '0.6',
      '0.33',
      '0.2',
      '0.1',
    ],
    [
      '29-2072',
      'Medical Records Specialists',
      '0.68',
      '0.63',
      '0.89',
      '0.85',
      '0.69',
      '0.66',
      '0.6',
      '0.31',
      '0.38',
      '0.15',
    ],
  ],
  parse: (bytes, file) => parseMicrosoftSocMetrics({ bytes, file }),
  requiredColumn: 'impact_scope_ai',
  numericColumn: 'coverage_ai',
  check: (parsed) => {
    expect(parsed.records[1]).toEqual({
      code: '29-2072',
      title: 'Medical Records Specialists',
      metrics: {
        coverage_user: 0.68,
        coverage_ai: 0.63,
        completion_user: 0.89,
        completion_ai: 0.85,
        feedback_positive_fraction_user: 0.69,
        feedback_positive_fraction_ai: 0.66,
        impact_scope_user: 0.6,
        impact_scope_ai: 0.31,
        ai_applicability_score_user: 0.38,
        ai_applicability_score_ai: 0.15,
      },
      row: 3,
    });
  },
});

describe('parseMicrosoftAiApplicability rules', () => {
  const parse = (text: string) =>
    parseMicrosoftAiApplicability({ bytes: new TextEncoder().encode(text), file: 'x.csv' });
  it('rejects an O*NET-SOC code, a duplicated code and a score outside [0, 1]', () => {
    expect(() => parse('SOC Code,title,ai_applicability_score\n29-2072.00,A,0.2\n')).toThrow(
      /row 2: `SOC Code` must be a SOC 2018 detailed code/,
    );
    expect(() => parse('SOC Code,title,ai_applicability_score\n29-2072,A,0.2\n29-2072,A,0.3\n')).toThrow(
      /row 3: `SOC Code` duplicate code 29-2072/,
    );
    expect(() => parse('SOC Code,title,ai_applicability_score\n29-2072,A,-0.1\n')).toThrow(
      /must be in \[0, 1\], got -0.1/,
    );
  });
  it('leaves the title out when the cell is empty', () => {
    expect(parse('SOC Code,title,ai_applicability_score\n29-2072,,0.2\n').records[0]).toEqual({
      code: '29-2072',
      value: 0.2,
      row: 2,
    });
  });
});

describe.runIf(hasMirror)('microsoft files in the mirror', () => {
  it('has 785 applicability scores, 29-2072 at 0.2706…, matching the reference', async () => {
    const { records, descriptor } = await loadMicrosoftAiApplicability(
      mirrorPath('microsoft/soc_ai_applicability_scores.csv'),
    );
    expect(records).toHaveLength(785);
    expect(records.find((record) => record.code === '29-2072')?.value).toBeCloseTo(0.2706, 4);
    expect(Math.max(...records.map((record) => record.value))).toBeLessThan(0.5);
    expect(descriptor.files[0]?.sha256).toBe(
      '2a077dbe90ff377813adac04b2acef6aee51c4b13505a4760ea84ca3efc9039a',
    );
    const byCode = new Map(records.map((record) => [record.code, record.value]));
    const reference = readReferenceCsv('scores.csv').filter((row) => row.microsoft_raw !== '');
    expect(reference.length).toBeGreaterThan(700);
    // The reference prints 16 significant digits: equal to about 1e-15.
    for (const row of reference)
      expect(Math.abs(byCode.get(row.soc!)! - Number(row.microsoft_raw)), row.soc).toBeLessThan(1e-15);
  });

  it('has 785 metric rows whose user and AI applicability average to the published score', async () => {
    const [{ records }, scores] = await Promise.all([
      loadMicrosoftSocMetrics(mirrorPath('microsoft/soc_metrics.csv')),
      loadMicrosoftAiApplicability(mirrorPath('microsoft/soc_ai_applicability_scores.csv')),
    ]);
    expect(records).toHaveLength(785);
    const score = new Map(scores.records.map((record) => [record.code, record.value]));
    for (const record of records) {
      const mean =
        (record.metrics.ai_applicability_score_user + record.metrics.ai_applicability_score_ai) / 2;
      expect(Math.abs(mean - score.get(record.code)!), record.code).toBeLessThan(1e-12);
    }
  });
});
