import { resolve } from 'node:path';
import type { Methodology } from '@airesilience/core';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';

function describe(methodology: Methodology): string {
  const lines = [
    `${methodology.label} (${methodology.id}, version ${methodology.version}${methodology.specificationVersion ? `, specification ${methodology.specificationVersion}` : ''})`,
    '',
  ];
  for (const dimension of methodology.dimensions) {
    lines.push(`${dimension.label} [${dimension.id}] — weight ${dimension.weight}`);
    for (const source of dimension.sources) {
      lines.push(
        `  ${source.weight.toFixed(2)}  ${source.label} [${source.id}] (${source.direction === 'higher-is-more-exposed' ? 'exposure: R' : 'P'})`,
      );
    }
  }
  lines.push('', 'Tiers (score rounded half-up to one decimal, strictly above the cut):');
  for (const tier of [...methodology.tiers].reverse()) {
    lines.push(`  ${tier.above === null ? 'else' : `> ${tier.above}`}  ${tier.name}`);
  }
  lines.push(
    '',
    `Levels: ${methodology.levels.kind === 'fixed' ? `Low < ${methodology.levels.low} ≤ Med < ${methodology.levels.high} ≤ High` : 'terciles'}`,
    `Ties: ${methodology.ties}; weighting: ${methodology.weighting}`,
    `Confidence: agreement among ${methodology.confidence.agreementDimension} sources, dispersion cuts ${methodology.confidence.dispersionThresholds.join(', ')}`,
  );
  if (Object.keys(methodology.scenario).length > 0)
    lines.push(`Scenario: ${JSON.stringify(methodology.scenario)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `airesilience methodology [show|validate FILE]`.
 *
 * @param context - the command context.
 */
export async function methodologyCommand(context: CommandContext): Promise<void> {
  const { line, io } = context;
  const [action = 'show', ...rest] = line.positionals;
  if (action === 'show') {
    if (rest.length > 0) {
      throw new CliUsageError(
        'methodology show takes no file: use --methodology FILE to show yours',
        'methodology',
      );
    }
    const methodology = await context.methodology();
    await context.output(
      line.options.json ? `${JSON.stringify(methodology, null, 2)}\n` : describe(methodology),
    );
    return;
  }
  if (action === 'validate') {
    const [file, ...extra] = rest;
    if (file === undefined || extra.length > 0) {
      throw new CliUsageError('methodology validate needs exactly one FILE', 'methodology');
    }
    if (line.options.methodology !== undefined) {
      throw new CliUsageError(
        'methodology validate takes the FILE to check, not --methodology',
        'methodology',
      );
    }
    const dataset = await context.fullDataset();
    const { readMethodologyFile } = await import('../methodology-file.js');
    const methodology = await readMethodologyFile(resolve(io.cwd, file), dataset, file);
    const sources = methodology.dimensions.reduce((count, dimension) => count + dimension.sources.length, 0);
    if (line.options.json) {
      await context.output(
        `${JSON.stringify(
          {
            file,
            valid: true,
            id: methodology.id,
            version: methodology.version,
            dimensions: methodology.dimensions.length,
            sources,
            tiers: methodology.tiers.length,
          },
          null,
          2,
        )}\n`,
      );
      return;
    }
    await context.output(
      `${file}: valid — ${methodology.id} ${methodology.version}, ${methodology.dimensions.length} dimensions, ${sources} sources, ${methodology.tiers.length} tiers\n`,
    );
    return;
  }
  throw new CliUsageError(`unknown methodology action "${action}": use show or validate FILE`, 'methodology');
}
