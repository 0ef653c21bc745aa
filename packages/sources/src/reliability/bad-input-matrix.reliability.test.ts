import { AiResilienceError, SourceParseError } from '@airesilience/core';
import { type FixtureGrid, writeDelimited, writeXlsx } from '@airesilience/test-utils';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as sources from '../index.js';
import {
  ADAPTER_CASES,
  type AdapterCase,
  type JsonCase,
  NOT_ADAPTERS,
  type ParsedLike,
  type TabularCase,
} from './__fixtures__/adapter-cases.js';
import { nonFiniteNumbers } from './__fixtures__/non-finite-numbers.js';

// The bad-input matrix: every source adapter (each `parseX` export) against every kind of broken file.
// Each broken file must give a SourceParseError (an AiResilienceError) that names the file and, where
// there is one, the row and column at fault; a file an adapter legitimately accepts must give records
// without NaN or Infinity anywhere.

/** Numbers as a spreadsheet or a careless export writes them, none of which is a plain number. */
const BAD_NUMBERS = ['1,234', '45%', 'NaN', 'Infinity', '-Infinity', '1e999'];

const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];

interface Expected {
  /** The row the error must name: a number, `any` (some row), or undefined (not checked). */
  row?: number | 'any';
  /** The column the error must name, `any`, or undefined (not checked). */
  column?: string | 'any';
  /** Text the message must contain. */
  mentions?: string;
}

function caughtFrom(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectTypedError(run: () => unknown, file: string, expected: Expected = {}): SourceParseError {
  const error = caughtFrom(run);
  expect(error, 'the parser should throw').toBeDefined();
  expect(AiResilienceError.isInstance(error), `not an AiResilienceError: ${String(error)}`).toBe(true);
  expect(error).toBeInstanceOf(SourceParseError);
  const parseError = error as SourceParseError;
  expect(parseError.file).toBe(file);
  expect(parseError.message).toContain(file);
  if (expected.row === 'any') expect(parseError.row).toBeTypeOf('number');
  else if (expected.row !== undefined) expect(parseError.row).toBe(expected.row);
  if (expected.column === 'any') expect(parseError.column).toBeTypeOf('string');
  else if (expected.column !== undefined) expect(parseError.column).toBe(expected.column);
  if (expected.mentions !== undefined) expect(parseError.message).toContain(expected.mentions);
  return parseError;
}

function expectCleanParse(parsed: ParsedLike): void {
  expect(parsed.records.length).toBeGreaterThan(0);
  expect(nonFiniteNumbers(parsed.records)).toEqual([]);
}

/** A typed error, or records without NaN: for inputs whose handling is the adapter's choice. */
function expectTypedErrorOrClean(run: () => ParsedLike, file: string): void {
  let parsed: ParsedLike | undefined;
  const error = caughtFrom(() => {
    parsed = run();
  });
  if (error === undefined) expectCleanParse(parsed!);
  else expectTypedError(() => run(), file);
}

const labelOf = (adapter: AdapterCase) => adapter.label ?? adapter.parser;
const fileOf = (adapter: AdapterCase) => `fixture.${adapter.format}`;

function serialise(adapter: TabularCase, grid: FixtureGrid, delimiter?: string): Uint8Array {
  if (adapter.format === 'xlsx') return writeXlsx({ [adapter.sheet ?? 'Sheet1']: grid });
  return encoder.encode(writeDelimited(grid, delimiter ?? (adapter.format === 'tsv' ? '\t' : ',')));
}

function withCell(adapter: TabularCase, column: string, value: string): FixtureGrid {
  const headerIndex = adapter.headerIndex ?? 0;
  const index = adapter.grid[headerIndex]!.indexOf(column);
  if (index < 0) throw new Error(`${labelOf(adapter)}: the fixture has no column ${column}`);
  return adapter.grid.map((row, r) =>
    r === headerIndex + 1 ? row.map((cell, c) => (c === index ? value : cell)) : [...row],
  );
}

/** An xlsx whose shared strings hold a Latin-1 byte: a damaged part, not UTF-8 text. */
function withLatin1SharedString(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const shared = files['xl/sharedStrings.xml']!;
  const marker = encoder.encode('<t xml:space="preserve">');
  let at = -1;
  for (let i = 0; i + marker.length <= shared.length && at < 0; i++) {
    if (marker.every((byte, k) => shared[i + k] === byte)) at = i + marker.length;
  }
  if (at < 0) throw new Error('no shared string to corrupt');
  files['xl/sharedStrings.xml'] = new Uint8Array([...shared.slice(0, at), 0xe9, ...shared.slice(at)]);
  return zipSync(files);
}

function describeTabular(adapter: TabularCase): void {
  const file = fileOf(adapter);
  const headerIndex = adapter.headerIndex ?? 0;
  const headerLine = headerIndex + 1;
  const firstDataLine = headerIndex + 2;
  const parse = (bytes: Uint8Array) => adapter.parse(bytes, file);
  const valid = serialise(adapter, adapter.grid);
  const delimited = adapter.format !== 'xlsx';

  describe(`${labelOf(adapter)} (${adapter.format})`, () => {
    it('parses its valid fixture into records without NaN or Infinity', () => {
      expectCleanParse(parse(valid));
    });

    it('refuses an empty file', () => {
      expectTypedError(() => parse(new Uint8Array(0)), file);
    });

    it('refuses a file with a header and no data rows, naming the header row', () => {
      expectTypedError(() => parse(serialise(adapter, adapter.grid.slice(0, headerIndex + 1))), file, {
        row: headerLine,
      });
    });

    it('refuses a file truncated in the middle of its last row', () => {
      if (delimited) {
        const text = writeDelimited(adapter.grid, adapter.format === 'tsv' ? '\t' : ',');
        const lastRowStart = text.lastIndexOf('\r\n', text.length - 3) + 2;
        const firstCell = adapter.grid.at(-1)![0]!;
        const cut = text.slice(0, lastRowStart + Math.max(1, Math.floor(firstCell.length / 2)));
        expectTypedError(() => parse(encoder.encode(cut)), file, { row: adapter.grid.length });
      } else {
        expectTypedError(() => parse(valid.slice(0, Math.floor(valid.length / 2))), file);
      }
    });

    it('refuses a file written with the wrong delimiter (or in the wrong format)', () => {
      if (delimited) {
        const wrong = serialise(adapter, adapter.grid, adapter.format === 'tsv' ? ',' : ';');
        expectTypedError(() => parse(wrong), file, { row: headerLine });
      } else {
        expectTypedError(() => parse(encoder.encode(writeDelimited(adapter.grid))), file);
      }
    });

    it('reads a UTF-8 byte-order mark as nothing (or refuses a workbook with bytes before it)', () => {
      const withBom = new Uint8Array([...BOM, ...valid]);
      if (delimited) expect(parse(withBom).records).toEqual(parse(valid).records);
      else expectTypedErrorOrClean(() => parse(withBom), file);
    });

    it('refuses bytes that are not UTF-8, naming the line', () => {
      if (delimited) {
        const lines = writeDelimited(adapter.grid, adapter.format === 'tsv' ? '\t' : ',');
        const bytes = encoder.encode(lines);
        let offset = 0;
        for (let line = 1; line < firstDataLine; line++) offset = bytes.indexOf(10, offset) + 1;
        const broken = new Uint8Array([...bytes.slice(0, offset), 0xe9, ...bytes.slice(offset)]);
        expectTypedError(() => parse(broken), file, { row: firstDataLine, mentions: 'UTF-8' });
      } else {
        expectTypedError(() => parse(withLatin1SharedString(valid)), file, { mentions: 'UTF-8' });
      }
    });

    it(`${adapter.duplicates === 'reject' ? 'refuses' : 'accepts'} a repeated first data row`, () => {
      const grid = [...adapter.grid];
      grid.splice(headerIndex + 2, 0, [...adapter.grid[headerIndex + 1]!]);
      const bytes = serialise(adapter, grid);
      if (adapter.duplicates === 'accept') {
        const parsed = parse(bytes);
        expectCleanParse(parsed);
        expect(parsed.records.length).toBe(parse(valid).records.length + 1);
        return;
      }
      const column = adapter.duplicateColumn ?? adapter.code?.column;
      expectTypedError(() => parse(bytes), file, {
        row: firstDataLine + 1,
        ...(column === undefined ? {} : { column }),
      });
    });

    const code = adapter.code;
    if (code !== undefined) {
      it(`refuses a code of another code system (${code.wrongSystem}), naming row and column`, () => {
        const grid = withCell(adapter, code.column, code.wrongSystem);
        expectTypedError(() => parse(serialise(adapter, grid)), file, {
          row: firstDataLine,
          column: code.column,
        });
      });
    }

    const numericColumn = adapter.numericColumn;
    if (numericColumn !== undefined) {
      it.each(BAD_NUMBERS)('refuses the number %j, naming row and column', (bad) => {
        const grid = withCell(adapter, numericColumn, bad);
        expectTypedError(() => parse(serialise(adapter, grid)), file, {
          row: firstDataLine,
          column: numericColumn,
          mentions: bad,
        });
      });
    }
  });
}

function describeJson(adapter: JsonCase): void {
  const file = fileOf(adapter);
  const parse = (text: string | Uint8Array) =>
    adapter.parse(typeof text === 'string' ? encoder.encode(text) : text, file);
  const names = { row: 'any' } as const;

  describe(`${labelOf(adapter)} (json)`, () => {
    it('parses its valid fixture into records without NaN or Infinity', () => {
      expectCleanParse(parse(adapter.valid));
    });

    it('refuses an empty file, naming line 1', () => {
      expectTypedError(() => parse(''), file, { row: 1 });
    });

    it('refuses a document with no records, naming the place', () => {
      const error = expectTypedError(() => parse(adapter.headerOnly), file);
      expect(error.row !== undefined || error.column !== undefined).toBe(true);
    });

    it('refuses a truncated document, naming the line', () => {
      expectTypedError(
        () => parse(adapter.valid.slice(0, Math.floor(adapter.valid.length / 2))),
        file,
        names,
      );
    });

    it('refuses a CSV file given as JSON', () => {
      expectTypedError(() => parse('code,value\n29-2072,0.5\n'), file, names);
    });

    it('reads a UTF-8 byte-order mark as nothing', () => {
      const withBom = new Uint8Array([...BOM, ...encoder.encode(adapter.valid)]);
      expect(parse(withBom).records).toEqual(parse(adapter.valid).records);
    });

    it('refuses bytes that are not UTF-8, naming the line', () => {
      const bytes = encoder.encode(adapter.valid);
      const secondLine = bytes.indexOf(10) + 1;
      const broken = new Uint8Array([...bytes.slice(0, secondLine), 0xe9, ...bytes.slice(secondLine)]);
      expectTypedError(() => parse(broken), file, { row: 2, mentions: 'UTF-8' });
    });

    it('refuses a repeated entry (JSON.parse would silently keep the last), naming the line', () => {
      expectTypedError(() => parse(adapter.duplicate), file, names);
    });

    it('refuses a code of another code system, naming the place', () => {
      expectTypedError(() => parse(adapter.wrongSystem), file, { column: 'any' });
    });

    it.each(BAD_NUMBERS)('refuses the number %j', (bad) => {
      expectTypedError(() => parse(adapter.withValue(bad)), file, names);
    });
  });
}

describe('the bad-input matrix covers every adapter', () => {
  const parsers = Object.entries(sources)
    .filter(([name, value]) => /^parse[A-Z]/.test(name) && typeof value === 'function')
    .map(([name]) => name)
    .filter((name) => !NOT_ADAPTERS.includes(name));

  it('has a row for every parseX export of the package index', () => {
    const covered = new Set(ADAPTER_CASES.map((adapter) => adapter.parser));
    expect(parsers.filter((name) => !covered.has(name))).toEqual([]);
    expect(parsers.length).toBeGreaterThanOrEqual(30);
  });

  it('names only parsers the index exports', () => {
    expect(ADAPTER_CASES.map((adapter) => adapter.parser).filter((name) => !parsers.includes(name))).toEqual(
      [],
    );
  });
});

for (const adapter of ADAPTER_CASES) {
  if (adapter.format === 'json') describeJson(adapter);
  else describeTabular(adapter);
}
