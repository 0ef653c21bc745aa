import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../core/src/source-parse-error.ts
var SourceParseError = class extends AiResilienceError {
  /** The source id. */
  source;
  /** The file name or path. */
  file;
  /** The 1-based row, when known. */
  row;
  /** The column at fault, when known. */
  column;
  /** The rule that was broken, without the location prefix. */
  reason;
  /**
   * @param location - the source, file, row and column at fault.
   * @param reason - which rule was broken, e.g. `must be a number, got "n/a"`.
   * @param options - the optional `cause`.
   */
  constructor(location, reason, options = {}) {
    const where = location.row === void 0 ? "" : ` row ${location.row}`;
    const column = location.column === void 0 ? "" : ` \`${location.column}\``;
    super(
      "SOURCE_PARSE",
      `[sources/${location.source}] ${location.file}${where}:${column} ${reason}`,
      options
    );
    this.name = "SourceParseError";
    this.source = location.source;
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.reason = reason;
  }
  /**
   * @returns the plain-object form, including the location fields.
   */
  toJSON() {
    return { ...super.toJSON(), source: this.source, file: this.file, row: this.row, column: this.column };
  }
};

// ../sources/src/tabular/decode-text.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeText(input, origin) {
  let text;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch (cause) {
      let line = 1;
      const bad = firstInvalidUtf8(input);
      for (let i = 0; i < bad; i++) if (input[i] === 10) line++;
      throw new SourceParseError(
        { ...origin, row: line },
        `is not valid UTF-8 (byte 0x${(input[bad] ?? 0).toString(16)} at offset ${bad}); re-save the file as UTF-8`,
        { cause }
      );
    }
  }
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k];
      if (next === void 0 || (next & 192) !== 128) return i;
    }
    i += size;
  }
  return bytes.length;
}

// ../sources/src/tabular/table.ts
var Table = class {
  /** The file the table came from. */
  origin;
  /** The column names, as in the header row. */
  header;
  /** The 1-based row number of the header. */
  headerLine;
  /** The data rows. */
  rows;
  #index;
  /**
   * @param origin - the source and file, for error messages.
   * @param header - the column names.
   * @param rows - the data rows.
   * @param headerLine - the 1-based row number of the header (default 1).
   */
  constructor(origin, header, rows, headerLine = 1) {
    this.origin = origin;
    this.header = header;
    this.rows = rows;
    this.headerLine = headerLine;
    this.#index = /* @__PURE__ */ new Map();
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
  error(reason, row, column) {
    return new SourceParseError(
      {
        ...this.origin,
        ...row === void 0 ? {} : { row },
        ...column === void 0 ? {} : { column }
      },
      reason
    );
  }
  /**
   * Checks that every named column is present and returns their positions.
   *
   * @param names - the required column names, exactly as in the header.
   * @returns a map from each name to its 0-based position.
   * @throws {@link @airesilience/core!SourceParseError} naming the first missing column and the header row.
   */
  requireColumns(names) {
    const positions = {};
    for (const name of names) {
      const position = this.#index.get(name);
      if (position === void 0) {
        throw this.error(
          `missing column (found: ${this.header.map((h) => `"${h}"`).join(", ")})`,
          this.headerLine,
          name
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
  columnIndex(name) {
    return this.#index.get(name);
  }
  /**
   * Reads a text cell.
   *
   * @param row - the row.
   * @param column - the column name (must have been checked with {@link Table.requireColumns}).
   * @returns the cell text (empty string when absent).
   */
  text(row, column) {
    const position = this.#index.get(column);
    return position === void 0 ? "" : row.cells[position] ?? "";
  }
  /**
   * Reads a required finite number.
   *
   * @param row - the row.
   * @param column - the column name.
   * @returns the number.
   * @throws {@link @airesilience/core!SourceParseError} when the cell is empty, not a number, NaN or infinite.
   */
  number(row, column) {
    const value = this.optionalNumber(row, column);
    if (value === null) throw this.error("must be a number, got an empty cell", row.line, column);
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
  optionalNumber(row, column, missing = []) {
    const cell = this.text(row, column).trim();
    if (cell === "" || missing.includes(cell)) return null;
    const value = parseNumberStrict(cell);
    if (value === null) throw this.error(`must be a number, got ${JSON.stringify(cell)}`, row.line, column);
    return value;
  }
};
var NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function parseNumberStrict(text) {
  if (!NUMBER_PATTERN.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

// ../sources/src/tabular/read-delimited.ts
function readDelimited(input, options) {
  const origin = { source: options.source, file: options.file };
  const delimiter = options.delimiter ?? ",";
  const text = decodeText(input, origin);
  const records = [];
  let cells = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteStartLine = 0;
  let fieldStarted = false;
  const length = text.length;
  const pushRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === "" && !fieldStarted)) records.push({ line: recordLine, cells });
    cells = [];
    field = "";
    fieldStarted = false;
  };
  const delimiterCode = delimiter.charCodeAt(0);
  let i = 0;
  while (i < length) {
    if (inQuotes) {
      const quote = text.indexOf('"', i);
      const end = quote === -1 ? length : quote;
      for (let newline = text.indexOf("\n", i); newline !== -1 && newline < end; newline = text.indexOf("\n", newline + 1)) {
        line++;
      }
      if (end > i) field += text.slice(i, end);
      if (quote === -1) break;
      if (text.charCodeAt(quote + 1) === 34) {
        field += '"';
        i = quote + 2;
      } else {
        inQuotes = false;
        i = quote + 1;
      }
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 34 && field === "") {
      inQuotes = true;
      fieldStarted = true;
      quoteStartLine = line;
      i++;
    } else if (code === delimiterCode) {
      cells.push(field);
      field = "";
      fieldStarted = true;
      i++;
    } else if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      pushRecord();
      line++;
      recordLine = line;
      i++;
    } else {
      let end = i + 1;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next === delimiterCode || next === 10 || next === 13) break;
        end++;
      }
      field = field === "" ? text.slice(i, end) : field + text.slice(i, end);
      i = end;
    }
  }
  if (inQuotes) {
    throw new Table(origin, [], []).error(
      "unterminated quoted field: the file is truncated or its quoting is broken",
      quoteStartLine
    );
  }
  if (field !== "" || cells.length > 0) pushRecord();
  const empty = new Table(origin, [], []);
  if (records.length === 0) throw empty.error("is empty: expected a header row and data rows");
  const [headerRecord, ...rows] = records;
  const header = headerRecord.cells.map((name) => name.trim());
  const looksMisdelimited = header.length === 1 && /[,;\t|]/.test(header[0] ?? "");
  if (looksMisdelimited || header.length < 2 && !options.requiredColumns) {
    throw empty.error(
      `has a single column "${header[0] ?? ""}": wrong delimiter? expected ${delimiter === "	" ? "tab" : JSON.stringify(delimiter)}-separated values`,
      headerRecord.line,
      options.requiredColumns?.find((name) => name !== header[0])
    );
  }
  if (options.requiredColumns)
    new Table(origin, header, [], headerRecord.line).requireColumns(options.requiredColumns);
  if (rows.length === 0) throw empty.error("has a header but no data rows", headerRecord.line);
  for (const row of rows) {
    if (row.cells.length > header.length) {
      throw empty.error(
        `has ${row.cells.length} cells but the header has ${header.length} columns`,
        row.line,
        header[header.length - 1]
      );
    }
    if (row.cells.length < header.length) {
      if (!options.allowShortRows) {
        const last = row === rows[rows.length - 1] && !/[\r\n]$/.test(text);
        throw empty.error(
          last ? `ends mid-row (${row.cells.length} of ${header.length} cells): the file is truncated` : `has ${row.cells.length} cells but the header has ${header.length} columns`,
          row.line,
          header[row.cells.length]
        );
      }
      while (row.cells.length < header.length) row.cells.push("");
    }
  }
  return new Table(origin, header, rows, headerRecord.line);
}

export {
  SourceParseError,
  decodeText,
  Table,
  parseNumberStrict,
  readDelimited
};
//# sourceMappingURL=chunk-QLEFYT4L.js.map