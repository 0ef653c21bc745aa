import {
  type Dataset,
  DEFAULT_METHODOLOGY,
  type Methodology,
  type OccupationProfile,
  parseMethodology,
  type ScoreResult,
  type SourceValues,
  scoreAll,
  scoreOccupation,
} from '@airesilience/core';
import { HOSTILE_STRINGS, readCsvRows } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { expectOnlySafeMarkup } from './__fixtures__/html-safety.js';
import { formatCsv } from './format-csv.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';

// Output safety end to end: hostile text placed in every string a report takes from data (occupation
// titles, task statements, descriptions, BLS facts, source labels, citations, licences, vintages, the
// dataset label, custom tier names, dimension and source labels and comparison phrases of a custom
// methodology) goes through the real scoring engine and every formatter. HTML must hold no markup but the
// report's own, CSV no cell a spreadsheet would run as a formula, JSON must round-trip the text exactly.

/** An XSS and injection corpus that extends the shared HOSTILE_STRINGS. */
export const XSS_CORPUS: readonly string[] = [
  ...HOSTILE_STRINGS,
  '<ScRiPt>alert(1)</sCrIpT>',
  '<img src=x onerror=alert(1)//',
  '<svg/onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--<script>alert(1)//-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src=javascript:alert(1)>',
  '<form action=javascript:alert(1)><button>x</button></form>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '`onerror=alert(1)`',
  '<style>@import "https://evil.example/x.css";</style>',
  'x:expression(alert(1)); background:url(javascript:alert(1))',
  '</textarea><script>alert(1)</script>',
  '</noscript><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<scr\u0000ipt>alert(1)</scr\u0000ipt>',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<x contenteditable onblur=alert(1)>lose focus!',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
  '\u2028\u2029<script>alert(1)</script>',
  '<svg><foreignObject><script>alert(1)</script></foreignObject></svg>',
  '<title><img src=x onerror=alert(1)></title>',
  '<xmp><script>alert(1)</script></xmp>',
  '<!doctype html><script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template placeholder is the payload.
  '<% 7*7 %> {{7*7}} #{7*7} ${7*7}',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+HYPERLINK("https://evil.example")',
  '-1+1|cmd',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '=1+1\n=2+2',
  '"=1+1"',
  '＝1+1',
  '<\u200bscript>alert(1)</script>',
  '\ud800 lone surrogate <b>',
];

const OCCUPATION = '29-2072';
const OTHERS = ['11-1011', '15-1252', '43-4051'];

/** A custom methodology with the hostile text in every label, tier name and comparison phrase. */
function hostileMethodology(hostile: string): Methodology {
  const json = JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)) as Record<string, unknown> & {
    dimensions: { label: string; sources: { label: string }[] }[];
    tiers: { name: string }[];
    comparison: { phrases: { phrase: string }[] };
  };
  json.id = 'hostile';
  json.label = hostile;
  json.description = hostile;
  for (const dimension of json.dimensions) {
    dimension.label = `${hostile} dimension`;
    for (const source of dimension.sources) source.label = `${hostile} source`;
  }
  json.tiers.forEach((tier, index) => {
    tier.name = `${hostile} tier ${index}`;
  });
  json.comparison.phrases.forEach((entry, index) => {
    entry.phrase = `${hostile} phrase ${index}`;
  });
  return parseMethodology(json);
}

/** A dataset with a value for every source of the methodology, and hostile titles and descriptors. */
function hostileDataset(methodology: Methodology, hostile: string): Dataset {
  const codes = [OCCUPATION, ...OTHERS];
  const sources: Record<string, SourceValues> = {};
  methodology.dimensions.forEach((dimension, d) => {
    dimension.sources.forEach((source, s) => {
      sources[source.id] = {
        descriptor: {
          id: source.id,
          label: hostile,
          citation: hostile,
          vintage: hostile,
          licence: hostile,
          direction: source.direction,
          codeSystem: 'soc-2018',
          files: [{ path: `${hostile}.csv`, sha256: 'a'.repeat(64) }],
          notes: hostile,
        },
        universe: { codes, values: codes.map((_, row) => ((row + d + s) % 4) / 3) },
        links: Object.fromEntries(codes.map((code) => [code, [code]])),
      };
    });
  });
  return {
    schemaVersion: 1,
    label: hostile,
    occupations: codes.map((code) => ({ code, title: `${hostile} ${code}`, kind: 'soc', lineItem: true })),
    sources,
  };
}

function hostileProfile(hostile: string): OccupationProfile {
  return {
    code: OCCUPATION,
    title: hostile,
    description: hostile,
    facts: {
      employment2024: 190.1,
      employment2034: 205.3,
      employmentChangePercent: 8,
      annualOpenings: 15.4,
      medianWage: 50250,
      medianWageTopCoded: false,
      typicalEducation: hostile,
      workExperience: hostile,
      onTheJobTraining: hostile,
      citation: hostile,
    },
    tasks: [1, 2, 3].map((taskId) => ({
      taskId,
      statement: `${hostile} task ${taskId}`,
      taskType: taskId === 1 ? 'Core' : taskId === 2 ? 'Supplemental' : null,
      resilience: taskId === 3 ? null : taskId / 4,
      automationLikelihood: taskId === 3 ? null : 1 - taskId / 4,
      weight: 1 / 3,
      signals: [{ signal: hostile, value: 0.5, join: 'id' as const }],
    })),
  };
}

function pipeline(hostile: string): {
  result: ScoreResult;
  profile: OccupationProfile;
  methodology: Methodology;
} {
  const methodology = hostileMethodology(hostile);
  const dataset = hostileDataset(methodology, hostile);
  const result = scoreOccupation(dataset, OCCUPATION, methodology, { uncertainty: { draws: 200, seed: 7 } });
  return { result, profile: hostileProfile(hostile), methodology };
}

/** A cell a spreadsheet would treat as a formula: one that starts with = + - @ tab or CR and is no number. */
export function isFormulaCell(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell);
}

describe.each(XSS_CORPUS.map((hostile) => [JSON.stringify(hostile).slice(0, 60), hostile] as const))(
  'hostile text %s through scoring and every formatter',
  (_, hostile) => {
    const { result, profile, methodology } = pipeline(hostile);

    it('reaches the result (so the test is not vacuous)', () => {
      expect(result.title).toBe(`${hostile} ${OCCUPATION}`);
      expect(result.tier.name).toContain(hostile);
      expect(result.provenance.sources[0]!.citation).toBe(hostile);
    });

    it('HTML: only the report’s own elements and attributes, and the text escaped', () => {
      const html = formatHtml({ result, profile }, { methodology });
      expectOnlySafeMarkup(html);
      if (/[<>"']/.test(hostile)) expect(html).not.toContain(hostile);
      expect(html).not.toMatch(/<(script|iframe|object|embed|base|link|img|form|details|math|xmp)\b/i);
    });

    it('Markdown: no raw HTML tag from the data', () => {
      const markdown = formatMarkdown({ result, profile }, { methodology });
      expect(markdown).not.toMatch(
        /<(script|img|svg|iframe|a|style|title|math|base|meta|link|object|embed|form|details|body|x|xmp)\b/i,
      );
    });

    it('text: no terminal escape sequence or bidirectional override from the data', () => {
      const text = formatText({ result, profile }, { methodology, color: false });
      expect(text).not.toMatch(/[\u001b\u009b\u202a-\u202e\u2066-\u2069]/);
    });

    it('CSV: no cell a spreadsheet would run as a formula, and the text kept after the quote', () => {
      const all = scoreAll(hostileDataset(methodology, hostile), methodology);
      const csv = formatCsv(all.results.map((scored) => ({ result: scored })));
      expect(csv.endsWith('\r\n'), 'the output ends with CRLF').toBe(true);
      const rows = readCsvRows(csv);
      expect(rows).toHaveLength(1 + OTHERS.length + 1);
      const width = rows[0]!.length;
      for (const row of rows) {
        expect(row).toHaveLength(width);
        for (const cell of row) expect(isFormulaCell(cell), JSON.stringify(cell)).toBe(false);
      }
      // The title is the data itself, with at most a leading apostrophe that stops a formula.
      const titles = rows.slice(1).map((row) => row[1]!.replace(/^'(?=[=+\-@\t\r])/, ''));
      expect(titles.sort()).toEqual([OCCUPATION, ...OTHERS].map((code) => `${hostile} ${code}`).sort());
    });

    it('JSON: valid, and the text round-trips exactly', () => {
      const parsed = JSON.parse(formatJson({ result, profile })) as { result?: { title?: string } };
      expect(JSON.stringify(parsed)).toContain(JSON.stringify(hostile).slice(1, -1));
    });
  },
);

describe('isFormulaCell (the CSV check itself)', () => {
  it.each([
    ['=1+1', true],
    ['+1+1', true],
    ['-1+1', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\r=1', true],
    ["'=1+1", false],
    ['-0.05', false],
    ['+3', false],
    ['Medical Records Specialists', false],
  ])('%j is a formula: %s', (cell, formula) => {
    expect(isFormulaCell(cell)).toBe(formula);
  });
});
