import {
  describeFormatter,
  HOSTILE_STRINGS,
  withHostileStrings,
  withNullsInside,
} from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { expectOnlySafeMarkup } from './__fixtures__/html-safety.js';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { escapeHtml } from './escape-html.js';
import { formatHtml, HTML_CONTENT_SECURITY_POLICY } from './format-html.js';

describeFormatter({
  name: 'formatHtml',
  format: (input) => formatHtml(input),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    expectOnlySafeMarkup(output);
    // The hostile title is shown, as text, in the h1.
    expect(output).toContain(`<h1>${escapeHtml(hostile)}</h1>`);
  },
});

describe('formatHtml', () => {
  const html = formatHtml(medicalRecordsSpecialists());

  it('is one self-contained document with a restrictive Content-Security-Policy', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`,
    );
    expect(HTML_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expectOnlySafeMarkup(html);
  });

  it('has four inline SVG charts, each an image with a label and a title', () => {
    const charts = [...html.matchAll(/<svg [^>]*>[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]{20,}"/);
      expect(chart).toMatch(/<title>[^<]{20,}<\/title>/);
    }
    expect(charts[0]).toContain('Score gauge: 41.4 %, tier Somewhat Resilient');
    expect(charts[0]).toContain('The median of all scored occupations is 50.9 %');
    expect(charts[1]).toContain('Meaningful Human Contribution 11.3 % (Low)');
    expect(charts[2]).toContain('Anthropic observed exposure 0.4');
    expect(charts[2]).toContain('Adaptive capacity no data');
    expect(charts[3]).toContain('Resilience of 17 tasks');
  });

  it('draws the six tier bands with the score and the median', () => {
    const gauge = html.match(/<svg [^>]*>[\s\S]*?<\/svg>/)![0];
    expect(gauge.match(/<rect /g)).toHaveLength(6);
    for (const name of ['Vulnerable', 'Not Very', 'Somewhat', 'Mostly', 'Highly'])
      expect(gauge).toContain(name);
    expect(gauge).toContain('Median 50.9 %');
    expect(gauge).toContain('41.4 % · Somewhat Resilient');
  });

  it('uses table semantics: captions, scoped column and row headers', () => {
    const tables = html.match(/<table>/g) ?? [];
    const captions = html.match(/<caption>[^<]+<\/caption>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(captions).toHaveLength(tables.length);
    expect(html).toContain('<th scope="col">Dimension</th>');
    expect(html).toContain('<th scope="row">Meaningful Human Contribution</th>');
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  it('never relies on colour alone: levels, tiers and percentiles are printed as text', () => {
    expect(html).toContain('<span class="level level-low">Low</span>');
    expect(html).toContain('<span class="tier tier-2">Somewhat Resilient</span>');
    expect(html).toContain('>20.7</text>');
  });

  it('shows the headline, median, sources with explanations, confidence, uncertainty, facts, tasks and citations', () => {
    for (const text of [
      'SOC 29-2072',
      'This occupation is somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources.',
      'The median of the 832 scored occupations is 50.9 %',
      'Share of the occupation&#39;s tasks seen performed in Claude usage',
      '14,200 a year',
      '+36.3 %',
      'High confidence: six of seven sources had data (none from adaptive capacity)',
      'Strong hiring demand helped, while wage bill landed at medium; adaptive capacity had no data.',
      'Leave-one-out range',
      '39.2 % – 43.7 %',
      '$50,250',
      'Postsecondary nondegree award',
      'U.S. Bureau of Labor Statistics, Employment Projections 2024–34',
      'Train clinicians and staff on documentation and coding practices.',
      'Methodology ai-resilience-report-1.5 version 1.5 (specification 2)',
      'Massenkoff, M. &amp; McCrory, P. (2026)',
      'Adaptive capacity (proxy)</strong>',
    ]) {
      expect(html).toContain(text);
    }
    expect(html.match(/<td[^>]*>unrated<\/td>/g)).toHaveLength(17);
  });

  it('prints a top-coded wage as ≥ $239,200 and unknown facts as —', () => {
    const nulls = formatHtml(withNullsInside(medicalRecordsSpecialists()));
    expect(nulls).toContain('<td>≥ $239,200</td>');
    expect(nulls).toContain('<th scope="row">Typical education for entry</th><td>—</td>');
    expect(nulls).toContain('<td class="missing">unrated</td>');
    expect(nulls).toContain('>Core</td>');
  });

  it('has a print stylesheet', () => {
    expect(html).toMatch(/@media print\{[^}]*\}/);
    expect(html).toContain('print-color-adjust:exact');
  });

  it('keeps a hostile custom tier name out of class names and styles', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const output = formatHtml(withHostileStrings(medicalRecordsSpecialists(), hostile));
      const style = output.match(/<style>([\s\S]*?)<\/style>/)![1]!;
      expect(style).not.toContain(hostile.slice(0, 8));
      expect(output).toContain('class="tier tier-2"');
    }
  });
});
