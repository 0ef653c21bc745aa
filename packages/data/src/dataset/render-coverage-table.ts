// Renders buildDataset's per-source coverage as a Markdown table (used by scripts/coverage-table.ts and
// packages/data/src/dataset/coverage.test.ts, so the table in docs/sources.md and the test agree).
import type { Dataset } from '@airesilience/core';
import type { SourceCoverage } from './build-dataset.js';

/**
 * Renders the coverage of each source of a built dataset as a Markdown table: the size of the source's
 * own universe, how many BLS line items it covers under their own code, how many after crosswalks and
 * matrix aggregates, and which native codes reach no scored occupation.
 *
 * @param coverage - `buildDataset(…).coverage`.
 * @param dataset - `buildDataset(…).dataset`, for each source's code system and proxy flag.
 * @returns the table, one row per source, ending with a newline.
 * @example
 * ```ts
 * const built = await buildDataset({ dataDir });
 * renderCoverageTable(built.coverage, built.dataset); // '| Source | Code system | …'
 * ```
 */
export function renderCoverageTable(coverage: readonly SourceCoverage[], dataset: Dataset): string {
  const lineItems = dataset.occupations.filter((occupation) => occupation.lineItem).length;
  const percent = (count: number) => `${((100 * count) / lineItems).toFixed(1)} %`;
  const rows = [
    `| Source | Code system | Native codes | Line items under their own code | Line items after crosswalks and aggregates | Share of the ${lineItems} | Native codes reaching no occupation |`,
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const entry of coverage) {
    const descriptor = dataset.sources[entry.sourceId]?.descriptor;
    const name = `\`${entry.sourceId}\`${descriptor?.proxy ? ' (proxy)' : ''}`;
    const unmapped =
      entry.unmapped.length === 0 ? 'none' : entry.unmapped.map((code) => `\`${code}\``).join(', ');
    rows.push(
      `| ${name} | ${descriptor?.codeSystem ?? '?'} | ${entry.nativeCodes} | ${entry.lineItemsDirect} | ${entry.lineItemsLinked} | ${percent(entry.lineItemsLinked)} | ${unmapped} |`,
    );
  }
  return `${rows.join('\n')}\n`;
}
