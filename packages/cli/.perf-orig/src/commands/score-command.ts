import { type ScoreResult, scoreOccupation } from '@airesilience/core';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { formatTable, percent } from '../format-table.js';
import { requireOccupationCode } from '../resolve-occupation.js';

/**
 * The compact, machine-stable summary of a result used by `score --json` and `compare --json`.
 *
 * @param result - a score result.
 * @returns code, title, score, tier, dimension scores and levels, confidence and missing sources.
 */
export function summarise(result: ScoreResult) {
  return {
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    tier: result.tier.name,
    dimensions: Object.fromEntries(
      result.dimensions.map((dimension) => [
        dimension.id,
        { score: dimension.score, level: dimension.level },
      ]),
    ),
    confidence: result.confidence.level,
    missingSources: result.missingSources,
  };
}

/**
 * `airesilience score <code…>`: one line per occupation.
 *
 * @param context - the command context.
 */
export async function scoreCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  if (line.positionals.length === 0)
    throw new CliUsageError('score needs at least one occupation code', 'score');
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const results = line.positionals.map((input) =>
    scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology),
  );
  if (line.options.json) {
    await context.output(`${JSON.stringify(results.map(summarise), null, 2)}\n`);
    return;
  }
  const rows = results.map((result) => [
    result.code,
    result.title,
    percent(result.score),
    result.tier.name,
    result.dimensions
      .map((dimension) => `${dimension.id.toUpperCase()} ${dimension.level ?? '—'}`)
      .join(' · '),
    result.confidence.level,
  ]);
  await context.output(formatTable(['code', 'title', 'score', 'tier', 'levels', 'confidence'], rows, [2]));
}
