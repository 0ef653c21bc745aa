import { AiResilienceError } from '@airesilience/core';
import { type FixtureGrid, writeDelimited, writeXlsx } from '@airesilience/test-utils';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseNumberStrict, readDelimited, readXlsxSheet, readXlsxTable, type Table } from '../index.js';
import { ADAPTER_CASES, type AdapterCase } from './__fixtures__/adapter-cases.js';
import { nonFiniteNumbers } from './__fixtures__/non-finite-numbers.js';

// Property-based fuzzing of the readers and of every adapter: whatever the bytes, the only exceptions
// are typed (AiResilienceError.isInstance), and whatever is returned holds no NaN or Infinity.
// FUZZ_RUNS scales every property (default 1; e.g. FUZZ_RUNS=10 for a long local run).

const SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1));
const runs = (count: number) => ({ numRuns: count * SCALE, seed: 20_260_611 });
const origin = { source: 'fuzz', file: 'fuzz.csv' };
const encoder = new TextEncoder();

/** Runs `read`; true when it returned or threw a typed error, false (with the error kept) otherwise. */
function onlyTypedErrors(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (error) {
    if (AiResilienceError.isInstance(error)) return true;
    throw new Error(`untyped ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`, {
      cause: error,
    });
  }
}

function everyCellIsText(table: Table): boolean {
  return table.rows.every(
    (row) => row.cells.length >= table.header.length && row.cells.every((cell) => typeof cell === 'string'),
  );
}

/** Text with the characters that matter to a CSV reader over-represented. */
const csvishText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ',',
      '\t',
      ';',
      '|',
      '"',
      '\r',
      '\n',
      '\r\n',
      '\ufeff',
      ' ',
      'a',
      '1',
      '.',
      '-',
      'é',
      '\u2028',
    ),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 200,
});

const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\r', '\n', '\t', ' ', '=', 'é', '😀'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  ),
  maxLength: 12,
});

/** A grid with a header of distinct, non-blank names and at least one data row. */
const gridArbitrary = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.tuple(
    fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _]{0,8}[A-Za-z0-9]$/), {
      minLength: width,
      maxLength: width,
    }),
    fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
  ),
);

/** Flips, inserts or deletes a few bytes, or cuts the file short. */
function mutate(bytes: Uint8Array, edits: { at: number; kind: number; byte: number }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const edit of edits) {
    if (out.length === 0) break;
    const at = edit.at % out.length;
    if (edit.kind === 0) out[at] = edit.byte;
    else if (edit.kind === 1) out.splice(at, 0, edit.byte);
    else if (edit.kind === 2) out.splice(at, 1);
    else out = out.slice(0, at);
  }
  return new Uint8Array(out);
}
const editsArbitrary = fc.array(
  fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 3 }), byte: fc.integer({ min: 0, max: 255 }) }),
  { minLength: 1, maxLength: 4 },
);

describe('readDelimited under fuzzing', () => {
  it('throws only typed errors for any text, with any delimiter and options', () => {
    fc.assert(
      fc.property(
        csvishText,
        fc.constantFrom<',' | '\t' | ';' | '|'>(',', '\t', ';', '|'),
        fc.boolean(),
        fc.option(fc.array(fc.constantFrom('a', 'b', 'code', ''), { maxLength: 3 }), { nil: undefined }),
        (text, delimiter, allowShortRows, requiredColumns) =>
          onlyTypedErrors(() => {
            const table = readDelimited(text, {
              ...origin,
              delimiter,
              allowShortRows,
              ...(requiredColumns ? { requiredColumns } : {}),
            });
            expect(everyCellIsText(table)).toBe(true);
            expect(table.rows.length).toBeGreaterThan(0);
          }),
      ),
      runs(2000),
    );
  });

  it('throws only typed errors for any bytes (invalid UTF-8 included)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        onlyTypedErrors(() => readDelimited(bytes, origin)),
      ),
      runs(2000),
    );
  });

  it('reads back any grid it is given as CSV or TSV, cell for cell', () => {
    fc.assert(
      fc.property(
        gridArbitrary,
        fc.constantFrom(',', '\t'),
        fc.constantFrom('\r\n', '\n'),
        (grid, delimiter, eol) => {
          const [header, rows] = grid;
          const text = writeDelimited([header, ...rows], delimiter, eol);
          const table = readDelimited(text, { ...origin, delimiter: delimiter as ',' | '\t' });
          expect(table.header).toEqual(header);
          expect(table.rows.map((row) => row.cells)).toEqual(rows);
        },
      ),
      runs(1000),
    );
  });

  it('refuses or reads a damaged CSV, never anything else', () => {
    fc.assert(
      fc.property(gridArbitrary, editsArbitrary, ([header, rows], edits) => {
        const bytes = mutate(encoder.encode(writeDelimited([header, ...rows])), edits);
        return onlyTypedErrors(() => readDelimited(bytes, { ...origin, requiredColumns: header }));
      }),
      runs(1000),
    );
  });
});

describe('numbers under fuzzing', () => {
  it('parseNumberStrict gives a finite number or null for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-Infinity',
            '1e999',
            '-1e999',
            '1,234',
            '45%',
            '0x10',
            '1_000',
            ' 1',
          ),
        ),
        (text) => {
          const value = parseNumberStrict(text);
          return value === null || Number.isFinite(value);
        },
      ),
      runs(3000),
    );
  });

  it('Table.number gives a finite number or a typed error naming row and column', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).filter((cell) => !/[",\r\n]/.test(cell)),
        (cell) => {
          const table = readDelimited(`code,value\n29-2072,${cell}\n`, origin);
          try {
            return Number.isFinite(table.number(table.rows[0]!, 'value'));
          } catch (error) {
            expect(AiResilienceError.isInstance(error)).toBe(true);
            expect((error as Error).message).toContain('fuzz.csv row 2: `value`');
            return true;
          }
        },
      ),
      runs(2000),
    );
  });
});

describe('readXlsxTable under fuzzing', () => {
  const xlsxOrigin = { source: 'fuzz', file: 'fuzz.xlsx' };

  it('reads back any grid written as a workbook', () => {
    fc.assert(
      fc.property(gridArbitrary, ([header, rows]) => {
        // Excel keeps no empty trailing cells and drops wholly empty rows, and XML 1.0 has no control characters.
        const clean = (cell: string) =>
          cell.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
        const cleanRows = rows.map((row) => row.map(clean)).filter((row) => row.some((cell) => cell !== ''));
        fc.pre(cleanRows.length > 0);
        const table = readXlsxTable(writeXlsx({ Data: [header, ...cleanRows] }), xlsxOrigin);
        // A workbook's header names are read with their runs of white space collapsed.
        expect(table.header).toEqual(header.map((name) => name.replace(/\s+/g, ' ')));
        expect(table.rows.map((row) => row.cells)).toEqual(cleanRows);
      }),
      runs(300),
    );
  });

  it('refuses or reads a damaged workbook (flipped, inserted, deleted bytes, truncation)', () => {
    const grid: FixtureGrid = [
      ['code', 'title', 'value'],
      ['29-2072', 'Medical Records Specialists', '0.45'],
      ['11-1011', 'Chief Executives', '0.2'],
    ];
    const bytes = writeXlsx({ Sheet1: grid });
    fc.assert(
      fc.property(editsArbitrary, (edits) =>
        onlyTypedErrors(() => readXlsxTable(mutate(bytes, edits), xlsxOrigin)),
      ),
      runs(1500),
    );
  });

  it('refuses or reads any sheet XML (hostile references, entities, unbalanced tags)', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        '<row r="1">',
        '</row>',
        '<row>',
        '<c r="A1">',
        '<c r="XFD1">',
        '<c r="XFE1">',
        '<c r="ZZZZZZZZ9">',
        '<c t="s">',
        '<c t="inlineStr"><is><t>',
        '</t></is>',
        '</c>',
        '<v>',
        '</v>',
        '<v>1e999</v>',
        '<v>NaN</v>',
        '<v>99999999999</v>',
        '&#1114112;',
        '&#x110000;',
        '&#0;',
        '&amp;',
        '&bogus;',
        '<c/>',
        '<row/>',
      ),
      fc.string({ maxLength: 6 }),
    );
    const files = unzipSync(writeXlsx({ Sheet1: [['a', 'b']] }));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const xml = `<worksheet><sheetData>${parts.join('')}</sheetData></worksheet>`;
        const bytes = zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(xml) });
        return onlyTypedErrors(() => {
          readXlsxSheet(bytes, xlsxOrigin);
          readXlsxTable(bytes, xlsxOrigin);
        });
      }),
      runs(1500),
    );
  });

  it('throws only typed errors for any bytes given as a workbook', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        onlyTypedErrors(() => readXlsxTable(bytes, xlsxOrigin)),
      ),
      runs(1000),
    );
  });
});

/** The valid bytes of an adapter's fixture, as the matrix writes them. */
function validBytes(adapter: AdapterCase): Uint8Array {
  if (adapter.format === 'json') return encoder.encode(adapter.valid);
  if (adapter.format === 'xlsx') return writeXlsx({ [adapter.sheet ?? 'Sheet1']: adapter.grid });
  return encoder.encode(writeDelimited(adapter.grid, adapter.format === 'tsv' ? '\t' : ','));
}

describe('every adapter under fuzzing', () => {
  it.each(ADAPTER_CASES.map((adapter) => [adapter.label ?? adapter.parser, adapter] as const))(
    '%s: a damaged file gives a typed error or records without NaN',
    (_, adapter) => {
      const bytes = validBytes(adapter);
      const file = `fixture.${adapter.format}`;
      fc.assert(
        fc.property(editsArbitrary, (edits) =>
          onlyTypedErrors(() => {
            const parsed = adapter.parse(mutate(bytes, edits), file);
            expect(nonFiniteNumbers(parsed.records)).toEqual([]);
          }),
        ),
        runs(200),
      );
    },
  );

  it.each(
    ADAPTER_CASES.filter((adapter) => adapter.format === 'json').map(
      (adapter) => [adapter.parser, adapter] as const,
    ),
  )('%s: any JSON value gives a typed error or records without NaN', (_, adapter) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) =>
        onlyTypedErrors(() => {
          const parsed = adapter.parse(encoder.encode(JSON.stringify(value)), 'fixture.json');
          expect(nonFiniteNumbers(parsed.records)).toEqual([]);
        }),
      ),
      runs(500),
    );
  });
});
