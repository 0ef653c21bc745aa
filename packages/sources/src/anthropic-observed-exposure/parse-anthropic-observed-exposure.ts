import type { SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import {
  type OccupationValue,
  type ParsedSource,
  type ParseInput,
  sourceFileOf,
} from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';

/** The source id of Anthropic's observed exposure. */
export const ANTHROPIC_OBSERVED_EXPOSURE_ID = 'anthropic-observed-exposure';

const SOC_2018 = /^\d{2}-\d{4}$/;

/**
 * Parses Anthropic's observed exposure file (`anthropic/job_exposure.csv`: `occ_code`, `observed_exposure`),
 * one SOC 2018 detailed code per row with a share in [0, 1] (higher = more exposed).
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link OccupationValue} per code, and the descriptor.
 * @throws {@link @airesilience/core!SourceParseError} for a missing column, a code that is not SOC 2018, a duplicated
 *   code, or a value that is not a number in [0, 1].
 * @example
 * ```ts
 * const { records } = parseAnthropicObservedExposure({ bytes, file: 'job_exposure.csv' });
 * records.find((r) => r.code === '29-2072')?.value; // 0.6674
 * ```
 */
export function parseAnthropicObservedExposure(input: ParseInput): ParsedSource<OccupationValue> {
  const table = readDelimited(input.bytes, {
    source: ANTHROPIC_OBSERVED_EXPOSURE_ID,
    file: input.file,
    requiredColumns: ['occ_code', 'observed_exposure'],
  });
  const seen = new Map<string, number>();
  const records = table.rows.map((row): OccupationValue => {
    const code = table.text(row, 'occ_code').trim();
    if (!SOC_2018.test(code)) {
      throw table.error(
        `must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`,
        row.line,
        'occ_code',
      );
    }
    assertUniqueKey(table, seen, code, row, 'occ_code');
    const value = table.number(row, 'observed_exposure');
    if (value < 0 || value > 1)
      throw table.error(`must be in [0, 1], got ${value}`, row.line, 'observed_exposure');
    return { code, value, row: row.line };
  });
  return { records, descriptor: anthropicObservedExposureDescriptor(input) };
}

function anthropicObservedExposureDescriptor(input: ParseInput): SourceDescriptor {
  return {
    id: ANTHROPIC_OBSERVED_EXPOSURE_ID,
    label: 'Anthropic observed exposure',
    citation:
      'Massenkoff, M. & McCrory, P. (2026). Observed AI exposure of US occupations from Claude usage. Anthropic Economic Research, March 2026.',
    vintage: 'March 2026',
    licence: 'CC BY 4.0 (Anthropic Economic Index data); cite the authors',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2018',
    files: [sourceFileOf(input)],
  };
}
