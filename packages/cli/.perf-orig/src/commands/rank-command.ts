import { scoreAll } from '@airesilience/core';
import { formatCsv } from '@airesilience/report';
import type { CommandContext } from '../context.js';
import { formatTable, percent } from '../format-table.js';
import { oneOf, positiveInteger } from '../parse-command-line.js';
import { summarise } from './score-command.js';

/**
 * `airesilience rank`: every scored BLS occupation, most resilient first by the score or a dimension.
 *
 * @param context - the command context.
 */
export async function rankCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  const by = oneOf(line.options.by, 'by', ['score', 'mhc', 'lte', 'seo'] as const);
  const format = oneOf(line.options.format ?? (line.options.json ? 'json' : undefined), 'format', [
    'text',
    'csv',
    'json',
  ] as const);
  const dataset = await context.dataset();
  const methodology = await context.methodology();
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
  const top = positiveInteger(line.options.top, 'top', ranked.length);
  const shown = ranked.slice(0, top);
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
    const rows = shown.map((result, index) => [
      String(index + 1),
      result.code,
      result.title,
      percent(keyOf(result)),
      result.tier.name,
      result.confidence.level,
    ]);
    await context.output(formatTable(['#', 'code', 'title', by, 'tier', 'confidence'], rows, [0, 3]));
  }
}
