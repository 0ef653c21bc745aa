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
 * Reads CSV text strictly (RFC 4180: quoted cells with doubled quotes and line breaks, CRLF or LF): an
 * unterminated quote, or a row wider or narrower than the header, throws, naming the line. (Not the library's
 * `readDelimited`: this package is compiled with core's tests, and core cannot depend on
 * `@airesilience/sources`.)
 *
 * @param text - the CSV text.
 * @param file - the file name for error messages.
 * @returns the header row, then every data row, as cells.
 */
export function readCsvRows(text: string, file = 'output.csv'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  const endRow = () => {
    row.push(cell);
    if (rows.length > 0 && row.length !== rows[0]!.length) {
      throw new Error(`${file}, line ${line}: ${row.length} cells, the header has ${rows[0]!.length}`);
    }
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else cell += ch;
  }
  if (quoted) throw new Error(`${file}: a quoted cell is not closed`);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
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
