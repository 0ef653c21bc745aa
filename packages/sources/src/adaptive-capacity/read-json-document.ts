import { SourceParseError } from '@airesilience/core';
import { decodeText } from '../tabular/decode-text.js';
import type { TableOrigin } from '../tabular/table.js';

/** A JSON source file, parsed, with what is needed to point at a line of it in an error. */
export interface JsonDocument {
  /** The parsed value (not yet validated: its shape is the caller's to check). */
  value: unknown;
  /** The decoded text, for locating keys. */
  text: string;
  /** The file it came from, for error messages. */
  origin: TableOrigin;
}

/**
 * Decodes a JSON source file strictly as UTF-8 and parses it. A syntax error (a truncated file, a stray
 * character) becomes a {@link @airesilience/core!SourceParseError} naming the line where the parser stopped.
 *
 * @param bytes - the file's bytes.
 * @param origin - the source and file, for error messages.
 * @returns the parsed value and the text.
 * @throws {@link @airesilience/core!SourceParseError} for invalid UTF-8, an empty file or invalid JSON.
 * @example
 * ```ts
 * readJsonDocument(new TextEncoder().encode('{"a": 1}'), { source: 'demo', file: 'a.json' }).value; // { a: 1 }
 * ```
 */
export function readJsonDocument(bytes: Uint8Array, origin: TableOrigin): JsonDocument {
  const text = decodeText(bytes, origin);
  if (text.trim() === '')
    throw new SourceParseError({ ...origin, row: 1 }, 'is empty: expected a JSON document');
  try {
    return { value: JSON.parse(text), text, origin };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /at position (\d+)/.exec(message)?.[1];
    // Without a position the parser ran off the end: the file is truncated, so the last line is at fault.
    const offset = position === undefined ? text.length : Number(position);
    throw new SourceParseError(
      { ...origin, row: lineAt(text, offset) },
      `is not valid JSON (${message}); is the file truncated or damaged?`,
      { cause },
    );
  }
}

/**
 * The 1-based line of a character offset in a text.
 *
 * @param text - the text.
 * @param offset - a 0-based character offset (clamped to the text).
 * @returns the line number.
 */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds the line of each occurrence of a key pattern in a JSON text, keeping the first occurrence of each
 * captured key; used to give a JSON record a row number a reader can go to.
 *
 * @param text - the JSON text.
 * @param pattern - a global regular expression whose first group captures the key.
 * @returns a map from key to its 1-based line.
 */
export function keyLines(text: string, pattern: RegExp): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    for (; scanned < match.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const key = match[1];
    if (key !== undefined && !lines.has(key)) lines.set(key, line);
  }
  return lines;
}

/**
 * The first key that a pattern finds twice in a JSON text. `JSON.parse` keeps only the last of two equal
 * keys, so a duplicated entry would otherwise vanish without a word.
 *
 * @param text - the JSON text.
 * @param pattern - a global pattern whose first group is the key.
 * @returns the key with the lines of its first and second occurrences, or `null` when every key is unique.
 */
export function findDuplicateKey(
  text: string,
  pattern: RegExp,
): { key: string; firstLine: number; line: number } | null {
  const lines = new Map<string, number>();
  let line = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    for (; scanned < match.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const key = match[1];
    if (key === undefined) continue;
    const firstLine = lines.get(key);
    if (firstLine !== undefined) return { key, firstLine, line };
    lines.set(key, line);
  }
  return null;
}

/**
 * Builds a parse error at a JSON path, with the line when it is known.
 *
 * @param document - the document, for the file name.
 * @param path - the JSON path at fault, e.g. `occupations["11-1011"].composite_score`; reported as the column.
 * @param reason - the rule that was broken.
 * @param line - the 1-based line, when known.
 * @returns the error (not thrown).
 */
export function jsonError(
  document: JsonDocument,
  path: string,
  reason: string,
  line?: number,
): SourceParseError {
  return new SourceParseError(
    { ...document.origin, ...(line === undefined ? {} : { row: line }), column: path },
    reason,
  );
}

/**
 * Tells whether a parsed JSON value is a plain object (not an array, not null).
 *
 * @param value - any parsed JSON value.
 * @returns `true` for an object.
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Describes a JSON value's kind for an error message: `null`, `an array`, `a string "x"`, `a number 3`.
 *
 * @param value - the value.
 * @returns a short description.
 */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `a string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'a number' : `a ${typeof value}`} ${String(value)}`;
}
