import { readDelimited } from '@airesilience/sources';

/** The file name of the data mirror's manifest, at the mirror's root. */
export const MANIFEST_FILE_NAME = 'MANIFEST.tsv';

/** The source id under which manifest parse errors are reported (`[sources/data-manifest]`). */
export const MANIFEST_SOURCE_ID = 'data-manifest';

/** The columns of `MANIFEST.tsv`, in order. */
export const MANIFEST_COLUMNS = [
  'path',
  'source_repo',
  'path_in_repo',
  'commit',
  'publisher',
  'vintage',
  'license',
  'sha256',
  'bytes',
  'notes',
] as const;

/** One file of the data mirror, as listed in `MANIFEST.tsv`. */
export interface ManifestEntry {
  /** The file's path relative to the mirror root, with `/` separators, e.g. `bls/occupation.xlsx`. */
  path: string;
  /** The repository the file was copied from (`owner/name` on GitHub), or empty when not recorded. */
  sourceRepo: string;
  /** The file's path inside {@link ManifestEntry.sourceRepo}. */
  pathInRepo: string;
  /** The commit of {@link ManifestEntry.sourceRepo} the file was copied at. */
  commit: string;
  /** Who published the data: the citation to give. */
  publisher: string;
  /** The vintage of the data (release, date or version). */
  vintage: string;
  /** The licence as stated by the publisher, or a note that none is stated. */
  license: string;
  /** The lowercase hex sha256 of the file's bytes. */
  sha256: string;
  /** The file size in bytes. */
  bytes: number;
  /** Free-text notes on the file's content and provenance. */
  notes: string;
  /** The 1-based line of the entry in `MANIFEST.tsv` (the header is line 1). */
  row: number;
}

/** Options of {@link parseManifest}. */
export interface ParseManifestOptions {
  /** The file name to show in error messages (default `MANIFEST.tsv`). */
  file?: string;
}

const SHA256 = /^[0-9a-f]{64}$/;
const BYTE_COUNT = /^\d+$/;

/**
 * Parses the data mirror's manifest (`MANIFEST.tsv`: tab-separated `path`, `source_repo`,
 * `path_in_repo`, `commit`, `publisher`, `vintage`, `license`, `sha256`, `bytes`, `notes`) into typed
 * entries. Paths must be relative and stay inside the mirror (no `..`, no absolute path, no `\`), since
 * they are joined to a local directory when the mirror is verified or pulled.
 *
 * @param input - the manifest's bytes (UTF-8) or text.
 * @param options - the file name for error messages.
 * @returns one entry per data row, in file order.
 * @throws `SourceParseError` naming the row and column for a missing column, an empty or unsafe
 *   or duplicated path, a sha256 that is not 64 lowercase hex digits, or a size that is not a
 *   non-negative whole number of bytes.
 * @example
 * ```ts
 * const entries = parseManifest(await readFile('data/MANIFEST.tsv'));
 * entries.find((entry) => entry.path === 'anthropic/job_exposure.csv')?.bytes; // 10096
 * ```
 */
export function parseManifest(
  input: Uint8Array | string,
  options: ParseManifestOptions = {},
): ManifestEntry[] {
  const table = readDelimited(input, {
    source: MANIFEST_SOURCE_ID,
    file: options.file ?? MANIFEST_FILE_NAME,
    delimiter: '\t',
    requiredColumns: MANIFEST_COLUMNS,
  });
  const seen = new Map<string, number>();
  return table.rows.map((row): ManifestEntry => {
    const path = table.text(row, 'path').trim();
    const unsafe = unsafePathReason(path);
    if (unsafe !== undefined) throw table.error(unsafe, row.line, 'path');
    const previous = seen.get(path);
    if (previous !== undefined)
      throw table.error(`duplicate path ${path} (first listed on row ${previous})`, row.line, 'path');
    seen.set(path, row.line);

    const sha256 = table.text(row, 'sha256').trim();
    if (!SHA256.test(sha256)) {
      throw table.error(
        `must be a sha256 of 64 lowercase hex digits, got ${JSON.stringify(sha256)}`,
        row.line,
        'sha256',
      );
    }
    const size = table.text(row, 'bytes').trim();
    const bytes = Number(size);
    if (!BYTE_COUNT.test(size) || !Number.isSafeInteger(bytes)) {
      throw table.error(
        `must be a file size as a whole number of bytes, got ${JSON.stringify(size)}`,
        row.line,
        'bytes',
      );
    }
    return {
      path,
      sourceRepo: table.text(row, 'source_repo').trim(),
      pathInRepo: table.text(row, 'path_in_repo').trim(),
      commit: table.text(row, 'commit').trim(),
      publisher: table.text(row, 'publisher').trim(),
      vintage: table.text(row, 'vintage').trim(),
      license: table.text(row, 'license').trim(),
      sha256,
      bytes,
      notes: table.text(row, 'notes').trim(),
      row: row.line,
    };
  });
}

function unsafePathReason(path: string): string | undefined {
  if (path === '') return 'must be a file path, got an empty cell';
  const quoted = JSON.stringify(path);
  if (path.includes('\\')) return `must use / as separator, got ${quoted}`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    return `must be relative to the mirror root, got ${quoted}`;
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    return `must stay inside the mirror (no empty, "." or ".." segment), got ${quoted}`;
  if (path === MANIFEST_FILE_NAME) return `must not list the manifest itself`;
  if (/[\u0000-\u001f]/.test(path)) return `must not contain control characters, got ${quoted}`;
  return undefined;
}
