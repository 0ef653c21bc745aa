import { describeFormatter, withNullsInside } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { expectOnlySafeMarkup } from './__fixtures__/html-safety.js';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatMarkdown } from './format-markdown.js';

// markdown-it is a dependency of typedoc (a root devDependency) and ships no types: it is loaded by a
// computed specifier. It renders CommonMark with raw HTML allowed, as GitHub does before sanitising, so
// anything from data that would become markup shows up in its output.
type MarkdownIt = new (options: { html: boolean }) => { render: (markdown: string) => string };
const MarkdownItModule: { default: MarkdownIt } = await import('markdown-it' as string);
const renderer = new MarkdownItModule.default({ html: true });

/** Counts the `|` that are cell separators (not escaped with a backslash). */
function separators(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') index += 1;
    else if (line[index] === '|') count += 1;
  }
  return count;
}

/** Asserts that every row of every table has as many cells as its header. */
function expectWellFormedTables(markdown: string): void {
  expect(markdown).toMatch(/^\| --- \|/m);
  for (const block of markdown.split('\n\n')) {
    const rows = block.split('\n').filter((line) => line.startsWith('|'));
    if (rows.length === 0) continue;
    const expected = separators(rows[0]!);
    for (const row of rows) expect(separators(row), row).toBe(expected);
  }
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describeFormatter({
  name: 'formatMarkdown',
  format: (input) => formatMarkdown(input),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    expectWellFormedTables(output);
    const rendered = renderer.render(output);
    expectOnlySafeMarkup(rendered);
    // The hostile title is the h1's text, literally (line breaks and control characters aside).
    const expected = hostile
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim();
    const h1 = rendered.match(/<h1>([\s\S]*?)<\/h1>/)?.[1] ?? '';
    expect(decode(h1).trim()).toBe(expected);
  },
});

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(medicalRecordsSpecialists());

  it('starts with the title, the code, the score, the tier, the comparison and the median', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Medical Records Specialists');
    expect(lines[2]).toBe(
      '**SOC 29-2072** · AI resilience score **41.4 %** · tier **Somewhat Resilient** (3 of 6, lowest first)',
    );
    expect(markdown).toContain(
      'This occupation is somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources.',
    );
    expect(markdown).toContain(
      'The median of the 832 scored occupations is 50.9 %; this one scores above 24.6 % of them.',
    );
  });

  it('lists the dimensions with weight, score, level and contribution', () => {
    expect(markdown).toContain('| Meaningful Human Contribution | 40 % | 11.3 % | Low | 4.5 pts |');
    expect(markdown).toContain('| Long-term Employer Demand | 30 % | 78.7 % | High | 23.6 pts |');
    expect(markdown).toContain('| Sustained Economic Opportunity | 30 % | 44.1 % | Med | 13.2 pts |');
  });

  it('lists every source with raw value, meaning, percentile and contribution', () => {
    const sourceRows = markdown
      .split('\n')
      .filter((line) => /^\| (Meaningful|Long-term|Sustained)/.test(line));
    expect(sourceRows).toHaveLength(3 + 8);
    expect(markdown).toContain(
      "| Anthropic observed exposure | 0.6674 | Share of the occupation's tasks seen performed in Claude usage (Anthropic Economic Index, 0–1); higher = more exposed. | 25 % | 0.4 | 0.04 pts |",
    );
    expect(markdown).toContain('| Will Robots Take My Job | 91 % |');
    expect(markdown).toContain('| Adaptive capacity | no data |');
    expect(markdown).toContain('| 67 % (rescaled to 100 %) | 44.1 | 13.23 pts |');
  });

  it('explains the confidence and the drivers, and shows the uncertainty', () => {
    expect(markdown).toContain('## Confidence: High');
    expect(markdown).toContain(
      'High confidence: six of seven sources had data (none from adaptive capacity)',
    );
    expect(markdown).toContain('flagged high AI exposure, pulling human contribution low.');
    expect(markdown).toContain('- Leave-one-out range: 39.6 % – 42.6 %');
    expect(markdown).toContain(
      '- Monte Carlo 5th–95th percentile: 39.2 % – 43.7 % (median 41.3 %; 1,000 draws',
    );
    expect(markdown).toContain('- Tier stable: Yes');
  });

  it('shows the BLS facts with their citation', () => {
    for (const row of [
      '| Median annual wage (2024) | \\$50,250 |',
      '| Employment (2024) | 194,800 |',
      '| Projected employment (2034) | 208,600 |',
      '| Projected growth (2024–34) | +7.1 % |',
      '| Annual openings (2024–34) | 14,200 |',
      '| Typical education for entry | Postsecondary nondegree award |',
      '| Work experience in a related occupation | None |',
      '| Typical on-the-job training | None |',
    ]) {
      expect(markdown).toContain(row);
    }
    expect(markdown).toContain('Source: U.S. Bureau of Labor Statistics, Employment Projections 2024–34');
  });

  it('lists the description and all 17 tasks, most resilient first, with their Task Type', () => {
    const taskRows = markdown.split('\n').filter((line) => /^\| \d+ \| /.test(line));
    expect(taskRows).toHaveLength(17);
    expect(taskRows[0]).toBe(
      '| 1 | Train clinicians and staff on documentation and coding practices. | unrated | 83.3 % |',
    );
    expect(taskRows[16]).toBe('| 17 | Transcribe dictated notes into patient records. | unrated | 28.8 % |');
    const percents = taskRows.map((row) => Number(row.match(/\| ([\d.]+) % \|$/)![1]));
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
  });

  it('prints a top-coded wage as ≥ $239,200, unknown facts as — and unrated tasks last', () => {
    const nulls = formatMarkdown(withNullsInside(medicalRecordsSpecialists()));
    expect(nulls).toContain('| Median annual wage (2024) | ≥ \\$239,200 |');
    expect(nulls).toContain('| Projected employment (2034) | — |');
    expect(nulls).toContain('| Typical education for entry | — |');
    expect(nulls).toMatch(/\| 17 \| [^|]+ \| unrated \| — \|/);
    expect(nulls).toMatch(/\| \d+ \| [^|]+ \| Core \| [\d.]+ % \|/);
  });

  it('cites the methodology and every source of the provenance', () => {
    expect(markdown).toContain(
      'Methodology ai-resilience-report-1.5 version 1.5 (specification 2); dataset airesilience snapshot 2026-11; percentiles with average ties, unweighted; scenario: wageBillScenario = v1.2-gen\\_plus\\_physical\\_ai.',
    );
    const citations = markdown.split('\n').filter((line) => /^\d+\. \*\*/.test(line));
    expect(citations).toHaveLength(7);
    expect(citations[5]).toContain('**Adaptive capacity (proxy)**, 2026.');
    expect(citations[6]).toContain('O\\*NET 30.3');
  });

  it('renders to HTML with tables and no raw markup', () => {
    const rendered = renderer.render(markdown);
    expectOnlySafeMarkup(rendered);
    expect(rendered.match(/<table>/g)).toHaveLength(5);
    expectWellFormedTables(markdown);
  });
});
