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
