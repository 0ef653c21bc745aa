import { SourceParseError } from '@airesilience/core';
import { unzipSync } from 'fflate';
import { Table, type TableOrigin, type TableRow } from './table.js';

/** Options of {@link readXlsxSheet}. */
export interface ReadXlsxOptions extends TableOrigin {
  /** The sheet to read, by name or 0-based position (default: the first sheet). */
  sheet?: string | number;
}

/** One worksheet of a workbook: its rows as text cells, with 1-based row numbers. */
export interface XlsxSheet {
  /** The sheet name. */
  name: string;
  /** The non-empty rows, in order; `cells[i]` is column `i` (A = 0), empty cells are `''`. */
  rows: TableRow[];
}

const ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const codePoint =
          entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
        // A reference beyond U+10FFFF is not a character: keep it as written rather than throw a RangeError.
        return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : `&${entity};`;
      }
    }
  });
}

function textOf(fragment: string): string {
  let out = '';
  const pattern = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let match = pattern.exec(fragment); match; match = pattern.exec(fragment)) out += match[1] ?? '';
  return unescapeXml(out);
}

/** The last column of a worksheet (XFD): a reference beyond it is damaged or hostile, not a real cell. */
const MAX_XLSX_COLUMNS = 16384;

/** The most a workbook's XML parts may hold once unzipped (the largest mirror part is under 20 MB). */
const MAX_XLSX_XML_BYTES = 256 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Excel writes its XML parts in UTF-8; other bytes mean a damaged part, not text to guess at.
function decodePart(bytes: Uint8Array, part: string, origin: TableOrigin): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new SourceParseError(origin, `is damaged: its part ${part} is not valid UTF-8`, { cause });
  }
}

function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * The sheet names of a workbook, in order.
 *
 * @param bytes - the `.xlsx` file's bytes.
 * @param origin - the source and file, for error messages.
 * @returns the sheet names.
 * @throws {@link @airesilience/core!SourceParseError} when the bytes are not an xlsx workbook.
 */
export function listXlsxSheets(bytes: Uint8Array, origin: TableOrigin): string[] {
  return openWorkbook(bytes, origin).sheets.map((sheet) => sheet.name);
}

interface Workbook {
  files: Record<string, Uint8Array>;
  sheets: { name: string; path: string }[];
  sharedStrings: string[];
}

function openWorkbook(bytes: Uint8Array, origin: TableOrigin): Workbook {
  let files: Record<string, Uint8Array>;
  // Only the XML parts are read (no media), and their declared sizes are capped before anything is
  // inflated, so a zip bomb is refused instead of exhausting memory. (fflate inflates each part into a
  // buffer of its declared size, so a part that understates its size comes out cut short, not larger.)
  let declared = 0;
  const tooLarge = (size: number) =>
    new SourceParseError(
      origin,
      `is too large once unzipped (${(size / 1048576).toFixed(0)} MB of XML, more than the ${MAX_XLSX_XML_BYTES / 1048576} MB allowed): is it the right file?`,
    );
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!/\.(xml|rels)$/i.test(entry.name)) return false;
        declared += entry.originalSize;
        if (declared > MAX_XLSX_XML_BYTES) throw tooLarge(declared);
        return true;
      },
    });
  } catch (cause) {
    if (cause instanceof SourceParseError) throw cause;
    throw new SourceParseError(
      origin,
      'is not a readable .xlsx workbook (the zip container is damaged or truncated)',
      {
        cause,
      },
    );
  }
  const workbookXml = files['xl/workbook.xml'];
  const relsXml = files['xl/_rels/workbook.xml.rels'];
  if (!workbookXml || !relsXml)
    throw new SourceParseError(origin, 'is not an .xlsx workbook (no xl/workbook.xml)');
  const rels = new Map<string, string>();
  for (const match of decodePart(relsXml, 'xl/_rels/workbook.xml.rels', origin).matchAll(
    /<Relationship\b([^>]*)\/?>/g,
  )) {
    const attributes = match[1] ?? '';
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const match of decodePart(workbookXml, 'xl/workbook.xml', origin).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const id = /\br:id="([^"]*)"/.exec(attributes)?.[1] ?? /\bid="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const path = rels.get(id);
    if (path) sheets.push({ name, path });
  }
  const sharedStrings: string[] = [];
  const sharedXml = files['xl/sharedStrings.xml'];
  if (sharedXml) {
    for (const match of decodePart(sharedXml, 'xl/sharedStrings.xml', origin).matchAll(
      /<si>([\s\S]*?)<\/si>|<si\/>/g,
    )) {
      sharedStrings.push(textOf(match[1] ?? ''));
    }
  }
  return { files, sheets, sharedStrings };
}

/**
 * Reads one worksheet of an `.xlsx` workbook into rows of text cells. Shared strings, inline strings,
 * numbers (as their stored text, e.g. `194.8`), booleans and cached formula results are all read;
 * styles and dates are not interpreted.
 *
 * @param bytes - the `.xlsx` file's bytes.
 * @param options - the source and file for error messages and the sheet to read.
 * @returns the sheet's name and rows.
 * @throws {@link @airesilience/core!SourceParseError} when the file is not a workbook or the sheet does not exist.
 * @example
 * ```ts
 * const sheet = readXlsxSheet(bytes, { source: 'bls', file: 'occupation.xlsx', sheet: 'Table 1.2' });
 * sheet.rows[0]?.cells[0]; // the title in A1
 * ```
 */
export function readXlsxSheet(bytes: Uint8Array, options: ReadXlsxOptions): XlsxSheet {
  const origin: TableOrigin = { source: options.source, file: options.file };
  const workbook = openWorkbook(bytes, origin);
  const wanted = options.sheet ?? 0;
  const sheet =
    typeof wanted === 'number'
      ? workbook.sheets[wanted]
      : workbook.sheets.find((entry) => entry.name === wanted);
  if (!sheet) {
    throw new SourceParseError(
      origin,
      `has no sheet ${JSON.stringify(wanted)} (sheets: ${workbook.sheets.map((entry) => `"${entry.name}"`).join(', ')})`,
    );
  }
  const xmlBytes = workbook.files[sheet.path];
  if (!xmlBytes)
    throw new SourceParseError(origin, `sheet "${sheet.name}" is missing from the workbook (${sheet.path})`);
  const xml = decodePart(xmlBytes, sheet.path, origin);
  const rows: TableRow[] = [];
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let implicitRow = 0;
  for (let rowMatch = rowPattern.exec(xml); rowMatch; rowMatch = rowPattern.exec(xml)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? implicitRow + 1);
    implicitRow = rowNumber;
    const cells: string[] = [];
    const body = rowMatch[2] ?? '';
    let implicitColumn = -1;
    cellPattern.lastIndex = 0;
    for (let cellMatch = cellPattern.exec(body); cellMatch; cellMatch = cellPattern.exec(body)) {
      const attributes = cellMatch[1] ?? '';
      const reference = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : implicitColumn + 1;
      if (column >= MAX_XLSX_COLUMNS) {
        throw new SourceParseError(
          { ...origin, row: rowNumber, ...(reference ? { column: reference } : {}) },
          `has a cell beyond the last worksheet column XFD (column ${column + 1}); the sheet is damaged`,
        );
      }
      implicitColumn = column;
      const type = /\bt="([^"]*)"/.exec(attributes)?.[1] ?? 'n';
      const inner = cellMatch[2] ?? '';
      let value = '';
      if (type === 'inlineStr') {
        value = textOf(inner);
      } else {
        const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        if (raw !== undefined) {
          value = type === 's' ? (workbook.sharedStrings[Number(raw)] ?? '') : unescapeXml(raw);
        }
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    if (cells.some((cell) => cell !== '')) rows.push({ line: rowNumber, cells });
  }
  return { name: sheet.name, rows };
}

/** Options of {@link readXlsxTable}. */
export interface ReadXlsxTableOptions extends ReadXlsxOptions {
  /** The 1-based row number of the header (default: the first non-empty row). */
  headerRow?: number;
  /** Column names that must be present. */
  requiredColumns?: readonly string[];
}

/**
 * Reads one worksheet as a {@link Table}: the header row gives the column names, the rows below it are
 * the data. Header names are trimmed and inner line breaks collapsed to a space.
 *
 * @param bytes - the `.xlsx` file's bytes.
 * @param options - the source, file, sheet, header row and required columns.
 * @returns the table, with the sheet's own row numbers.
 * @throws {@link @airesilience/core!SourceParseError} for a damaged workbook, a missing sheet, header or column, or no data rows.
 */
export function readXlsxTable(bytes: Uint8Array, options: ReadXlsxTableOptions): Table {
  const sheet = readXlsxSheet(bytes, options);
  const origin: TableOrigin = { source: options.source, file: options.file };
  const headerIndex =
    options.headerRow === undefined ? 0 : sheet.rows.findIndex((row) => row.line === options.headerRow);
  const headerRecord = sheet.rows[headerIndex];
  if (!headerRecord) {
    throw new SourceParseError(
      { ...origin, ...(options.headerRow === undefined ? {} : { row: options.headerRow }) },
      `sheet "${sheet.name}" has no header row`,
    );
  }
  const header = headerRecord.cells.map((name) => name.replace(/\s+/g, ' ').trim());
  const rows = sheet.rows.slice(headerIndex + 1).map((row) => {
    const cells = row.cells.slice(0, Math.max(header.length, row.cells.length));
    while (cells.length < header.length) cells.push('');
    return { line: row.line, cells };
  });
  const table = new Table(origin, header, rows, headerRecord.line);
  if (rows.length === 0)
    throw table.error(`sheet "${sheet.name}" has a header but no data rows`, headerRecord.line);
  if (options.requiredColumns) table.requireColumns(options.requiredColumns);
  return table;
}
