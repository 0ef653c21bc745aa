import type { CodeSystem, SourceDescriptor, SourceFile } from '@airesilience/core';

/** What distinguishes one crosswalk's descriptor from another's. */
export interface CrosswalkDescription {
  /** The source id, kebab-case. */
  id: string;
  /** A short label. */
  label: string;
  /** The citation. */
  citation: string;
  /** The vintage. */
  vintage: string;
  /** The licence. */
  licence: string;
  /** The code system of the crosswalk's source side (`from`). */
  codeSystem: CodeSystem;
  /** Caveats. */
  notes: string;
}

/**
 * The descriptor of a crosswalk file. A crosswalk carries no measure, so its `direction` is a required
 * placeholder and not meaningful, which its notes say.
 *
 * @param description - the crosswalk's identity.
 * @param files - the file(s) read, with their checksums.
 * @returns the descriptor.
 */
export function crosswalkDescriptor(
  description: CrosswalkDescription,
  files: SourceFile[],
): SourceDescriptor {
  return {
    ...description,
    direction: 'higher-is-more-resilient',
    files,
    notes: `${description.notes} A crosswalk, not a scored measure: the direction is not meaningful.`,
  };
}
