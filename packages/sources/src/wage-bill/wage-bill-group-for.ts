import { parseOccupationCode } from '@airesilience/core';

/**
 * Detailed SOC 2018 codes whose four-character prefix names no minor group of the Althoff & Reichardt
 * file, with the group they belong to: SOC 2018 moved the occupational health and safety specialists and
 * technicians (`19-5011`, `19-5012`) out of SOC 2010's `29-9010`, so `19-5…` takes `29-90`.
 */
export const WAGE_BILL_GROUP_OVERRIDES: Readonly<Record<string, string>> = { '19-5': '29-90' };

/**
 * The Althoff & Reichardt minor group (SOC 2010, e.g. `15-11`) a detailed SOC 2018 code belongs to: the
 * group whose code starts with the same four characters `XX-Y` (the 93 groups are unique on them), except
 * for the prefixes in {@link WAGE_BILL_GROUP_OVERRIDES}. BLS matrix aggregates (`13-1020`, `29-2010`, …)
 * follow the same rule. An O*NET-SOC code uses its 6-digit parent.
 *
 * @param code - a SOC 2018 detailed code (`15-1252`) or an O*NET-SOC code (`15-1252.00`).
 * @param groups - the minor-group codes of the file (e.g. the `code` of each parsed record).
 * @returns the group's code, or null when no group matches (`45-3031`: the file has no `45-30`).
 * @throws {@link @airesilience/core!OccupationCodeError} when `code` is not an occupation code.
 * @example
 * ```ts
 * const groups = records.map((record) => record.code);
 * wageBillGroupFor('15-1252', groups); // '15-11'
 * wageBillGroupFor('19-5011', groups); // '29-90'
 * wageBillGroupFor('45-3031', groups); // null
 * ```
 */
export function wageBillGroupFor(code: string, groups: Iterable<string>): string | null {
  const prefix = parseOccupationCode(code).soc.slice(0, 4);
  const override = WAGE_BILL_GROUP_OVERRIDES[prefix];
  let found: string | null = null;
  for (const group of groups) {
    if (override === undefined ? group.startsWith(prefix) : group === override) {
      found = group;
      break;
    }
  }
  return found;
}
