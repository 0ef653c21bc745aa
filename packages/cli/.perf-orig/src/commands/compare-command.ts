import { scoreOccupation } from '@airesilience/core';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { formatTable, percent } from '../format-table.js';
import { requireOccupationCode } from '../resolve-occupation.js';
import { summarise } from './score-command.js';

/**
 * `airesilience compare <code> <code…>`: occupations side by side.
 *
 * @param context - the command context.
 */
export async function compareCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  if (line.positionals.length < 2)
    throw new CliUsageError('compare needs at least two occupation codes', 'compare');
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const results = line.positionals.map((input) =>
    scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology),
  );
  if (line.options.json) {
    await context.output(`${JSON.stringify(results.map(summarise), null, 2)}\n`);
    return;
  }
  const rows: string[][] = [
    ['title', ...results.map((result) => result.title)],
    ['score', ...results.map((result) => percent(result.score))],
    ['tier', ...results.map((result) => result.tier.name)],
    ['confidence', ...results.map((result) => result.confidence.level)],
  ];
  results[0]!.dimensions.forEach((dimension, d) => {
    rows.push([
      `${dimension.label} (${Math.round(dimension.weight * 100)}%)`,
      ...results.map((result) => {
        const own = result.dimensions[d]!;
        return `${percent(own.score)} ${own.level ?? ''}`.trim();
      }),
    ]);
    dimension.sources.forEach((source, s) => {
      rows.push([
        `  ${source.label}`,
        ...results.map((result) => {
          const own = result.dimensions[d]!.sources[s]!;
          return own.percentile === null ? '—' : `p${Math.round(own.percentile * 100)}`;
        }),
      ]);
    });
  });
  await context.output(formatTable(['', ...results.map((result) => result.code)], rows));
}
