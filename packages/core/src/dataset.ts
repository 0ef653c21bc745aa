import type { SourceDescriptor } from './source-descriptor.js';

/** One occupation of the scoring universe. */
export interface Occupation {
  /** SOC 2018 detailed code (`29-2072`) or O*NET-SOC code (`29-2072.00`). */
  code: string;
  /** The occupation's title. */
  title: string;
  /** `soc` for a 6-digit code, `onet-soc` for an O*NET-SOC code. */
  kind: 'soc' | 'onet-soc';
  /** For an O*NET-SOC code: its 6-digit parent. */
  parent?: string;
  /** `true` for the 832 Line-item occupations of the BLS Employment Projections matrix. */
  lineItem: boolean;
  /** Employment 2024 in thousands (BLS), used for employment weighting; absent when unknown. */
  employment?: number;
}

/**
 * One source's values in its own universe: the native codes it publishes and their values, plus the
 * links from each scored occupation to the native codes that feed it (one code directly; several
 * through a crosswalk or a matrix aggregate, whose percentiles are then averaged).
 */
export interface SourceValues {
  /** The source's descriptor, with provenance. */
  descriptor: SourceDescriptor;
  /** The native universe the source is ranked in. `codes[i]` has value `values[i]`. */
  universe: {
    /** Native codes, unique. */
    codes: string[];
    /** Native values, finite numbers, same order as `codes`. */
    values: number[];
    /** Optional employment weights, same order as `codes`, for employment-weighted percentiles. */
    weights?: number[];
  };
  /** For each scored occupation code, the native codes whose percentiles it takes the mean of. */
  links: Record<string, string[]>;
  /**
   * The same links by index, optional: when present the engine reads it and not {@link SourceValues.links}.
   * `@airesilience/data` loads a snapshot this way (a fifth of the parsing: no array per occupation) and
   * makes `links` from it when first read, dropping `linkTable` so that the links you read or set are the
   * ones scored.
   */
  linkTable?: LinkTable;
}

/**
 * Links by index: occupation `codes[i]` links to the native codes `universe.codes[targets[k]]` for `k`
 * from `offsets[i]` to `offsets[i + 1] - 1`.
 *
 * @example
 * ```ts
 * // 11-1011 → 11-1011; 11-1011.03 → 11-1011 and 11-1021 (universe.codes = ['11-1011', '11-1021'])
 * const linkTable: LinkTable = { codes: ['11-1011', '11-1011.03'], offsets: [0, 1, 3], targets: [0, 0, 1] };
 * ```
 */
export interface LinkTable {
  /** Occupation codes, unique. */
  codes: readonly string[];
  /** `codes.length + 1` ascending integers from 0 to `targets.length`. */
  offsets: ArrayLike<number>;
  /** Indexes into the source's `universe.codes`. */
  targets: ArrayLike<number>;
}

/**
 * Everything the scoring engine needs: the occupations and each source's native values.
 * Build one with `@airesilience/data` (`loadDataset()` or `buildDataset()`), or by hand for tests.
 */
export interface Dataset {
  /** The version of this data shape. */
  schemaVersion: number;
  /** A human label for where the dataset came from, e.g. `airesilience snapshot 2026-11`. */
  label: string;
  /** The occupations that can be scored. */
  occupations: Occupation[];
  /** Source values by source id. */
  sources: Record<string, SourceValues>;
}
