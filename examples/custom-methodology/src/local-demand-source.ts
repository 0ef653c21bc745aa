import type { Dataset, SourceFile, SourceValues } from '@airesilience/core';
import { LOCAL_DEMAND_SOURCE_ID, type LocalDemandRecord } from './parse-local-demand.js';

/**
 * Turns the local demand records into a source the scoring engine can rank: a descriptor (clearly labelled
 * as invented example data), the native universe (the file's SOC codes and values) and the links from every
 * occupation of the dataset to the codes that feed it (a SOC code to itself, an O*NET-SOC code to its
 * 6-digit parent). Occupations the file does not cover get no link, so the source counts as missing for
 * them and its weight goes to the other sources of its dimension.
 *
 * @param records - the parsed file.
 * @param dataset - the dataset the source joins (for its occupation codes).
 * @param file - the file the records came from, with its checksum, for provenance.
 * @returns the source values, ready to add to `dataset.sources`.
 * @example
 * ```ts
 * const source = localDemandSource(records, dataset, { path: 'data/local-demand.csv', sha256 });
 * source.links['29-2072.00']; // ['29-2072']
 * ```
 */
export function localDemandSource(
  records: readonly LocalDemandRecord[],
  dataset: Dataset,
  file: SourceFile,
): SourceValues {
  const covered = new Set(records.map((record) => record.code));
  const links: Record<string, string[]> = {};
  for (const occupation of dataset.occupations) {
    const soc = occupation.kind === 'soc' ? occupation.code : occupation.parent;
    if (soc !== undefined && covered.has(soc)) links[occupation.code] = [soc];
  }
  return {
    descriptor: {
      id: LOCAL_DEMAND_SOURCE_ID,
      label: 'Riverbend local openings (example data)',
      citation:
        'Riverbend Workforce Alliance (fictional), open positions per 1,000 jobs in the region, 2026 Q1. Invented example data shipped with the airesilience custom-methodology example.',
      vintage: '2026 Q1 (example)',
      licence: 'CC0 1.0 (invented example data)',
      direction: 'higher-is-more-resilient',
      codeSystem: 'soc-2018',
      files: [file],
      notes:
        'EXAMPLE DATA: the values are invented to show how an organisation adds its own source. Not real.',
    },
    universe: { codes: records.map((record) => record.code), values: records.map((record) => record.value) },
    links,
  };
}

/**
 * Returns a copy of the dataset with one more source (the input is not changed, so it can still be scored
 * with the default methodology).
 *
 * @param dataset - the dataset.
 * @param source - the source to add under its descriptor's id.
 * @returns the extended dataset, of the same type as the input.
 * @example
 * ```ts
 * Object.keys(withSource(dataset, source).sources).includes('local-demand'); // true
 * ```
 */
export function withSource<T extends Dataset>(dataset: T, source: SourceValues): T {
  return {
    ...dataset,
    label: `${dataset.label} + ${source.descriptor.label}`,
    sources: { ...dataset.sources, [source.descriptor.id]: source },
  };
}
