import type { EmploymentFacts } from '@airesilience/core';
import { BLS_PROJECTIONS_CITATION } from './bls-projections-descriptors.js';
import type { BlsProjectionRecord } from './parse-bls-projections.js';

/**
 * The report facts of one Table 1.2 row: employment 2024 and 2034, percent change, annual openings,
 * median wage (with its top-coded flag), typical education, work experience and on-the-job training,
 * with the citation of the release.
 *
 * @param record - a row of {@link parseBlsProjections}.
 * @returns the {@link @airesilience/core!EmploymentFacts} of that occupation.
 * @example
 * ```ts
 * employmentFactsOf(medicalRecordsSpecialists).typicalEducation; // 'Postsecondary nondegree award'
 * ```
 */
export function employmentFactsOf(record: BlsProjectionRecord): EmploymentFacts {
  return {
    employment2024: record.employment2024,
    employment2034: record.employment2034,
    employmentChangePercent: record.employmentChangePercent,
    annualOpenings: record.annualOpenings,
    medianWage: record.medianWage,
    medianWageTopCoded: record.medianWageTopCoded,
    typicalEducation: record.typicalEducation,
    workExperience: record.workExperience,
    onTheJobTraining: record.onTheJobTraining,
    citation: BLS_PROJECTIONS_CITATION,
  };
}
