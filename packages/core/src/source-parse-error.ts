import { AiResilienceError, type AiResilienceErrorOptions } from './ai-resilience-error.js';

/** Where in a source file a parse error happened. */
export interface SourceParseLocation {
  /** The source id, e.g. `bls-projections`. */
  source: string;
  /** The file name or path as given to the parser. */
  file: string;
  /** The 1-based row number in the file (the header is row 1 for CSV), when known. */
  row?: number;
  /** The column name (or letter) at fault, when known. */
  column?: string;
}

/**
 * Thrown when a source file cannot be parsed: a missing or renamed column, a truncated file, a
 * non-numeric value, a wrong encoding. The message names the source, the file, the row and the column.
 *
 * @example
 * ```ts
 * new SourceParseError({ source: 'bls', file: 'occupation.xlsx', row: 17, column: 'Employment, 2024' },
 *   'must be a number, got "n/a"').message;
 * // '[sources/bls] occupation.xlsx row 17: `Employment, 2024` must be a number, got "n/a"'
 * ```
 */
export class SourceParseError extends AiResilienceError {
  /** The source id. */
  readonly source: string;
  /** The file name or path. */
  readonly file: string;
  /** The 1-based row, when known. */
  readonly row: number | undefined;
  /** The column at fault, when known. */
  readonly column: string | undefined;
  /** The rule that was broken, without the location prefix. */
  readonly reason: string;

  /**
   * @param location - the source, file, row and column at fault.
   * @param reason - which rule was broken, e.g. `must be a number, got "n/a"`.
   * @param options - the optional `cause`.
   */
  constructor(location: SourceParseLocation, reason: string, options: AiResilienceErrorOptions = {}) {
    const where = location.row === undefined ? '' : ` row ${location.row}`;
    const column = location.column === undefined ? '' : ` \`${location.column}\``;
    super(
      'SOURCE_PARSE',
      `[sources/${location.source}] ${location.file}${where}:${column} ${reason}`,
      options,
    );
    this.name = 'SourceParseError';
    this.source = location.source;
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.reason = reason;
  }

  /**
   * @returns the plain-object form, including the location fields.
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), source: this.source, file: this.file, row: this.row, column: this.column };
  }
}
