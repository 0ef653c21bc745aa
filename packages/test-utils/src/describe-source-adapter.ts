import {
  AiResilienceError,
  type SourceDescriptor,
  SourceDescriptorSchema,
  SourceParseError,
} from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { type FixtureGrid, writeDelimited, writeXlsx } from './write-fixture.js';

/** What every adapter's pure parser returns: validated records and the source descriptor. */
export interface ParsedSourceLike {
  /** The parsed records. */
  records: readonly unknown[];
  /** The descriptor, with the file's checksum. */
  descriptor: SourceDescriptor;
}

/** The contract a tabular source adapter is tested against. */
export interface SourceAdapterContract {
  /** A name for the describe block, e.g. `anthropic/job_exposure.csv`. */
  name: string;
  /** The file format the adapter reads. */
  format: 'csv' | 'tsv' | 'xlsx';
  /** For xlsx: the sheet the fixture goes into (other sheets may be given in `extraSheets`). */
  sheet?: string;
  /** For xlsx: further sheets the adapter needs, written as given. */
  extraSheets?: Record<string, FixtureGrid>;
  /** The fixture: a small excerpt written by hand in the real file's format, header included. */
  fixture: FixtureGrid;
  /** 0-based index of the header row in `fixture` (default 0). */
  headerRow?: number;
  /** The pure parser under test: bytes of the file and the file name to put in errors. */
  parse: (bytes: Uint8Array, file: string) => ParsedSourceLike;
  /** A required column, renamed and then removed to check the error. */
  requiredColumn: string;
  /** A numeric column whose first data cell is replaced with text to check the error. */
  numericColumn: string;
  /** Further assertions on the fixture's parse (counts, values). */
  check?: (parsed: ParsedSourceLike) => void;
}

function serialise(contract: SourceAdapterContract, grid: FixtureGrid): Uint8Array {
  if (contract.format === 'xlsx') {
    return writeXlsx({ [contract.sheet ?? 'Sheet1']: grid, ...(contract.extraSheets ?? {}) });
  }
  return new TextEncoder().encode(writeDelimited(grid, contract.format === 'tsv' ? '\t' : ','));
}

function expectParseError(
  run: () => unknown,
  file: string,
  expected: { row?: number | 'any'; column?: string | 'any' } = {},
): SourceParseError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'the parser should throw').toBeInstanceOf(SourceParseError);
  const error = caught as SourceParseError;
  expect(AiResilienceError.isInstance(error)).toBe(true);
  expect(error.file).toBe(file);
  expect(error.message).toContain(file);
  if (expected.row === 'any') expect(error.row).toBeTypeOf('number');
  else if (expected.row !== undefined) expect(error.row).toBe(expected.row);
  if (expected.column === 'any') expect(error.column).toBeTypeOf('string');
  else if (expected.column !== undefined) expect(error.column).toBe(expected.column);
  return error;
}

/**
 * The shared contract every tabular source adapter passes: it parses its fixture into validated records
 * with a valid descriptor, and rejects a truncated file, a renamed column, a missing column, a
 * non-numeric value and a wrong encoding, each with a {@link SourceParseError} naming the file, the row
 * and the column.
 *
 * @param contract - the adapter, its fixture and the columns to break.
 */
export function describeSourceAdapter(contract: SourceAdapterContract): void {
  const headerRow = contract.headerRow ?? 0;
  const header = contract.fixture[headerRow]!;
  const file = `fixture.${contract.format}`;
  const requiredIndex = header.indexOf(contract.requiredColumn);
  const numericIndex = header.indexOf(contract.numericColumn);

  describe(`source adapter contract: ${contract.name}`, () => {
    it('has a fixture that names the columns the contract breaks', () => {
      expect(requiredIndex, `fixture header lacks ${contract.requiredColumn}`).toBeGreaterThanOrEqual(0);
      expect(numericIndex, `fixture header lacks ${contract.numericColumn}`).toBeGreaterThanOrEqual(0);
    });

    it('parses its fixture into records with a valid descriptor and the file checksum', () => {
      const parsed = contract.parse(serialise(contract, contract.fixture), file);
      expect(parsed.records.length).toBeGreaterThan(0);
      expect(() => SourceDescriptorSchema.parse(parsed.descriptor)).not.toThrow();
      expect(parsed.descriptor.files.length).toBeGreaterThan(0);
      contract.check?.(parsed);
    });

    it('rejects a truncated file', () => {
      const bytes = serialise(contract, contract.fixture);
      // Cut in the middle of the last data row (for xlsx: the zip is cut, its directory lost).
      const lastRowLength =
        contract.format === 'xlsx'
          ? Math.floor(bytes.length / 2)
          : writeDelimited([contract.fixture.at(-1)!]).length;
      const cut = bytes.slice(0, bytes.length - Math.ceil(lastRowLength / 2));
      expectParseError(
        () => contract.parse(cut, file),
        file,
        contract.format === 'xlsx' ? {} : { row: 'any' },
      );
    });

    it('rejects a renamed column, naming it', () => {
      const grid = contract.fixture.map((row, r) =>
        r === headerRow ? row.map((cell, c) => (c === requiredIndex ? `${cell} (renamed)` : cell)) : row,
      );
      const error = expectParseError(() => contract.parse(serialise(contract, grid), file), file, {
        column: contract.requiredColumn,
      });
      expect(error.row).toBe(headerRow + 1);
    });

    it('rejects a missing column, naming it', () => {
      const grid = contract.fixture.map((row, r) =>
        r < headerRow ? row : row.filter((_, c) => c !== requiredIndex),
      );
      expectParseError(() => contract.parse(serialise(contract, grid), file), file, {
        column: contract.requiredColumn,
        row: headerRow + 1,
      });
    });

    it('rejects a non-numeric value, naming the row and column', () => {
      const target = headerRow + 1;
      const grid = contract.fixture.map((row, r) =>
        r === target ? row.map((cell, c) => (c === numericIndex ? 'not-a-number' : cell)) : row,
      );
      const error = expectParseError(() => contract.parse(serialise(contract, grid), file), file, {
        row: target + 1,
        column: contract.numericColumn,
      });
      expect(error.message).toContain('not-a-number');
    });

    it('rejects a wrong encoding', () => {
      let bytes: Uint8Array;
      if (contract.format === 'xlsx') {
        // A CSV saved with an .xlsx name: not a workbook at all.
        bytes = new TextEncoder().encode(writeDelimited(contract.fixture));
      } else {
        // Latin-1 bytes (é as 0xE9) in the first data row: not UTF-8.
        const text = writeDelimited(contract.fixture, contract.format === 'tsv' ? '\t' : ',');
        const utf8 = new TextEncoder().encode(text);
        const firstBreak = utf8.indexOf(10);
        bytes = new Uint8Array([...utf8.slice(0, firstBreak + 1), 0xe9, ...utf8.slice(firstBreak + 1)]);
      }
      expectParseError(() => contract.parse(bytes, file), file);
    });
  });
}
