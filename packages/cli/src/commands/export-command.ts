import { scoreAll, scoreTable } from '@airesilience/core';
import { formatCsvTable } from '@airesilience/report';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { outputFormat } from '../parse-command-line.js';

/**
 * `airesilience export --format csv|json`: the whole scored table, one row per occupation.
 *
 * @param context - the command context.
 */
export async function exportCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  if (line.positionals.length > 0) throw new CliUsageError('export takes no arguments', 'export');
  const format = outputFormat(line, ['csv', 'json'] as const);
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  if (format === 'csv') {
    // The table: the same bytes as formatCsv of scoreAll's results, without an object per occupation,
    // dimension and source (docs/performance.md §5).
    await context.output(formatCsvTable(scoreTable(dataset, methodology)));
    return;
  }
  const all = scoreAll(dataset, methodology);
  const rows = all.results.map((result) => ({
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    tier: result.tier.name,
    confidence: result.confidence.level,
    scorePercentile: result.comparison.scorePercentile,
    dimensions: Object.fromEntries(
      result.dimensions.map((dimension) => [
        dimension.id,
        { score: dimension.score, level: dimension.level },
      ]),
    ),
    sources: Object.fromEntries(
      result.dimensions.flatMap((dimension) =>
        dimension.sources.map((source) => [
          source.sourceId,
          { raw: source.raw, percentile: source.percentile, contribution: source.contribution },
        ]),
      ),
    ),
    missingSources: result.missingSources,
  }));
  await context.output(
    `${JSON.stringify(
      {
        methodology: { id: methodology.id, version: methodology.version },
        medianScore: all.medianScore,
        provenance: all.results[0]?.provenance ?? null,
        occupations: rows,
        excluded: all.excluded,
      },
      null,
      2,
    )}\n`,
  );
}
