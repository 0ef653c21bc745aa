import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from './__fixtures__/build-dataset.js';
import { AiResilienceError } from './ai-resilience-error.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';
import { parseMethodology, WEIGHT_TOLERANCE } from './parse-methodology.js';
import { scoreOccupation } from './score.js';
import { KNOWN_SOURCE_IDS } from './source-ids.js';

// The methodology loader against hostile JSON: any value gives a valid methodology or a MethodologyError
// listing each issue with its path; no key can reach Object.prototype; weights that are negative, not
// finite or do not sum to one, and unknown source ids, are refused by path.

// FUZZ_RUNS scales every property (default 1), as in the sources fuzz tests.
const SCALE = Math.max(
  1,
  Number(
    (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FUZZ_RUNS ?? 1,
  ),
);
const SEED = { seed: 20_260_611 };
type Json = Record<string, unknown>;
const defaultJson = (): Json => JSON.parse(JSON.stringify(DEFAULT_METHODOLOGY)) as Json;

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MethodologyError);
    expect(AiResilienceError.isInstance(error)).toBe(true);
    expect((error as MethodologyError).code).toBe('INVALID_METHODOLOGY');
    return (error as MethodologyError).issues;
  }
  throw new Error('expected a MethodologyError');
}

/** Every number of a parsed methodology is finite and its weights are positive and sum to one. */
function expectSound(methodology: Methodology): void {
  const numbers: number[] = [];
  JSON.stringify(methodology, (_, value: unknown) => {
    if (typeof value === 'number') numbers.push(value);
    return value;
  });
  expect(numbers.every(Number.isFinite)).toBe(true);
  const sum = (weights: number[]) => weights.reduce((total, weight) => total + weight, 0);
  expect(Math.abs(sum(methodology.dimensions.map((dimension) => dimension.weight)) - 1)).toBeLessThanOrEqual(
    WEIGHT_TOLERANCE,
  );
  for (const dimension of methodology.dimensions) {
    expect(dimension.weight).toBeGreaterThan(0);
    expect(Math.abs(sum(dimension.sources.map((source) => source.weight)) - 1)).toBeLessThanOrEqual(
      WEIGHT_TOLERANCE,
    );
    for (const source of dimension.sources) expect(source.weight).toBeGreaterThan(0);
  }
}

function onlyTypedErrors(value: unknown): boolean {
  try {
    expectSound(parseMethodology(value));
  } catch (error) {
    if (!AiResilienceError.isInstance(error)) throw error;
    expect(error).toBeInstanceOf(MethodologyError);
  }
  return true;
}

/** A path into the default methodology's JSON and a value to put there (or `undefined` to delete the key). */
const pathArbitrary = fc.array(
  fc.oneof(
    fc.constantFrom(
      'dimensions',
      'sources',
      'tiers',
      'weight',
      'id',
      'direction',
      'above',
      'name',
      'confidence',
      'levels',
      'comparison',
      'phrases',
      'atLeast',
      'scenario',
      'agreementDimension',
      'dispersionThresholds',
      'label',
      'ties',
      'weighting',
      'evidenceGroup',
    ),
    fc.nat(8),
  ),
  {
    minLength: 1,
    maxLength: 5,
  },
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    0,
    -0,
    1e308,
    Number.MIN_VALUE,
    '0.5',
    '50%',
    '1,5',
    null,
    undefined,
    '__proto__',
    'constructor',
    [],
    {},
  ),
);

function setAt(root: Json, path: (string | number)[], value: unknown): void {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    const key = typeof step === 'number' ? keys[step % Math.max(1, keys.length)] : step;
    if (key === undefined) return;
    node = (node as Json)[key];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = path.at(-1)!;
  const keys = Object.keys(node);
  const key = typeof last === 'number' ? (keys[last % Math.max(1, keys.length)] ?? String(last)) : last;
  if (value === undefined) delete (node as Json)[key];
  else (node as Json)[key] = value;
}

describe('parseMethodology under fuzzing', () => {
  it('any JSON value: a sound methodology or a MethodologyError, never another exception', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), onlyTypedErrors), {
      ...SEED,
      numRuns: 2000 * SCALE,
    });
  });

  it('any JavaScript value (null prototypes, bigints, maps, typed arrays, sparse arrays)', () => {
    const anything = fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, onlyTypedErrors), { ...SEED, numRuns: 2000 * SCALE });
  });

  it('the default methodology with any field replaced or removed, at any depth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pathArbitrary, hostileValue), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const json = defaultJson();
          for (const [path, value] of edits) setAt(json, path, value);
          return onlyTypedErrors(json);
        },
      ),
      { ...SEED, numRuns: 3000 * SCALE },
    );
  });

  it('refuses nesting deeper than 32 levels without overflowing the stack (was: untyped RangeError)', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
    const issues = issuesOf(() => parseMethodology({ ...defaultJson(), scenario: deep }));
    expect(issues[0]!.message).toBe('nests more than 32 levels deep');
    expect(issues[0]!.path).toMatch(/^scenario(\.a)+$/);
  });
});

describe('weights', () => {
  const withWeight = (dimension: number, weight: unknown) => {
    const json = defaultJson();
    ((json.dimensions as Json[])[dimension] as Json).weight = weight;
    return json;
  };

  it.each([
    ['negative', -0.1],
    ['zero', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '0.5'],
    ['a percentage', '50%'],
  ])('refuses a %s dimension weight, naming its path', (_, weight) => {
    const issues = issuesOf(() => parseMethodology(withWeight(0, weight)));
    expect(
      issues.some((issue) => issue.path.startsWith('dimensions[0].weight') || issue.path === 'dimensions'),
    ).toBe(true);
  });

  it('refuses dimension weights that do not sum to one, giving the sum', () => {
    const json = withWeight(0, (((defaultJson().dimensions as Json[])[0] as Json).weight as number) + 0.01);
    const issues = issuesOf(() => parseMethodology(json));
    expect(issues).toEqual([
      { path: 'dimensions', message: expect.stringMatching(/must sum to 1 \(got 1\.01/) },
    ]);
  });

  it('refuses source weights that do not sum to one inside a dimension', () => {
    const json = defaultJson();
    const sources = ((json.dimensions as Json[])[0] as Json).sources as Json[];
    sources[0]!.weight = (sources[0]!.weight as number) / 2;
    const issues = issuesOf(() => parseMethodology(json));
    expect(issues[0]!.path).toBe('dimensions[0].sources');
    expect(issues[0]!.message).toMatch(/source weights of dimension .* must sum to 1/);
  });

  it('accepts weights within the tolerance of one (floating-point sums)', () => {
    const json = defaultJson();
    const dimensions = json.dimensions as Json[];
    const first = dimensions[0]!.weight as number;
    dimensions[0]!.weight = first + WEIGHT_TOLERANCE / 2;
    expectSound(parseMethodology(json));
  });
});

describe('unknown source ids', () => {
  const withSourceId = (id: string) => {
    const json = defaultJson();
    ((((json.dimensions as Json[])[0] as Json).sources as Json[])[0] as Json).id = id;
    return json;
  };

  it('refuses a source id that is not known, naming the path and listing the known ids', () => {
    const issues = issuesOf(() =>
      parseMethodology(withSourceId('no-such-source'), { knownSourceIds: KNOWN_SOURCE_IDS }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('dimensions[0].sources[0].id');
    expect(issues[0]!.message).toMatch(
      /unknown source "no-such-source" \(known: .*anthropic-observed-exposure/,
    );
  });

  it('refuses to score with a methodology that names a source the dataset lacks', () => {
    const methodology = parseMethodology(withSourceId('no-such-source'));
    const sources = DEFAULT_METHODOLOGY.dimensions.flatMap((dimension) => dimension.sources);
    const dataset = datasetFromTable({
      '29-2072': Object.fromEntries(sources.map((source) => [source.id, 1])),
    });
    const issues = issuesOf(() => scoreOccupation(dataset, '29-2072', methodology));
    expect(issues.some((issue) => issue.message.includes('no-such-source'))).toBe(true);
  });
});

describe('prototype pollution from methodology JSON', () => {
  const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = prototypeNames();
  const payloads: [string, (json: Json) => string][] = [
    [
      '__proto__ at the top level',
      (json) => `{"__proto__": {"polluted": true}, ${JSON.stringify(json).slice(1)}`,
    ],
    [
      'constructor.prototype at the top level',
      (json) => `{"constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(json).slice(1)}`,
    ],
    [
      'prototype at the top level',
      (json) => `{"prototype": {"polluted": true}, ${JSON.stringify(json).slice(1)}`,
    ],
    [
      '__proto__ inside a dimension',
      (json) =>
        JSON.stringify(json).replace('"dimensions":[{', '"dimensions":[{"__proto__":{"polluted":true},'),
    ],
    [
      '__proto__ inside a source',
      (json) => JSON.stringify(json).replace('"sources":[{', '"sources":[{"__proto__":{"polluted":true},'),
    ],
    [
      '__proto__ inside the scenario',
      (json) =>
        JSON.stringify({ ...json, scenario: { a: 1 } }).replace(
          '"scenario":{',
          '"scenario":{"__proto__":{"polluted":true},',
        ),
    ],
    [
      'constructor deep in the confidence rules',
      (json) =>
        JSON.stringify(json).replace(
          '"confidence":{',
          '"confidence":{"constructor":{"prototype":{"polluted":true}},',
        ),
    ],
    [
      'a dimension whose id is prototype',
      (json) => JSON.stringify(json).replace(/("dimensions":\[\{"id":)"[^"]+"/, '$1"prototype"'),
    ],
    ['the methodology id __proto__', (json) => JSON.stringify({ ...json, id: '__proto__' })],
    [
      'a source whose id is constructor',
      (json) => JSON.stringify(json).replace(/("sources":\[\{[^}]*?"id":)"[^"]+"/, '$1"constructor"'),
    ],
    ['a scenario key named prototype', (json) => JSON.stringify({ ...json, scenario: { prototype: 'x' } })],
  ];

  it.each(payloads)('%s: a MethodologyError naming the key; Object.prototype untouched', (_, write) => {
    const text = write(defaultJson());
    expect(text).toMatch(/__proto__|constructor|prototype/);
    const issues = issuesOf(() => parseMethodology(JSON.parse(text)));
    expect(
      // The key is named in the path or the message; an id is refused at its path (ids are lowercase words).
      issues.some(
        (issue) =>
          /__proto__|constructor|prototype/.test(`${issue.path} ${issue.message}`) || issue.path === 'id',
      ),
    ).toBe(true);
    expect(prototypeNames()).toEqual(before);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('a valid methodology is deeply frozen, so a caller cannot reach its prototypes through it either', () => {
    const methodology = parseMethodology(defaultJson());
    expect(Object.isFrozen(methodology)).toBe(true);
    expect(Object.isFrozen(methodology.dimensions[0]!.sources[0])).toBe(true);
    expect(Object.getPrototypeOf(methodology)).toBe(Object.prototype);
  });
});
