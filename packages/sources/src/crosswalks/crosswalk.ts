import { AiResilienceError } from '@airesilience/core';

/** One link of a crosswalk: a code of the source classification and a code of the target one. */
export interface CrosswalkLink {
  /** The code in the source classification, e.g. SOC 2010 `29-2071`. */
  from: string;
  /** The code in the target classification, e.g. SOC 2018 `29-2072`. */
  to: string;
}

/** One row of a crosswalk file: a link with the titles on both sides and the row it came from. */
export interface CrosswalkPair extends CrosswalkLink {
  /** The title of `from`, as published (trimmed). */
  fromTitle: string;
  /** The title of `to`, as published (trimmed). */
  toTitle: string;
  /** The 1-based row of the file, for traceability. */
  row: number;
}

/**
 * A many-to-many mapping between two classifications, queryable in both directions. Build one with
 * {@link createCrosswalk}.
 */
export interface Crosswalk {
  /** The distinct links, in the order first given. */
  readonly links: readonly CrosswalkLink[];
  /** The distinct source codes, in the order first given. */
  readonly sourceCodes: readonly string[];
  /** The distinct target codes, in the order first given. */
  readonly targetCodes: readonly string[];
  /**
   * The target codes a source code maps to.
   *
   * @param code - a source code.
   * @returns its targets in the order given; empty for a code the crosswalk does not know.
   */
  targetsOf(code: string): readonly string[];
  /**
   * The source codes that map to a target code.
   *
   * @param code - a target code.
   * @returns its sources in the order given; empty for a code the crosswalk does not know.
   */
  sourcesOf(code: string): readonly string[];
}

function appendTo(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * Builds a crosswalk from its links (for example the records of a crosswalk parser). A link given twice
 * counts once; one-to-many (a 2010 code split in 2018) and many-to-one (2018 codes that merge several
 * 2010 codes) are both kept.
 *
 * @param links - the links, in any order.
 * @returns a {@link Crosswalk} answering `targetsOf` and `sourcesOf`.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for a link with an empty code.
 * @example
 * ```ts
 * const crosswalk = createCrosswalk([
 *   { from: '29-2071', to: '29-2072' },
 *   { from: '29-2071', to: '29-9021' },
 *   { from: '29-9099', to: '29-9021' },
 * ]);
 * crosswalk.targetsOf('29-2071'); // ['29-2072', '29-9021']
 * crosswalk.sourcesOf('29-9021'); // ['29-2071', '29-9099']
 * ```
 */
export function createCrosswalk(links: Iterable<CrosswalkLink>): Crosswalk {
  const targets = new Map<string, string[]>();
  const sources = new Map<string, string[]>();
  const distinct: CrosswalkLink[] = [];
  const seen = new Set<string>();
  for (const { from, to } of links) {
    if (typeof from !== 'string' || from.trim() === '' || typeof to !== 'string' || to.trim() === '') {
      throw new AiResilienceError(
        'INVALID_ARGUMENT',
        `a crosswalk link needs two non-empty codes, got ${JSON.stringify({ from, to })}`,
      );
    }
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push({ from, to });
    appendTo(targets, from, to);
    appendTo(sources, to, from);
  }
  return {
    links: distinct,
    sourceCodes: [...targets.keys()],
    targetCodes: [...sources.keys()],
    targetsOf: (code) => targets.get(code) ?? [],
    sourcesOf: (code) => sources.get(code) ?? [],
  };
}

/**
 * The links from each target code to the native codes of a source that reach it through a crosswalk,
 * so that a value keeps the codes it came from: the scoring engine gives the target the mean of those
 * native codes' percentiles (`SourceValues.links` in `@airesilience/core`). Only native codes that the
 * source publishes (`nativeCodes`) are used; a native code the crosswalk does not know reaches no
 * target, and a target none of whose sources is published gets no entry.
 *
 * @param nativeCodes - the codes the source publishes (its universe), e.g. SOC 2010 codes.
 * @param crosswalk - the crosswalk from the source's code system to the target's.
 * @returns target code → the native codes feeding it, in `nativeCodes` order; keys sorted.
 * @example
 * ```ts
 * crosswalkLinks(['29-2071', '29-9099'], crosswalk);
 * // { '29-2072': ['29-2071'], '29-9021': ['29-2071', '29-9099'] }
 * ```
 */
export function crosswalkLinks(
  nativeCodes: Iterable<string>,
  crosswalk: Crosswalk,
): Record<string, string[]> {
  const links = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const code of nativeCodes) {
    if (seen.has(code)) continue;
    seen.add(code);
    for (const target of crosswalk.targetsOf(code)) appendTo(links, target, code);
  }
  return Object.fromEntries([...links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Chains two crosswalks: `a → c` for every `a → b` of the first and `b → c` of the second (for example
 * ISCO-08 → SOC 2010 → SOC 2018). Source codes of the first whose targets the second does not know are
 * dropped.
 *
 * @param first - the crosswalk from classification A to B.
 * @param second - the crosswalk from classification B to C.
 * @returns the crosswalk from A to C.
 * @example
 * ```ts
 * composeCrosswalks(iscoToSoc2010, soc2010To2018).targetsOf('3252'); // ['29-2072', '29-9021']
 * ```
 */
export function composeCrosswalks(first: Crosswalk, second: Crosswalk): Crosswalk {
  return createCrosswalk(
    first.links.flatMap(({ from, to: middle }) => second.targetsOf(middle).map((to) => ({ from, to }))),
  );
}

/**
 * Builds a crosswalk from groups given as target → its source codes, such as the members of each matrix
 * aggregate ({@link matrixAggregateMembers}): every member becomes a link `member → target`.
 *
 * @param members - target code → the source codes it gathers.
 * @returns the crosswalk from the member codes to the targets.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an empty code.
 * @example
 * ```ts
 * const aggregates = createCrosswalkFromMembers({ '13-1020': ['13-1021', '13-1022', '13-1023'] });
 * crosswalkLinks(['13-1021', '13-1023', '15-1252'], aggregates); // { '13-1020': ['13-1021', '13-1023'] }
 * ```
 */
export function createCrosswalkFromMembers(members: Readonly<Record<string, readonly string[]>>): Crosswalk {
  return createCrosswalk(
    Object.entries(members).flatMap(([to, sources]) => sources.map((from) => ({ from, to }))),
  );
}
