/**
 * How a scored occupation reaches a source's native codes (methodology §1, §3):
 * - a 6-digit code takes the native codes the source's own rule gives it (`direct`);
 * - a BLS matrix aggregate with none takes its member codes' native codes, repeats kept, so the value is
 *   the mean of the members' percentiles;
 * - an O*NET-SOC code takes its own native code where the source has one, else its 6-digit parent's links,
 *   else (our choice) the links of the matrix code the BLS O*NET-to-matrix crosswalk files it under.
 */
export interface LinkRules {
  /** The native codes a 6-digit code reaches by the source's own rule (same code, crosswalk, group). */
  direct: (code: string) => readonly string[];
  /** For an O*NET-SOC code: its own native code, when the source publishes at that level. */
  own?: (onetSocCode: string) => readonly string[];
}

/** The matrix structure the link rules need. */
export interface MatrixStructure {
  /** Aggregate matrix code → member SOC 2018 detailed codes. */
  aggregateMembers: Readonly<Record<string, readonly string[]>>;
  /** O*NET-SOC code → the national matrix code it is filed under. */
  matrixCodeOf: ReadonlyMap<string, string>;
}

/**
 * The native codes feeding a 6-digit (SOC or matrix) code.
 *
 * @param code - a SOC 2018 detailed or matrix code.
 * @param rules - the source's link rules.
 * @param structure - the matrix aggregates.
 * @returns the native codes (possibly repeated, for aggregates), or an empty list.
 */
export function linksForSoc(code: string, rules: LinkRules, structure: MatrixStructure): string[] {
  const direct = rules.direct(code);
  if (direct.length > 0) return [...direct];
  const members = structure.aggregateMembers[code];
  if (!members) return [];
  return members.flatMap((member) => rules.direct(member));
}

/**
 * The native codes feeding an O*NET-SOC code.
 *
 * @param onetSocCode - e.g. `29-2072.00`.
 * @param rules - the source's link rules.
 * @param structure - the matrix aggregates and the O*NET-to-matrix crosswalk.
 * @returns the native codes, or an empty list.
 */
export function linksForOnetSoc(onetSocCode: string, rules: LinkRules, structure: MatrixStructure): string[] {
  const own = rules.own?.(onetSocCode) ?? [];
  if (own.length > 0) return [...own];
  const parent = linksForSoc(onetSocCode.slice(0, 7), rules, structure);
  if (parent.length > 0) return parent;
  const matrixCode = structure.matrixCodeOf.get(onetSocCode);
  return matrixCode && matrixCode !== onetSocCode.slice(0, 7)
    ? linksForSoc(matrixCode, rules, structure)
    : [];
}
