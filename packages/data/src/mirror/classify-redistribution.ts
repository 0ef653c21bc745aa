/**
 * The licence families that allow redistribution: `cc-by-4.0` (Creative Commons Attribution 4.0),
 * `mit`, and `public-domain` (chiefly U.S. Government works).
 */
export type PermissiveLicence = 'cc-by-4.0' | 'mit' | 'public-domain';

/** Whether a mirror file may be redistributed, as decided by {@link classifyRedistribution}. */
export interface Redistribution {
  /** `true` only when the stated licence is recognised as permissive and nothing in it says otherwise. */
  allowed: boolean;
  /** The permissive licences recognised in the statement (empty when `allowed` is `false`). */
  licences: PermissiveLicence[];
  /**
   * Why it may not be redistributed, when `allowed` is `false`: `unstated` (no licence is stated or
   * declared, or the terms are to be confirmed), `restricted` (a non-commercial, no-derivatives or
   * share-alike clause) or `unrecognised` (a statement these rules do not know).
   */
  reason?: 'unstated' | 'restricted' | 'unrecognised';
  /** A short verdict for tables, e.g. `Yes, with attribution` or `No`. */
  verdict: string;
  /** What the verdict means in practice: what to keep (attribution, notice) or what is shipped instead. */
  conditions: string;
}

// Any of these anywhere in the statement makes the file non-redistributable, whatever else it says.
const UNSTATED =
  /\b(unstated|none declared|not declared|no licen[cs]e|not stated|unknown|confirm\b|check\b.*\bbefore\b)/i;
const RESTRICTED = /\bBY[- ]?(NC|ND|SA)\b|\bnon-?commercial\b|\bno-?derivatives\b|\bshare-?alike\b/i;
const CC_BY_4 = /\bCC[- ]?BY[- ]4\.0\b/i;
const MIT = /\bMIT\b/;
const PUBLIC_DOMAIN = /\bpublic domain\b/i;

const CONDITIONS: Record<PermissiveLicence, string> = {
  'cc-by-4.0': 'credit the publisher, link CC BY 4.0 and say if the data were changed',
  mit: 'keep the copyright and MIT licence notice',
  'public-domain': 'no conditions (U.S. Government work); cite the source as a courtesy',
};

const NOT_SHIPPED =
  'the raw file is not shipped; get it from its origin, and ask the publisher before redistributing it or values copied from it (the snapshot holds the values the score uses: see the data package README)';

/**
 * Decides, conservatively, whether a mirror file may be redistributed from its licence as stated in
 * `MANIFEST.tsv`. Yes only for CC BY 4.0, MIT or public domain, and only when nothing in the statement
 * says the licence is unstated, undeclared or to be confirmed; a restrictive clause (NC, ND, SA) or a
 * statement these rules do not recognise also gives no. This is a reading of the statement, not legal
 * advice.
 *
 * @param license - the licence statement, e.g. `CC BY 4.0 (LICENSE.txt)` or `unstated (no LICENSE file)`.
 * @returns whether redistribution is allowed, the licences recognised, and the conditions in words.
 * @example
 * ```ts
 * classifyRedistribution('MIT (LICENSE, Copyright 2024 OpenAI)').allowed; // true
 * classifyRedistribution('public domain (BLS/US government work); mirror repo license unstated').allowed; // false
 * ```
 */
export function classifyRedistribution(license: string): Redistribution {
  if (UNSTATED.test(license) || license.trim() === '') {
    return {
      allowed: false,
      licences: [],
      reason: 'unstated',
      verdict: 'No',
      conditions: `No licence stated or declared for this copy; ${NOT_SHIPPED}`,
    };
  }
  if (RESTRICTED.test(license)) {
    return {
      allowed: false,
      licences: [],
      reason: 'restricted',
      verdict: 'No',
      conditions: `The licence restricts use or derivatives; ${NOT_SHIPPED}`,
    };
  }
  const licences: PermissiveLicence[] = [];
  if (CC_BY_4.test(license)) licences.push('cc-by-4.0');
  if (MIT.test(license)) licences.push('mit');
  if (PUBLIC_DOMAIN.test(license)) licences.push('public-domain');
  if (licences.length === 0) {
    return {
      allowed: false,
      licences,
      reason: 'unrecognised',
      verdict: 'No',
      conditions: `Licence not recognised as permissive; ${NOT_SHIPPED}`,
    };
  }
  const attribution = licences.some((licence) => licence !== 'public-domain');
  // "No conditions" for the public-domain part would mislead when another licence's conditions apply.
  const conditions = (attribution ? licences.filter((licence) => licence !== 'public-domain') : licences)
    .map((licence) => CONDITIONS[licence])
    .join('; ');
  return {
    allowed: true,
    licences,
    verdict: attribution ? 'Yes, with attribution' : 'Yes',
    conditions: conditions.charAt(0).toUpperCase() + conditions.slice(1),
  };
}
