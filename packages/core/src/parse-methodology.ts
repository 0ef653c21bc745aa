import type { z } from 'zod';
import type { Methodology, MethodologyInput } from './methodology.js';
import { MethodologyError, type MethodologyIssue } from './methodology-error.js';
import { MethodologySchema } from './methodology-schema.js';
import { deepFreeze, markValidated, registerMethodologyValidator } from './validated-methodology.js';

/** How far from 1 a sum of weights may be (absolute). */
export const WEIGHT_TOLERANCE = 1e-9;

/** Keys and ids refused anywhere in a methodology, so that no input can reach an object's prototype. */
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deeply a methodology may nest (a real one nests about 6 levels); deeper input is refused, not recursed. */
const MAX_DEPTH = 32;

/** Options of {@link parseMethodology} and {@link defineMethodology}. */
export interface ParseMethodologyOptions {
  /**
   * The source ids that exist (e.g. {@link KNOWN_SOURCE_IDS}, or `Object.keys(dataset.sources)`); a
   * source id not in the list is an error. Without it source ids are not checked here (scoring checks them
   * against the dataset).
   */
  knownSourceIds?: readonly string[];
}

/**
 * Validates a methodology read from JSON (or any untrusted value) and returns it typed, with the defaults
 * of {@link MethodologyInput} filled in. The result is deeply frozen.
 *
 * Checks, each reported with its path: the shape ({@link MethodologySchema}: required fields, no unknown
 * keys, finite numbers); weights > 0 that sum to 1 (tolerance {@link WEIGHT_TOLERANCE}) across dimensions
 * and inside each dimension; unique dimension and source ids; evidence groups that do not clash with other
 * sources' ids; tiers listed highest first with strictly decreasing cut-offs in [0, 100) and the last one
 * `above: null`; level cuts `0 ≤ low ≤ high ≤ 1`; an agreement dimension that exists; non-decreasing
 * dispersion thresholds; comparison phrases with strictly decreasing thresholds in [0, 1], the last one
 * `atLeast: null`; known source ids when `options.knownSourceIds` is given; and no `__proto__`,
 * `constructor` or `prototype` key or id anywhere.
 *
 * @param json - the parsed JSON value (e.g. `JSON.parse(text)`).
 * @param options - optional list of the source ids that exist.
 * @returns the validated, deeply frozen methodology.
 * @throws {@link MethodologyError} listing every issue with its path.
 * @example
 * ```ts
 * const methodology = parseMethodology(JSON.parse(text), { knownSourceIds: KNOWN_SOURCE_IDS });
 * parseMethodology({ ...DEFAULT_METHODOLOGY, tiers: [] });
 * // throws MethodologyError: 'Invalid methodology: tiers: must list at least one tier'
 * ```
 */
export function parseMethodology(json: unknown, options: ParseMethodologyOptions = {}): Methodology {
  const forbidden: MethodologyIssue[] = [];
  findForbiddenKeys(json, '', forbidden, new Set(), 0);
  if (forbidden.length > 0) throw new MethodologyError(forbidden);
  const parsed = MethodologySchema.safeParse(json);
  if (!parsed.success) throw new MethodologyError(parsed.error.issues.map(toIssue));
  const methodology = parsed.data as Methodology;
  const issues = checkMethodologyRules(methodology, options);
  if (issues.length > 0) throw new MethodologyError(issues);
  return markValidated(deepFreeze(methodology));
}

/**
 * Validates a methodology written in TypeScript and returns it with the defaults filled in, deeply
 * frozen. The same checks as {@link parseMethodology}, with a typed argument.
 *
 * @param input - the methodology; `ties`, `weighting`, `levels`, `comparison`, `scenario` and the
 *   confidence fields other than `agreementDimension` may be left out.
 * @param options - optional list of the source ids that exist.
 * @returns the validated, deeply frozen methodology.
 * @throws {@link MethodologyError} listing every issue with its path.
 * @example
 * ```ts
 * const mhcOnly = defineMethodology({
 *   id: 'mhc-only', version: '1', label: 'Exposure only',
 *   dimensions: [{ ...DEFAULT_METHODOLOGY.dimensions[0]!, weight: 1 }],
 *   tiers: DEFAULT_METHODOLOGY.tiers,
 *   confidence: { agreementDimension: 'mhc' },
 * });
 * mhcOnly.ties; // 'average'
 * ```
 */
export function defineMethodology(
  input: MethodologyInput,
  options: ParseMethodologyOptions = {},
): Methodology {
  return parseMethodology(input, options);
}

function toIssue(issue: z.core.$ZodIssue): MethodologyIssue {
  return { path: formatPath(issue.path), message: issue.message };
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function findForbiddenKeys(
  value: unknown,
  path: string,
  issues: MethodologyIssue[],
  seen: Set<object>,
  depth: number,
): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (depth >= MAX_DEPTH) {
    issues.push({ path: path || '(root)', message: `nests more than ${MAX_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findForbiddenKeys(item, `${path}[${index}]`, issues, seen, depth + 1);
    });
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    const name = String(key);
    const child = path === '' ? name : `${path}.${name}`;
    if (FORBIDDEN_NAMES.has(name)) {
      issues.push({ path: child, message: `the key ${JSON.stringify(name)} is not allowed` });
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor)
      findForbiddenKeys(descriptor.value, child, issues, seen, depth + 1);
  }
}

function checkMethodologyRules(
  methodology: Methodology,
  options: ParseMethodologyOptions,
): MethodologyIssue[] {
  const issues: MethodologyIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const known = options.knownSourceIds === undefined ? null : new Set(options.knownSourceIds);
  const reserved = (path: string, id: string) => {
    if (FORBIDDEN_NAMES.has(id)) add(path, `the id ${JSON.stringify(id)} is reserved`);
  };

  checkWeights(
    methodology.dimensions.map((dimension) => dimension.weight),
    'dimensions',
    'dimension weights',
    add,
  );
  const dimensionIds = new Map<string, number>();
  const sourceIds = new Map<string, string>();
  const groupMembers = new Map<string, string[]>();
  methodology.dimensions.forEach((dimension, d) => {
    const dimensionPath = `dimensions[${d}]`;
    reserved(`${dimensionPath}.id`, dimension.id);
    const earlier = dimensionIds.get(dimension.id);
    if (earlier !== undefined) {
      add(
        `${dimensionPath}.id`,
        `duplicate dimension id ${JSON.stringify(dimension.id)} (also dimensions[${earlier}])`,
      );
    } else dimensionIds.set(dimension.id, d);
    checkWeights(
      dimension.sources.map((source) => source.weight),
      `${dimensionPath}.sources`,
      `source weights of dimension ${dimension.id}`,
      add,
    );
    dimension.sources.forEach((source, s) => {
      const sourcePath = `${dimensionPath}.sources[${s}]`;
      reserved(`${sourcePath}.id`, source.id);
      const first = sourceIds.get(source.id);
      if (first !== undefined)
        add(`${sourcePath}.id`, `duplicate source id ${JSON.stringify(source.id)} (also ${first})`);
      else sourceIds.set(source.id, sourcePath);
      if (known !== null && !known.has(source.id)) {
        add(
          `${sourcePath}.id`,
          `unknown source ${JSON.stringify(source.id)} (known: ${[...known].sort().join(', ') || 'none'})`,
        );
      }
      if (source.evidenceGroup !== undefined) {
        reserved(`${sourcePath}.evidenceGroup`, source.evidenceGroup);
        const members = groupMembers.get(source.evidenceGroup) ?? [];
        members.push(source.id);
        groupMembers.set(source.evidenceGroup, members);
      }
    });
  });
  for (const [group, members] of groupMembers) {
    const clash = sourceIds.get(group);
    if (clash !== undefined && !members.includes(group)) {
      add(
        `${clash}.id`,
        `the source id ${JSON.stringify(group)} is also an evidence group of other sources (${members.join(', ')})`,
      );
    }
  }

  checkTiers(methodology, add);

  if (methodology.levels.kind === 'fixed') {
    const { low, high } = methodology.levels;
    if (!(low >= 0 && low <= high && high <= 1))
      add('levels', `level cuts must satisfy 0 ≤ low ≤ high ≤ 1 (got low ${low}, high ${high})`);
  }

  const confidence = methodology.confidence;
  if (!dimensionIds.has(confidence.agreementDimension)) {
    add(
      'confidence.agreementDimension',
      `unknown dimension ${JSON.stringify(confidence.agreementDimension)} (dimensions: ${[...dimensionIds.keys()].join(', ')})`,
    );
  }
  confidence.dispersionThresholds.forEach((threshold, index) => {
    if (threshold < 0) add(`confidence.dispersionThresholds[${index}]`, `must be ≥ 0, got ${threshold}`);
    const previous = confidence.dispersionThresholds[index - 1];
    if (previous !== undefined && threshold < previous) {
      add(
        `confidence.dispersionThresholds[${index}]`,
        `thresholds must not decrease (${threshold} < ${previous})`,
      );
    }
  });
  if (confidence.dispersionWhenFewSources < 0) {
    add('confidence.dispersionWhenFewSources', `must be ≥ 0, got ${confidence.dispersionWhenFewSources}`);
  }

  checkComparison(methodology, add);
  for (const key of Object.keys(methodology.scenario)) reserved(`scenario.${key}`, key);
  return issues;
}

function checkWeights(
  weights: number[],
  path: string,
  what: string,
  add: (path: string, message: string) => void,
): void {
  let sum = 0;
  let valid = true;
  weights.forEach((weight, index) => {
    if (!(weight > 0)) {
      add(`${path}[${index}].weight`, `weights must be > 0, got ${weight}`);
      valid = false;
    }
    sum += weight;
  });
  if (valid && Math.abs(sum - 1) > WEIGHT_TOLERANCE) add(path, `${what} must sum to 1 (got ${sum})`);
}

function checkTiers(methodology: Methodology, add: (path: string, message: string) => void): void {
  const names = new Map<string, number>();
  const tiers = methodology.tiers;
  tiers.forEach((tier, index) => {
    const path = `tiers[${index}]`;
    const earlier = names.get(tier.name);
    if (earlier !== undefined)
      add(`${path}.name`, `duplicate tier name ${JSON.stringify(tier.name)} (also tiers[${earlier}])`);
    else names.set(tier.name, index);
    const last = index === tiers.length - 1;
    if (last) {
      if (tier.above !== null)
        add(`${path}.above`, `the last (lowest) tier must have above: null, got ${tier.above}`);
      return;
    }
    if (tier.above === null) {
      add(
        `${path}.above`,
        'only the last (lowest) tier may have above: null; list tiers from highest to lowest',
      );
      return;
    }
    if (tier.above < 0 || tier.above >= 100) add(`${path}.above`, `must be in [0, 100), got ${tier.above}`);
    const previous = index > 0 ? tiers[index - 1]!.above : null;
    if (index > 0 && previous !== null && !(tier.above < previous)) {
      add(
        `${path}.above`,
        `tiers overlap or are not sorted: list them from highest to lowest with strictly decreasing cut-offs (${tier.above} is not below tiers[${index - 1}].above ${previous})`,
      );
    }
  });
}

function checkComparison(methodology: Methodology, add: (path: string, message: string) => void): void {
  const phrases = methodology.comparison.phrases;
  phrases.forEach((entry, index) => {
    const path = `comparison.phrases[${index}].atLeast`;
    const last = index === phrases.length - 1;
    if (last) {
      if (entry.atLeast !== null) add(path, `the last phrase must have atLeast: null, got ${entry.atLeast}`);
      return;
    }
    if (entry.atLeast === null) {
      add(path, 'only the last phrase may have atLeast: null; list phrases from highest to lowest');
      return;
    }
    if (entry.atLeast < 0 || entry.atLeast > 1) add(path, `must be in [0, 1], got ${entry.atLeast}`);
    const previous = index > 0 ? phrases[index - 1]!.atLeast : null;
    if (index > 0 && previous !== null && !(entry.atLeast < previous)) {
      add(
        path,
        `phrases must be listed with strictly decreasing thresholds (${entry.atLeast} is not below ${previous})`,
      );
    }
  });
}

registerMethodologyValidator((input) => parseMethodology(input));
