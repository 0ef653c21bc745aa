import type { SourceDescriptor, SourceFile } from '@airesilience/core';

/** What every adapter returns: validated records plus the source descriptor with file checksums. */
export interface ParsedSource<R> {
  /** The validated records, in file order. */
  records: R[];
  /** The source's descriptor (citation, vintage, licence, code system, files). */
  descriptor: SourceDescriptor;
}

/** One occupation-level value as published by a source, in the source's own code system. */
export interface OccupationValue {
  /** The code as published (normalised: trimmed). */
  code: string;
  /** The published value. */
  value: number;
  /** The title as published, when the file has one. */
  title?: string;
  /** The 1-based row it came from, for traceability. */
  row: number;
}

/** How the pure parsers identify the file they read. */
export interface ParseInput {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The file name or mirror-relative path, used in errors and provenance. */
  file: string;
  /** The file's sha256 when known (the loaders compute it); otherwise recorded as unknown. */
  sha256?: string;
}

/** The placeholder checksum recorded when a pure parser is given bytes without one. */
export const UNKNOWN_SHA256 = '0'.repeat(64);

/**
 * The provenance entry for a parsed file.
 *
 * @param input - the parser's input.
 * @returns the file entry for the descriptor.
 */
export function sourceFileOf(input: ParseInput): SourceFile {
  return { path: input.file, sha256: input.sha256 ?? UNKNOWN_SHA256, bytes: input.bytes.byteLength };
}
