import { scoreOccupation } from '@airesilience/core';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { formatTable, percent } from '../format-table.js';
import { groupOccupationArguments, requireOccupationCode } from '../resolve-occupation.js';

const number = (value: number | null, digits = 4) => (value === null ? '—' : value.toFixed(digits));

/**
 * `airesilience explain <code>`: the arithmetic from raw values to the tier, source by source.
 *
 * @param context - the command context.
 */
export async function explainCommand(context: CommandContext): Promise<void> {
  const { line } = context;
  const [input, ...extra] = groupOccupationArguments(line.positionals);
  if (input === undefined || extra.length > 0) {
    throw new CliUsageError('explain needs exactly one occupation code', 'explain');
  }
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const result = scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology);
  if (line.options.json) {
    await context.output(
      `${JSON.stringify(
        {
          code: result.code,
          title: result.title,
          methodology: { id: methodology.id, version: methodology.version },
          score: result.score,
          scorePercent: result.scorePercent,
          tier: result.tier,
          confidence: result.confidence,
          dimensions: result.dimensions,
          missingSources: result.missingSources,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const out: string[] = [`${result.title} (${result.code}) — ${methodology.id} ${methodology.version}`, ''];
  out.push(
    'Each source is ranked in its own universe: P(x) = (#{v < x} + (#{v = x} + 1)/2) / N for higher-is-better',
    'values, R(x) = 1 − P(x) for exposure. A value reached through a crosswalk is the mean of its codes’ percentiles.',
    '',
  );
  const rows: string[][] = [];
  for (const dimension of result.dimensions) {
    for (const source of dimension.sources) {
      const universe = dataset.sources[source.sourceId]?.universe.codes.length ?? 0;
      rows.push([
        dimension.id.toUpperCase(),
        source.label,
        source.missing ? 'no data' : number(source.raw),
        source.nativeCodes.join(';') || '—',
        source.missing ? '—' : `${source.direction === 'higher-is-more-exposed' ? 'R' : 'P'} of ${universe}`,
        number(source.percentile),
        `${number(source.weight, 2)}→${number(source.effectiveWeight, 3)}`,
        number(source.contribution),
      ]);
    }
  }
  out.push(
    formatTable(
      ['dim', 'source', 'raw', 'from', 'rank', 'percentile', 'weight', 'contribution'],
      rows,
      [2, 5, 7],
    ),
  );
  for (const dimension of result.dimensions) {
    const terms = dimension.sources
      .filter((source) => !source.missing)
      .map((source) => `${number(source.effectiveWeight, 3)}×${number(source.percentile)}`)
      .join(' + ');
    out.push(
      `${dimension.label}: ${terms || 'no data'} = ${number(dimension.score)} (${dimension.level ?? '—'}); weight ${number(dimension.weight, 2)}→${number(dimension.effectiveWeight, 3)}`,
    );
  }
  const terms = result.dimensions
    .filter((dimension) => dimension.score !== null)
    .map((dimension) => `${number(dimension.effectiveWeight, 3)}×${number(dimension.score)}`)
    .join(' + ');
  out.push(
    '',
    `score = ${terms} = ${number(result.score, 6)} → ${percent(result.score)} (rounded half-up) → ${result.tier.name}`,
    `sum of contributions = ${number(
      result.dimensions.reduce(
        (sum, dimension) => sum + dimension.sources.reduce((s, x) => s + x.contribution, 0),
        0,
      ),
      6,
    )}`,
    `confidence: ${result.confidence.level} (dispersion ${number(result.confidence.dispersion)}, ${result.confidence.sourcesWithData} of ${result.confidence.sourcesTotal} sources)`,
  );
  if (result.missingSources.length > 0) out.push(`missing: ${result.missingSources.join(', ')}`);
  await context.output(`${out.join('\n')}\n`);
}
