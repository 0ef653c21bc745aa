import { escapeMarkdown as md } from './escape-markdown.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import { buildReportView } from './report-view.js';

function table(header: string[], rows: string[][], align: ('l' | 'r')[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((side) => (side === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/**
 * Formats a report as GitHub-flavoured Markdown: the headline (score, tier, comparison and median), the
 * three dimensions, every source with its raw value, meaning, percentile and contribution, the
 * confidence with its reason, the uncertainty, the BLS facts, the O*NET description and every task, and
 * the methodology with the citation of every source. Every string from data is escaped, so titles or
 * task statements with Markdown or HTML in them render as text.
 *
 * @param input - the result and profile.
 * @param options - the tier bands.
 * @returns the Markdown document, ending with a line break.
 * @throws {@link ReportInputError} for invalid tiers in `options.methodology`.
 * @example
 * ```ts
 * formatMarkdown({ result, profile }).split('\n')[0]; // '# Medical Records Specialists'
 * ```
 */
export function formatMarkdown(input: ReportInput, options: ReportOptions = {}): string {
  const view = buildReportView(input, options);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# ${md(view.title)}`, '');
  push(
    `**SOC ${md(view.code)}** · AI resilience score **${view.scoreText}** · tier **${md(view.tierName)}** (${view.tierIndex + 1} of ${view.tiers.length}, lowest first)`,
    '',
  );
  if (view.comparisonSentence) push(md(view.comparisonSentence), '');
  push(md(view.medianText), '');
  push(
    `Tiers: ${view.tiers.map((band) => `${md(band.name)} ${band.from === 0 ? 0 : band.from}–${band.to}`).join(' · ')}`,
    '',
  );

  push('## Dimensions', '');
  push(
    ...table(
      ['Dimension', 'Weight', 'Score', 'Level', 'Contribution'],
      view.dimensions.map((dimension) => [
        md(dimension.label),
        md(dimension.weightText),
        dimension.scoreText,
        dimension.levelText,
        dimension.contributionText,
      ]),
      ['l', 'r', 'r', 'l', 'r'],
    ),
    '',
  );

  push('## Sources', '');
  push(
    ...table(
      ['Dimension', 'Source', 'Raw value', 'What it means', 'Weight', 'Percentile (0–100)', 'Contribution'],
      view.dimensions.flatMap((dimension) =>
        dimension.sources.map((source) => [
          md(dimension.label),
          md(source.label),
          md(source.rawText),
          md(source.explanation),
          md(source.weightText),
          source.percentileText,
          source.contributionText,
        ]),
      ),
      ['l', 'l', 'r', 'l', 'r', 'r', 'r'],
    ),
    '',
  );

  push(`## Confidence: ${md(view.confidence.level)}`, '');
  push(md(view.confidence.reason), '', md(view.confidence.drivers), '');

  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    push('## Uncertainty', '');
    push(
      `- Leave-one-out range: ${uncertainty.leaveOneOutText}`,
      `- Monte Carlo 5th–95th percentile: ${md(uncertainty.monteCarloText)}`,
      `- Tier stable: ${md(uncertainty.tierStableText)}`,
      '',
    );
    if (uncertainty.leaveOneOut.length > 0) {
      push(
        ...table(
          ['Left out', 'Score', 'Tier'],
          uncertainty.leaveOneOut.map((item) => [md(item.label), item.scoreText, md(item.tier)]),
          ['l', 'r', 'l'],
        ),
        '',
      );
    }
  }

  push('## Employment facts (BLS)', '');
  if (view.facts) {
    push(
      ...table(
        ['Fact', 'Value'],
        view.facts.rows.map((row) => [md(row.label), md(row.value)]),
        ['l', 'r'],
      ),
      '',
      `Source: ${md(view.facts.citation)}`,
      '',
    );
  } else {
    push('This occupation is not in the BLS Employment Projections matrix: no facts.', '');
  }

  push('## What the work involves', '');
  push(view.description ? md(view.description) : 'O*NET gives no description for this occupation.', '');
  push(`### Tasks (${view.tasks.length}), most resilient first`, '');
  if (view.tasks.length > 0) {
    push(
      ...table(
        ['#', 'Task', 'Type', 'Resilience'],
        view.tasks.map((task) => [
          String(task.rank),
          md(task.statement),
          md(task.typeText),
          task.resilienceText,
        ]),
        ['r', 'l', 'l', 'r'],
      ),
      '',
    );
  } else {
    push('O*NET lists no tasks for this occupation.', '');
  }

  push('## Methodology and sources', '');
  push(md(view.methodology.summary), '');
  view.citations.forEach((citation, index) => {
    push(
      `${index + 1}. **${md(citation.labelWithProxy)}**, ${md(citation.vintage)}. ${md(citation.citation)} Licence: ${md(citation.licence)}.`,
    );
  });
  if (view.citations.length === 0) push('No sources are recorded in this result.');
  return `${lines.join('\n')}\n`;
}
