import { scoreAll } from '@airesilience/core';
import { formatCsv } from '@airesilience/report';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { formatTable, percent } from '../format-table.js';
import { oneOf, outputFormat, positiveInteger } from '../parse-command-line.js';
import { summarise } from './score-command.js';

/**
 * `airesilience rank`: every scored BLS occupation, most resilient first by the score or a dimension
 * (ties in code order).
 *
 * @param context - the command context.
 */
export async function rankCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  if (line.positionals.length > 0) throw new CliUsageError('rank takes no arguments', 'rank');
  const format = outputFormat(line, ['text', 'csv', 'json'] as const);
  const top = line.options.top === undefined ? undefined : positiveInteger(line.options.top, 'top', 1);
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  // The dimensions are the methodology's: a custom one may have other ids than mhc, lte and seo.
  const by = oneOf(line.options.by, 'by', [
    'score',
    ...methodology.dimensions.map((dimension) => dimension.id),
  ]);
  const { results } = scoreAll(dataset, methodology);
  const keyOf = (result: (typeof results)[number]) =>
    by === 'score'
      ? result.score
      : (result.dimensions.find((dimension) => dimension.id === by)?.score ?? null);
  const lineItems = new Set(
    dataset.occupations.filter((occupation) => occupation.lineItem).map((o) => o.code),
  );
  const ranked = results
    .filter((result) => lineItems.has(result.code) && keyOf(result) !== null)
    .sort((a, b) => keyOf(b)! - keyOf(a)! || (a.code < b.code ? -1 : 1));
  const shown = ranked.slice(0, top ?? ranked.length);
  if (format === 'json') {
    await context.output(
      `${JSON.stringify(
        shown.map((result, index) => ({ rank: index + 1, ...summarise(result) })),
        null,
        2,
      )}\n`,
    );
  } else if (format === 'csv') {
    await context.output(formatCsv(shown.map((result) => ({ result }))));
  } else {
    // Ranked by a dimension, the score still shows beside it.
    const withScore = by !== 'score';
    const rows = shown.map((result, index) => [
      String(index + 1),
      result.code,
      result.title,
      percent(keyOf(result)),
      ...(withScore ? [percent(result.score)] : []),
      result.tier.name,
      result.confidence.level,
    ]);
    const header = ['#', 'code', 'title', by, ...(withScore ? ['score'] : []), 'tier', 'confidence'];
    await context.output(formatTable(header, rows, withScore ? [0, 3, 4] : [0, 3]));
  }
}
