import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDelimited } from '@airesilience/sources';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The data mirror: `AIRESILIENCE_DATA_DIR`, else `../shared/data` beside the repository. */
export const dataDir: string = process.env.AIRESILIENCE_DATA_DIR ?? resolve(repoRoot, '../shared/data');

/** The reference tables of the independent implementation (`../shared/reference`). */
export const referenceDir: string =
  process.env.AIRESILIENCE_REFERENCE_DIR ?? resolve(repoRoot, '../shared/reference');

/**
 * The absolute path of a file of the mirror.
 *
 * @param relative - a path as in `MANIFEST.tsv`, e.g. `bls/occupation.xlsx`.
 * @returns the absolute path.
 */
export function mirrorPath(relative: string): string {
  return join(dataDir, relative);
}

/** `true` when the mirror is present (integration tests require it and fail loudly without it). */
export const hasMirror: boolean = existsSync(join(dataDir, 'MANIFEST.tsv'));

/**
 * Reads CSV text strictly (RFC 4180, through the library's own reader): an unterminated quote or a row wider
 * or narrower than the header throws, naming the line.
 *
 * @param text - the CSV text.
 * @param file - the file name for error messages.
 * @returns the header row, then every data row, as cells.
 */
export function readCsvRows(text: string, file = 'output.csv'): string[][] {
  const table = readDelimited(text, { source: 'test', file });
  return [table.header, ...table.rows.map((row) => row.cells)];
}

/**
 * Reads a reference CSV into objects keyed by header.
 *
 * @param name - the file name in the reference folder, e.g. `scores.csv`.
 * @returns one object per row, every value as text.
 */
export function readReferenceCsv(name: string): Record<string, string>[] {
  const [header, ...body] = readCsvRows(readFileSync(join(referenceDir, name), 'utf8'), name);
  return body.map((cells) => Object.fromEntries(header!.map((column, i) => [column, cells[i] ?? ''])));
}
