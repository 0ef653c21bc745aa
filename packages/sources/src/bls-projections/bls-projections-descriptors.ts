import type { SourceDescriptor, SourceFile } from '@airesilience/core';
import { BLS_PROJECTIONS_ID } from './read-bls-matrix-table.js';

/** The source id of the projected annual openings used in the Long-term Employer Demand dimension. */
export const BLS_ANNUAL_OPENINGS_ID = 'bls-annual-openings';

/** The source id of the projected percent employment change used in the Long-term Employer Demand dimension. */
export const BLS_EMPLOYMENT_CHANGE_ID = 'bls-employment-change';

/** The citation of the BLS Employment Projections facts (employment, openings, wage, education, training). */
export const BLS_PROJECTIONS_CITATION =
  'U.S. Bureau of Labor Statistics, Employment Projections 2024–34, Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (occupation.xlsx, 2024 National Employment Matrix; median wages from OEWS May 2024).';

/** The vintage of the BLS Employment Projections release, as recorded in the data mirror's manifest. */
export const BLS_PROJECTIONS_VINTAGE =
  'Employment Projections 2024-34 (2024 National Employment Matrix; published 2025)';

/** The licence of every BLS file: a work of the U.S. Government. */
export const BLS_LICENCE = 'Public domain (U.S. Government work)';

/**
 * The descriptor of the whole Table 1.2 (the facts shown in reports). Its values are not ranked as one
 * source: the two scoring sources derived from it have their own descriptors,
 * {@link blsOpeningsDescriptor} and {@link blsEmploymentChangeDescriptor}.
 *
 * @param files - the file(s) the table was read from, with their checksums.
 * @returns the descriptor (id `bls-projections`, code system `bls-matrix`).
 * @example
 * ```ts
 * blsProjectionsDescriptor([{ path: 'bls/occupation.xlsx', sha256 }]).id; // 'bls-projections'
 * ```
 */
export function blsProjectionsDescriptor(files: SourceFile[]): SourceDescriptor {
  return {
    id: BLS_PROJECTIONS_ID,
    label: 'BLS Employment Projections 2024–34',
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: 'higher-is-more-resilient',
    codeSystem: 'bls-matrix',
    files,
    notes:
      'Employment and openings in thousands; percent change as published (one decimal); a top-coded median wage (">=$239,200") is kept as 239200 with a flag. Direction applies to openings and growth.',
  };
}

/**
 * The descriptor of the projected annual openings 2024–34 (thousands, annual average, as published), a
 * source of the Long-term Employer Demand dimension ranked with `P` (more openings = more resilient).
 *
 * @param files - the file(s) the values were read from, with their checksums.
 * @returns the descriptor (id `bls-annual-openings`).
 * @example
 * ```ts
 * blsOpeningsDescriptor(parsed.descriptor.files).direction; // 'higher-is-more-resilient'
 * ```
 */
export function blsOpeningsDescriptor(files: SourceFile[]): SourceDescriptor {
  return {
    id: BLS_ANNUAL_OPENINGS_ID,
    label: 'BLS projected annual openings 2024–34',
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: 'higher-is-more-resilient',
    codeSystem: 'bls-matrix',
    files,
    notes: 'Occupational openings, 2024–34 annual average, thousands, as published.',
  };
}

/**
 * The descriptor of the projected employment change 2024–34 in percent (the published one-decimal
 * figure, not recomputed), a source of the Long-term Employer Demand dimension ranked with `P`.
 *
 * @param files - the file(s) the values were read from, with their checksums.
 * @returns the descriptor (id `bls-employment-change`).
 * @example
 * ```ts
 * blsEmploymentChangeDescriptor(parsed.descriptor.files).codeSystem; // 'bls-matrix'
 * ```
 */
export function blsEmploymentChangeDescriptor(files: SourceFile[]): SourceDescriptor {
  return {
    id: BLS_EMPLOYMENT_CHANGE_ID,
    label: 'BLS projected employment change 2024–34, percent',
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: 'higher-is-more-resilient',
    codeSystem: 'bls-matrix',
    files,
    notes: 'Employment change, percent, 2024–34, as published (one decimal; many ties).',
  };
}
