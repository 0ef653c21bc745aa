import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * Reads a reference CSV (simple: no quoted commas except in quoted fields) into objects keyed by header.
 *
 * @param name - the file name in the reference folder, e.g. `scores.csv`.
 * @returns one object per row, every value as text.
 */
export function readReferenceCsv(name: string): Record<string, string>[] {
  const text = readFileSync(join(referenceDir, name), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}
