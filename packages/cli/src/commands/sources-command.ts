import type { CommandContext } from '../context.js';

/**
 * `airesilience sources`: every source with citation, vintage, licence and coverage.
 *
 * @param context - the command context.
 */
export async function sourcesCommand(context: CommandContext): Promise<void> {
  const dataset = await context.fullDataset();
  const coverage = new Map(dataset.details.coverage.map((entry) => [entry.sourceId, entry]));
  const lineItems = dataset.occupations.filter((occupation) => occupation.lineItem).length;
  const rows = Object.entries(dataset.sources).map(([id, source]) => {
    const covered = coverage.get(id);
    return {
      id,
      label: source.descriptor.label,
      proxy: source.descriptor.proxy === true,
      citation: source.descriptor.citation,
      vintage: source.descriptor.vintage,
      licence: source.descriptor.licence,
      codeSystem: source.descriptor.codeSystem,
      nativeCodes: source.universe.codes.length,
      lineItemsDirect: covered?.lineItemsDirect ?? null,
      lineItemsLinked: covered?.lineItemsLinked ?? null,
      lineItems,
      files: source.descriptor.files,
    };
  });
  if (context.line.options.json) {
    await context.output(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const text = rows
    .map(
      (row) =>
        `${row.label}${row.proxy ? ' (proxy)' : ''} [${row.id}]\n` +
        `  ${row.citation}\n` +
        `  vintage: ${row.vintage}\n  licence: ${row.licence}\n` +
        `  coverage: ${row.nativeCodes} ${row.codeSystem} codes; ${row.lineItemsLinked ?? '?'} of ${row.lineItems} BLS occupations (${row.lineItemsDirect ?? '?'} directly)\n` +
        `  files: ${row.files.map((file) => `${file.path} (sha256 ${file.sha256.slice(0, 12)}…)`).join(', ')}\n`,
    )
    .join('\n');
  await context.output(text);
}
