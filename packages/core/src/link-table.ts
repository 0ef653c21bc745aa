import type { LinkTable, SourceValues } from './dataset.js';
import { DatasetError } from './dataset-error.js';

/**
 * A source's links by code turned into a link table aligned with a list of occupations: entry `i` holds
 * the native codes of `occupationCodes[i]` as indexes into `universeCodes` (none when the links do not name
 * it). Links to codes outside the list are left out. The scoring engine scores every source from such a
 * table; `@airesilience/data` stores its snapshot's links this way.
 *
 * @param sourceId - the source, for errors.
 * @param links - occupation code → native codes.
 * @param universeCodes - the source's native codes, unique.
 * @param occupationCodes - the occupations to align with, unique.
 * @returns the table, with `codes` = `occupationCodes`.
 * @throws {@link DatasetError} when a link is not an array or names a code outside the universe.
 * @example
 * ```ts
 * linkTableOf('aioe', { '11-1011.03': ['11-1011', '11-1021'] }, ['11-1011', '11-1021'], ['11-1011', '11-1011.03']);
 * // { codes: ['11-1011', '11-1011.03'], offsets: [0, 0, 2], targets: [0, 1] }
 * ```
 */
export function linkTableOf(
  sourceId: string,
  links: SourceValues['links'],
  universeCodes: readonly string[],
  occupationCodes: readonly string[],
): LinkTable {
  const indexOf = new Map<string, number>();
  universeCodes.forEach((code, index) => {
    indexOf.set(code, index);
  });
  const offsets = [0];
  const targets: number[] = [];
  for (const code of occupationCodes) {
    // Own properties only: an occupation code never names an inherited one, but a hand-made record may.
    const linked = Object.hasOwn(links, code) ? links[code] : undefined;
    if (linked !== undefined) {
      if (!Array.isArray(linked)) {
        throw new DatasetError(sourceId, `links[${JSON.stringify(code)}] must be an array`);
      }
      for (const native of linked) {
        const index = indexOf.get(native);
        if (index === undefined) {
          throw new DatasetError(
            sourceId,
            `links[${JSON.stringify(code)}] names ${JSON.stringify(native)}, which is not in the universe`,
          );
        }
        targets.push(index);
      }
    }
    offsets.push(targets.length);
  }
  return { codes: occupationCodes, offsets, targets };
}

/**
 * The native codes of one entry of a link table.
 *
 * @param table - the link table.
 * @param universeCodes - the source's native codes.
 * @param entry - the entry (the index of its occupation code in `table.codes`).
 * @returns the native codes, in the table's order (empty when the entry has none).
 * @example
 * ```ts
 * linkedCodesOf({ codes: ['11-1011.03'], offsets: [0, 2], targets: [0, 1] }, ['11-1011', '11-1021'], 0);
 * // ['11-1011', '11-1021']
 * ```
 */
export function linkedCodesOf(table: LinkTable, universeCodes: readonly string[], entry: number): string[] {
  const codes: string[] = [];
  for (let k = table.offsets[entry]!; k < table.offsets[entry + 1]!; k++) {
    codes.push(universeCodes[table.targets[k]!]!);
  }
  return codes;
}
