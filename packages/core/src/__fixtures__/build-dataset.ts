import type { Dataset, Occupation, SourceValues } from '../dataset.js';
import { DEFAULT_METHODOLOGY } from '../default-methodology.js';
import type { Methodology } from '../methodology.js';
import type { SourceDirection } from '../source-descriptor.js';

/** One source of a hand-built dataset: native values, optional links (default: each code to itself). */
export interface FixtureSource {
  direction: SourceDirection;
  values: Record<string, number>;
  links?: Record<string, string[]>;
  weights?: Record<string, number>;
  proxy?: boolean;
}

/** A hand-built dataset. */
export interface FixtureSpec {
  occupations: (string | (Partial<Occupation> & { code: string }))[];
  sources: Record<string, FixtureSource>;
  label?: string;
}

/** Builds a Dataset from a small, readable spec. */
export function buildDataset(spec: FixtureSpec): Dataset {
  const occupations: Occupation[] = spec.occupations.map((entry) => {
    const given = typeof entry === 'string' ? { code: entry } : entry;
    const kind = given.code.includes('.') ? 'onet-soc' : 'soc';
    return {
      code: given.code,
      title: given.title ?? `Occupation ${given.code}`,
      kind,
      ...(kind === 'onet-soc' ? { parent: given.code.slice(0, 7) } : {}),
      lineItem: given.lineItem ?? kind === 'soc',
    };
  });
  const sources: Record<string, SourceValues> = {};
  for (const [id, source] of Object.entries(spec.sources)) {
    const codes = Object.keys(source.values);
    const links: Record<string, string[]> = {};
    if (source.links) Object.assign(links, source.links);
    else
      for (const occupation of occupations)
        if (codes.includes(occupation.code)) links[occupation.code] = [occupation.code];
    sources[id] = {
      descriptor: {
        id,
        label: `Source ${id}`,
        citation: `Citation of ${id}`,
        vintage: '2026',
        licence: 'CC BY 4.0',
        direction: source.direction,
        codeSystem: 'soc-2018',
        files: [{ path: `${id}/data.csv`, sha256: 'a'.repeat(64) }],
        ...(source.proxy ? { proxy: true } : {}),
      },
      universe: {
        codes,
        values: codes.map((code) => source.values[code]!),
        ...(source.weights ? { weights: codes.map((code) => source.weights![code]!) } : {}),
      },
      links,
    };
  }
  return { schemaVersion: 1, label: spec.label ?? 'fixture', occupations, sources };
}

/**
 * A dataset for a methodology (default: the default one) from a table of native values by occupation:
 * each source's universe is the occupations that have a value for it, each linked to itself.
 */
export function datasetFromTable(
  table: Record<string, Partial<Record<string, number>>>,
  methodology: Methodology = DEFAULT_METHODOLOGY,
): Dataset {
  const sources: Record<string, FixtureSource> = {};
  for (const dimension of methodology.dimensions) {
    for (const source of dimension.sources) {
      const values: Record<string, number> = {};
      for (const [code, row] of Object.entries(table)) {
        const value = row[source.id];
        if (value !== undefined) values[code] = value;
      }
      sources[source.id] = { direction: source.direction, values };
    }
  }
  return buildDataset({ occupations: Object.keys(table), sources });
}
