import type { BlsOpeningsRecord } from './parse-bls-openings-table.js';
import type { BlsProjectionRecord } from './parse-bls-projections.js';

/** One Line item whose annual openings differ between Table 1.2 and Table 1.10. */
export interface BlsOpeningsMismatch {
  /** The matrix code. */
  code: string;
  /** The openings in Table 1.2 (thousands), or null when absent or "—". */
  projections: number | null;
  /** The openings in Table 1.10 (thousands), or null when absent or "—". */
  openingsTable: number | null;
}

/** The outcome of {@link crossCheckBlsOpenings}. */
export interface BlsOpeningsCrossCheck {
  /** How many Line items of Table 1.2 were compared. */
  compared: number;
  /** The Line items whose openings differ (or that one table lacks), in Table 1.2 order. */
  mismatches: BlsOpeningsMismatch[];
}

/**
 * Compares the annual openings of every Line item of Table 1.2 with Table 1.10 of the same release.
 * Both tables publish the figure rounded to one decimal, so equality is exact; a Line item that is
 * missing from Table 1.10 counts as a mismatch with `openingsTable: null`.
 *
 * @param projections - the records of {@link parseBlsProjections}.
 * @param openingsTable - the records of {@link parseBlsOpeningsTable}.
 * @returns how many were compared and which differ.
 * @example
 * ```ts
 * crossCheckBlsOpenings(table12.records, table110.records).mismatches.length; // 0 for EP 2024–34
 * ```
 */
export function crossCheckBlsOpenings(
  projections: readonly BlsProjectionRecord[],
  openingsTable: readonly BlsOpeningsRecord[],
): BlsOpeningsCrossCheck {
  const openingsByCode = new Map(openingsTable.map((record) => [record.code, record.annualOpenings]));
  const mismatches: BlsOpeningsMismatch[] = [];
  let compared = 0;
  for (const record of projections) {
    if (record.occupationType !== 'Line item') continue;
    compared++;
    const other = openingsByCode.get(record.code) ?? null;
    if (other !== record.annualOpenings) {
      mismatches.push({ code: record.code, projections: record.annualOpenings, openingsTable: other });
    }
  }
  return { compared, mismatches };
}
