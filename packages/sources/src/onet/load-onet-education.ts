import type { ParsedSource } from '../shared/parsed-source.js';
import { readSourceFile } from '../tabular/read-source-file.js';
import { onetDisplayPath } from './onet-display-path.js';
import { type OnetEducation, parseOnetEducation } from './parse-onet-education.js';
import type { OnetParseOptions } from './read-onet-table.js';

/**
 * Reads and parses O*NET's education file and its categories file from disk (CSV or XLSX, by their
 * extensions unless `options.format` says), recording both sha256 checksums.
 *
 * @param path - the education file's path (`education.csv`, `Education, Training, and Experience.xlsx`).
 * @param categoriesPath - the categories file's path (`education_categories.csv`,
 *   `Education, Training, and Experience Categories.xlsx`).
 * @param options - the format and release, when the extensions and paths do not tell.
 * @returns the parsed records and descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when a file cannot be read; {@link @airesilience/core!SourceParseError} when one cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadOnetEducation(
 *   mirrorPath('onet/30.3/education.csv'),
 *   mirrorPath('onet/30.3/education_categories.csv'),
 * );
 * records.length; // 878
 * ```
 */
export async function loadOnetEducation(
  path: string,
  categoriesPath: string,
  options: OnetParseOptions = {},
): Promise<ParsedSource<OnetEducation>> {
  const displayPath = onetDisplayPath(path);
  const categoriesDisplayPath = onetDisplayPath(categoriesPath);
  const education = await readSourceFile(path, displayPath);
  const categories = await readSourceFile(categoriesPath, categoriesDisplayPath);
  return parseOnetEducation(
    { bytes: education.bytes, file: displayPath, sha256: education.file.sha256 },
    { bytes: categories.bytes, file: categoriesDisplayPath, sha256: categories.file.sha256 },
    options,
  );
}
