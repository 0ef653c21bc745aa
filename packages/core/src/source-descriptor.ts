/** The code systems in which sources publish their values. */
export type CodeSystem =
  | 'soc-2018'
  | 'onet-soc-2019'
  | 'onet-soc-2010'
  | 'soc-2010'
  | 'soc-2010-minor-group'
  | 'bls-matrix'
  | 'isco-08'
  | 'census-2018'
  | 'onet-task';

/** Whether a higher native value means more AI exposure (less resilient) or more resilience. */
export type SourceDirection = 'higher-is-more-exposed' | 'higher-is-more-resilient';

/** One file a source was read from, with its checksum. */
export interface SourceFile {
  /** The path relative to the data mirror, e.g. `bls/occupation.xlsx`. */
  path: string;
  /** The lowercase hex sha256 of the file's bytes. */
  sha256: string;
  /** The file size in bytes, when known. */
  bytes?: number;
}

/**
 * Describes a data source: what it is, where it came from, how to cite it and how to read its values.
 * Every adapter in `@airesilience/sources` returns one with its records.
 */
export interface SourceDescriptor {
  /** A stable kebab-case id, e.g. `anthropic-observed-exposure`. */
  id: string;
  /** A short human label, e.g. `Anthropic observed exposure`. */
  label: string;
  /** The full citation to print in reports. */
  citation: string;
  /** The vintage of the data (release, date or version). */
  vintage: string;
  /** The licence as stated by the publisher (or that none is stated). */
  licence: string;
  /** What a higher value means. */
  direction: SourceDirection;
  /** The code system the source publishes its values in. */
  codeSystem: CodeSystem;
  /** The files the values were read from. */
  files: SourceFile[];
  /** `true` when the values are an open proxy for a measure that is not itself available. */
  proxy?: boolean;
  /** Free-text notes (caveats, scenario, proxy label). */
  notes?: string;
  /** Options the source was built with (e.g. a scenario), recorded for reproducibility. */
  options?: Record<string, string | number | boolean | null>;
}
