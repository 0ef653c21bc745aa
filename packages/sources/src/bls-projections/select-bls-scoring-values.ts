import type { SourceDescriptor, SourceFile } from '@airesilience/core';
import type { OccupationValue, ParsedSource } from '../shared/parsed-source.js';
import { blsEmploymentChangeDescriptor, blsOpeningsDescriptor } from './bls-projections-descriptors.js';
import type { BlsProjectionRecord } from './parse-bls-projections.js';

function selectLineItemValues(
  parsed: ParsedSource<BlsProjectionRecord>,
  pick: (record: BlsProjectionRecord) => number | null,
  describe: (files: SourceFile[]) => SourceDescriptor,
): ParsedSource<OccupationValue> {
  const records: OccupationValue[] = [];
  for (const record of parsed.records) {
    if (record.occupationType !== 'Line item') continue;
    const value = pick(record);
    if (value !== null) records.push({ code: record.code, value, title: record.title, row: record.row });
  }
  return { records, descriptor: describe(parsed.descriptor.files) };
}

/**
 * The scoring source `bls-annual-openings`: the projected annual openings 2024–34 (thousands, as
 * published) of every Line item of Table 1.2 that has a value. Summary rows are left out: the source's
 * universe is the matrix's published occupations, in matrix codes (12 of them aggregates).
 *
 * @param parsed - the output of {@link parseBlsProjections}.
 * @returns one value per Line item with openings, and the `bls-annual-openings` descriptor.
 * @example
 * ```ts
 * const openings = selectBlsAnnualOpenings(parseBlsProjections({ bytes, file }));
 * openings.records.find((value) => value.code === '29-2072')?.value; // 14.2
 * ```
 */
export function selectBlsAnnualOpenings(
  parsed: ParsedSource<BlsProjectionRecord>,
): ParsedSource<OccupationValue> {
  return selectLineItemValues(parsed, (record) => record.annualOpenings, blsOpeningsDescriptor);
}

/**
 * The scoring source `bls-employment-change`: the projected employment change 2024–34 in percent, the
 * published one-decimal figure (not recomputed from the employment columns), of every Line item of
 * Table 1.2 that has a value.
 *
 * @param parsed - the output of {@link parseBlsProjections}.
 * @returns one value per Line item with a percent change, and the `bls-employment-change` descriptor.
 * @example
 * ```ts
 * const change = selectBlsEmploymentChange(parseBlsProjections({ bytes, file }));
 * change.records.find((value) => value.code === '29-2072')?.value; // 7.1
 * ```
 */
export function selectBlsEmploymentChange(
  parsed: ParsedSource<BlsProjectionRecord>,
): ParsedSource<OccupationValue> {
  return selectLineItemValues(
    parsed,
    (record) => record.employmentChangePercent,
    blsEmploymentChangeDescriptor,
  );
}
