import { SourceParseError } from '@airesilience/core';

/** Identifies the file a table was read from, for error messages and provenance. */
export interface TableOrigin {
  /** The source id, used in error messages (`[sources/<source>]`). */
  source: string;
  /** The file name or path as shown in error messages. */
  file: string;
}

/** One data row of a table, with its 1-based row number in the file. */
export interface TableRow {
  /** 1-based row (line) number in the file; for CSV the header is row 1. */
  line: number;
  /** The cells as text, trimmed of nothing; missing trailing cells are empty strings. */
  cells: string[];
}

/**
 * A rectangular table read from a CSV, TSV or spreadsheet file: a header and data rows, every cell as
 * text. Columns are looked up by name, and every accessor that fails throws a {@link @airesilience/core!SourceParseError}
 * naming the file, row and column.
 */
export class Table {
  /** The file the table came from. */
  readonly origin: TableOrigin;
  /** The column names, as in the header row. */
  readonly header: string[];
  /** The 1-based row number of the header. */
  readonly headerLine: number;
  /** The data rows. */
  readonly rows: TableRow[];
  readonly #index: Map<string, number>;

  /**
   * @param origin - the source and file, for error messages.
   * @param header - the column names.
   * @param rows - the data rows.
   * @param headerLine - the 1-based row number of the header (default 1).
   */
  constructor(origin: TableOrigin, header: string[], rows: TableRow[], headerLine = 1) {
    this.origin = origin;
    this.header = header;
    this.rows = rows;
    this.headerLine = headerLine;
    this.#index = new Map();
    header.forEach((name, position) => {
      if (!this.#index.has(name)) this.#index.set(name, position);
    });
  }

  /**
   * Builds a parse error located in this table.
   *
   * @param reason - the rule that was broken.
   * @param row - the 1-based row, if any.
   * @param column - the column, if any.
   * @returns a {@link @airesilience/core!SourceParseError} (not thrown).
   */
  error(reason: string, row?: number, column?: string): SourceParseError {
    return new SourceParseError(
      {
        ...this.origin,
        ...(row === undefined ? {} : { row }),
        ...(column === undefined ? {} : { column }),
      },
      reason,
    );
  }

  /**
   * Checks that every named column is present and returns their positions.
   *
   * @param names - the required column names, exactly as in the header.
   * @returns a map from each name to its 0-based position.
   * @throws {@link @airesilience/core!SourceParseError} naming the first missing column and the header row.
   */
  requireColumns<const T extends string>(names: readonly T[]): Record<T, number> {
    const positions = {} as Record<T, number>;
    for (const name of names) {
      const position = this.#index.get(name);
      if (position === undefined) {
        throw this.error(
          `missing column (found: ${this.header.map((h) => `"${h}"`).join(', ')})`,
          this.headerLine,
          name,
        );
      }
      positions[name] = position;
    }
    return positions;
  }

  /**
   * The position of a column, or undefined when it is absent.
   *
   * @param name - the column name.
   * @returns the 0-based position or undefined.
   */
  columnIndex(name: string): number | undefined {
    return this.#index.get(name);
  }

  /**
   * Reads a text cell.
   *
   * @param row - the row.
   * @param column - the column name (must have been checked with {@link Table.requireColumns}).
   * @returns the cell text (empty string when absent).
   */
  text(row: TableRow, column: string): string {
    const position = this.#index.get(column);
    return position === undefined ? '' : (row.cells[position] ?? '');
  }

  /**
   * Reads a required finite number.
   *
   * @param row - the row.
   * @param column - the column name.
   * @returns the number.
   * @throws {@link @airesilience/core!SourceParseError} when the cell is empty, not a number, NaN or infinite.
   */
  number(row: TableRow, column: string): number {
    const value = this.optionalNumber(row, column);
    if (value === null) throw this.error('must be a number, got an empty cell', row.line, column);
    return value;
  }

  /**
   * Reads an optional finite number; the empty cell and any of `missing` give null.
   *
   * @param row - the row.
   * @param column - the column name.
   * @param missing - cell texts that mean "no value" (e.g. `—`, `*`, `NA`).
   * @returns the number or null.
   * @throws {@link @airesilience/core!SourceParseError} when the cell is not a finite number nor a missing marker.
   */
  optionalNumber(row: TableRow, column: string, missing: readonly string[] = []): number | null {
    const cell = this.text(row, column).trim();
    if (cell === '' || missing.includes(cell)) return null;
    const value = parseNumberStrict(cell);
    if (value === null) throw this.error(`must be a number, got ${JSON.stringify(cell)}`, row.line, column);
    return value;
  }
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a plain decimal number (optionally with an exponent). Rejects thousands separators, percent
 * signs, `NaN` and `Infinity`, which are never valid in the source files.
 *
 * @param text - the cell text, already trimmed.
 * @returns the number, or null when the text is not a plain finite number.
 */
export function parseNumberStrict(text: string): number | null {
  if (!NUMBER_PATTERN.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
