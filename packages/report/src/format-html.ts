import { escapeHtml as h } from './escape-html.js';
import {
  dimensionBars,
  LEVEL_COLOURS,
  scoreGauge,
  sourceDots,
  taskBars,
  tierColours,
} from './html-charts.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import { buildReportView, type ReportView } from './report-view.js';

/** The Content-Security-Policy of every HTML report: nothing loads, only inline styles and data: images. */
export const HTML_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function styles(view: ReportView): string {
  const tierRules = view.tiers
    .map((_, index) => {
      const colours = tierColours(index, view.tiers.length);
      return `.tier-${index}{background:${colours.fill};color:${colours.text}}`;
    })
    .join('');
  const levelRules = Object.entries(LEVEL_COLOURS)
    .map(([level, colour]) => `.level-${level.toLowerCase()}::before{background:${colour}}`)
    .join('');
  return `:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--soft)}
main{max-width:900px;margin:0 auto;padding:28px 32px 40px;background:#fff}
h1{font-size:2rem;line-height:1.2;margin:.15rem 0 .75rem}
h2{font-size:1.3rem;margin:2.2rem 0 .7rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
p{margin:.45rem 0}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.78rem;color:var(--muted)}
.headline{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1rem;margin:.2rem 0 .4rem}
.score-value{font-size:2.6rem;font-weight:750;line-height:1}
.tier{display:inline-block;padding:.2rem .7rem;border-radius:999px;font-weight:650;border:1px solid rgba(0,0,0,.35)}
.muted{color:var(--muted)}
.lead{font-size:1.05rem}
figure{margin:.6rem 0 1rem}
figcaption{font-size:.8rem;color:var(--muted);margin-top:.2rem}
svg{display:block;width:100%;max-width:100%;height:auto;font-family:inherit}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:650;padding:.2rem 0 .4rem;color:var(--ink)}
th,td{padding:.38rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid var(--line);font-size:.82rem}
tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.explain{display:block;color:var(--muted);font-size:.8rem;font-weight:400}
.missing{color:var(--muted);font-style:italic}
.group th{background:#fbfcfd;font-size:.82rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.level{white-space:nowrap;font-weight:600}
.level::before{content:"";display:inline-block;width:.7em;height:.7em;margin-right:.35em;border-radius:2px;vertical-align:baseline;border:1px solid rgba(0,0,0,.4)}
.confidence{border-left:4px solid #4575b4;padding:.2rem 0 .2rem .9rem}
.citation{font-size:.85rem;color:var(--muted)}
ol.sources{padding-left:1.4rem;font-size:.88rem}
ol.sources li{margin:.3rem 0}
footer{margin-top:2rem;font-size:.78rem;color:var(--muted)}
${tierRules}${levelRules}
@page{margin:14mm}
@media print{
body{background:#fff;font-size:10pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}
figure,.headline,.confidence,tr{break-inside:avoid}
thead{display:table-header-group}
}`;
}

function levelCell(level: string | null, text: string): string {
  return level === null
    ? `<td class="missing">${h(text)}</td>`
    : `<td><span class="level level-${h(level.toLowerCase())}">${h(text)}</span></td>`;
}

/**
 * Formats a report as one self-contained, accessible HTML page: no script, no external request (a
 * Content-Security-Policy forbids them), inline SVG charts (the score against the tier bands with the
 * median marked, dimension bars, one dot per source percentile, one bar per task), each with
 * `role="img"`, an `aria-label` and a `<title>` that state its data; tables with captions and scoped
 * headers; every value also printed as text so colour is never the only signal; and a print
 * stylesheet. It shows the same facts as {@link formatMarkdown}. Every string from data is escaped, so
 * a title such as `<script>…</script>` renders as text.
 *
 * @param input - the result and profile.
 * @param options - the tier bands.
 * @returns the HTML document, ending with a line break.
 * @throws {@link ReportInputError} for invalid tiers in `options.methodology`.
 * @example
 * ```ts
 * const html = formatHtml({ result, profile });
 * html.startsWith('<!doctype html>'); // true
 * html.includes('<script'); // false
 * ```
 */
export function formatHtml(input: ReportInput, options: ReportOptions = {}): string {
  const view = buildReportView(input, options);
  const out: string[] = [];
  const push = (...parts: string[]) => out.push(...parts);

  push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(HTML_CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="@airesilience/report">',
    `<title>${h(view.title)} (${h(view.code)}): AI resilience ${h(view.scoreText)}, ${h(view.tierName)}</title>`,
    `<style>${styles(view)}</style>`,
    '</head>',
    '<body>',
    '<main>',
  );

  push(
    '<header>',
    `<p class="eyebrow">AI resilience report · SOC ${h(view.code)}</p>`,
    `<h1>${h(view.title)}</h1>`,
    `<p class="headline"><span class="score-value">${h(view.scoreText)}</span> <span class="tier tier-${view.tierIndex}">${h(view.tierName)}</span> <span class="muted">tier ${view.tierIndex + 1} of ${view.tiers.length}, lowest first</span></p>`,
    view.comparisonSentence ? `<p class="lead">${h(view.comparisonSentence)}</p>` : '',
    `<p>${h(view.medianText)}</p>`,
    `<figure>${scoreGauge(view)}<figcaption>The score (black marker) against the ${view.tiers.length} tiers; the dashed line is the median of all scored occupations.</figcaption></figure>`,
    '</header>',
  );

  push(
    '<section aria-labelledby="dimensions-heading">',
    '<h2 id="dimensions-heading">Dimensions</h2>',
    `<figure>${dimensionBars(view)}<figcaption>Each dimension's score from 0 to 100; below 40 is Low, 70 and above is High.</figcaption></figure>`,
    '<table>',
    '<caption>The three dimensions: weight, score, level and contribution to the overall score</caption>',
    '<thead><tr><th scope="col">Dimension</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th><th scope="col">Level</th><th scope="col" class="num">Contribution</th></tr></thead>',
    '<tbody>',
    ...view.dimensions.map(
      (dimension) =>
        `<tr><th scope="row">${h(dimension.label)}</th><td class="num">${h(dimension.weightText)}</td><td class="num${dimension.score === null ? ' missing' : ''}">${h(dimension.scoreText)}</td>${levelCell(dimension.level, dimension.levelText)}<td class="num">${h(dimension.contributionText)}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
    '</section>',
  );

  push(
    '<section aria-labelledby="sources-heading">',
    '<h2 id="sources-heading">Sources</h2>',
    `<figure>${sourceDots(view)}<figcaption>Each source's percentile from 0 to 100 within that source's own occupations; higher = more resilient.</figcaption></figure>`,
    '<table>',
    '<caption>Every source: raw value, what it means, weight, percentile (0–100, higher = more resilient) and contribution in points of the score</caption>',
    '<thead><tr><th scope="col">Source</th><th scope="col" class="num">Raw value</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Percentile</th><th scope="col" class="num">Contribution</th></tr></thead>',
  );
  view.dimensions.forEach((dimension) => {
    push(
      '<tbody>',
      `<tr class="group"><th scope="colgroup" colspan="5">${h(dimension.label)}</th></tr>`,
      ...dimension.sources.map(
        (source) =>
          `<tr><th scope="row">${h(source.label)}<span class="explain">${h(source.explanation)}</span></th><td class="num${source.missing ? ' missing' : ''}">${h(source.rawText)}</td><td class="num">${h(source.weightText)}</td><td class="num">${h(source.percentileText)}</td><td class="num">${h(source.contributionText)}</td></tr>`,
      ),
      '</tbody>',
    );
  });
  push('</table>', '</section>');

  push(
    '<section aria-labelledby="confidence-heading">',
    `<h2 id="confidence-heading">Confidence: ${h(view.confidence.level)}</h2>`,
    '<div class="confidence">',
    `<p>${h(view.confidence.reason)}</p>`,
    `<p>${h(view.confidence.drivers)}</p>`,
    '</div>',
    '</section>',
  );

  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    push(
      '<section aria-labelledby="uncertainty-heading">',
      '<h2 id="uncertainty-heading">Uncertainty</h2>',
      '<table>',
      '<caption>How much the score moves when the method changes</caption>',
      '<tbody>',
      `<tr><th scope="row">Leave-one-out range</th><td>${h(uncertainty.leaveOneOutText)}</td></tr>`,
      `<tr><th scope="row">Monte Carlo 5th–95th percentile</th><td>${h(uncertainty.monteCarloText)}</td></tr>`,
      `<tr><th scope="row">Tier stable</th><td>${h(uncertainty.tierStableText)}</td></tr>`,
      '</tbody>',
      '</table>',
    );
    if (uncertainty.leaveOneOut.length > 0) {
      push(
        '<table>',
        '<caption>The score with each source left out</caption>',
        '<thead><tr><th scope="col">Left out</th><th scope="col" class="num">Score</th><th scope="col">Tier</th></tr></thead>',
        '<tbody>',
        ...uncertainty.leaveOneOut.map(
          (item) =>
            `<tr><th scope="row">${h(item.label)}</th><td class="num">${h(item.scoreText)}</td><td>${h(item.tier)}</td></tr>`,
        ),
        '</tbody>',
        '</table>',
      );
    }
    push('</section>');
  }

  push('<section aria-labelledby="facts-heading">', '<h2 id="facts-heading">Employment facts (BLS)</h2>');
  if (view.facts) {
    push(
      '<table>',
      '<caption>Employment, wages and entry requirements</caption>',
      '<tbody>',
      ...view.facts.rows.map(
        (row) => `<tr><th scope="row">${h(row.label)}</th><td>${h(row.value)}</td></tr>`,
      ),
      '</tbody>',
      '</table>',
      `<p class="citation">Source: ${h(view.facts.citation)}</p>`,
    );
  } else {
    push('<p class="missing">This occupation is not in the BLS Employment Projections matrix: no facts.</p>');
  }
  push('</section>');

  push(
    '<section aria-labelledby="work-heading">',
    '<h2 id="work-heading">What the work involves</h2>',
    view.description
      ? `<p>${h(view.description)}</p>`
      : '<p class="missing">O*NET gives no description for this occupation.</p>',
    `<h3>Tasks (${view.tasks.length}), most resilient first</h3>`,
  );
  if (view.tasks.length > 0) {
    push(
      `<figure>${taskBars(view)}<figcaption>Each task's resilience from 0 to 100 (1 − the likelihood that AI can do it), numbered as in the table below.</figcaption></figure>`,
      '<table>',
      '<caption>Every task with its resilience and O*NET Task Type</caption>',
      '<thead><tr><th scope="col" class="num">#</th><th scope="col">Task</th><th scope="col">Type</th><th scope="col" class="num">Resilience</th></tr></thead>',
      '<tbody>',
      ...view.tasks.map(
        (task) =>
          `<tr><th scope="row" class="num">${task.rank}</th><td>${h(task.statement)}</td><td${task.typeText === 'unrated' ? ' class="missing"' : ''}>${h(task.typeText)}</td><td class="num">${h(task.resilienceText)}</td></tr>`,
      ),
      '</tbody>',
      '</table>',
    );
  } else {
    push('<p class="missing">O*NET lists no tasks for this occupation.</p>');
  }
  push('</section>');

  push(
    '<section aria-labelledby="methodology-heading">',
    '<h2 id="methodology-heading">Methodology and sources</h2>',
    `<p>${h(view.methodology.summary)}</p>`,
  );
  if (view.citations.length > 0) {
    push(
      '<ol class="sources">',
      ...view.citations.map(
        (citation) =>
          `<li><strong>${h(citation.labelWithProxy)}</strong>, ${h(citation.vintage)}. ${h(citation.citation)} <span class="muted">Licence: ${h(citation.licence)}.</span></li>`,
      ),
      '</ol>',
    );
  } else {
    push('<p class="missing">No sources are recorded in this result.</p>');
  }
  push(
    '</section>',
    '<footer>Generated by @airesilience/report. Percentiles rank each source within its own occupations; the score is the weighted mean of the dimension scores.</footer>',
    '</main>',
    '</body>',
    '</html>',
  );
  return `${out.filter((part) => part !== '').join('\n')}\n`;
}
