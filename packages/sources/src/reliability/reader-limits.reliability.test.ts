import { AiResilienceError, SourceParseError } from '@airesilience/core';
import { writeXlsx } from '@airesilience/test-utils';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseAdaptiveCapacityProxy, parseIloOutputTree, readXlsxSheet, readXlsxTable } from '../index.js';

// Regression tests for the bugs the reliability work found in the readers: each input used to crash the
// process (out of memory), throw an untyped RangeError or TypeError, or lose data without a word.

const origin = { source: 'limits', file: 'limits.xlsx' };
const encoder = new TextEncoder();

function caught(run: () => unknown): SourceParseError {
  try {
    run();
  } catch (error) {
    expect(AiResilienceError.isInstance(error), String(error)).toBe(true);
    expect(error).toBeInstanceOf(SourceParseError);
    return error as SourceParseError;
  }
  throw new Error('expected a SourceParseError');
}

/** A workbook whose first sheet is the given XML. */
function withSheetXml(xml: string): Uint8Array {
  const files = unzipSync(writeXlsx({ Sheet1: [['a', 'b']] }));
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  return zipSync(files);
}

/** Rewrites the uncompressed size (or, with `field` 20, the compressed size) the central directory declares. */
function declareSize(zip: Uint8Array, name: string, size: number, field: 20 | 24 = 24): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const wanted = encoder.encode(name);
  for (let at = 0; at + 46 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === wanted.length && entryName.every((byte, index) => byte === wanted[index])) {
      view.setUint32(at + field, size, true);
      return bytes;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('readXlsxSheet limits', () => {
  it('refuses a cell reference beyond column XFD instead of filling billions of cells (was: out of memory)', () => {
    const bytes = withSheetXml(
      '<worksheet><sheetData><row r="3"><c r="ZZZZZZ3"><v>1</v></c></row></sheetData></worksheet>',
    );
    const error = caught(() => readXlsxSheet(bytes, origin));
    expect(error.row).toBe(3);
    expect(error.column).toBe('ZZZZZZ');
    expect(error.message).toMatch(/beyond the last worksheet column XFD/);
  });

  it('still reads a cell in column XFD, the last one', () => {
    const bytes = withSheetXml(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c><c r="XFD1" t="inlineStr"><is><t>last</t></is></c></row></sheetData></worksheet>',
    );
    const { rows } = readXlsxSheet(bytes, origin);
    expect(rows[0]!.cells).toHaveLength(16384);
    expect(rows[0]!.cells.at(-1)).toBe('last');
  });

  it('keeps a character reference beyond U+10FFFF as written (was: untyped RangeError)', () => {
    const bytes = withSheetXml(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&#1114112;&#x41;</t></is></c><c r="B2"><v>1</v></c></row></sheetData></worksheet>',
    );
    const table = readXlsxTable(bytes, origin);
    expect(table.text(table.rows[0]!, 'code')).toBe('&#1114112;A');
  });

  it('refuses a part that is not UTF-8 (was: read as replacement characters)', () => {
    const files = unzipSync(
      writeXlsx({
        Sheet1: [
          ['code', 'title'],
          ['29-2072', 'Médical'],
        ],
      }),
    );
    const shared = files['xl/sharedStrings.xml']!;
    files['xl/sharedStrings.xml'] = new Uint8Array([...shared.slice(0, -20), 0xe9, ...shared.slice(-20)]);
    const error = caught(() => readXlsxTable(zipSync(files), origin));
    expect(error.message).toMatch(/part xl\/sharedStrings\.xml is not valid UTF-8/);
  });

  it('refuses a workbook whose XML declares more than 256 MB unzipped, before inflating it', () => {
    const bomb = declareSize(
      writeXlsx({
        Sheet1: [
          ['a', 'b'],
          ['1', '2'],
        ],
      }),
      'xl/worksheets/sheet1.xml',
      300 * 1048576,
    );
    const before = process.memoryUsage().rss;
    const error = caught(() => readXlsxTable(bomb, origin));
    expect(error.message).toMatch(
      /is too large once unzipped \(300 MB of XML, more than the 256 MB allowed\)/,
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1048576);
  });

  it('inflates a part that understates its size only to the size it declares (no memory blow-up)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const add = (name: string, text: string) => {
      const entry = new ZipDeflate(name, { level: 1 });
      zip.add(entry);
      entry.push(strToU8(text), true);
    };
    add('xl/workbook.xml', '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>');
    add(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
    zip.add(sheet);
    sheet.push(strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'));
    const spaces = new Uint8Array(1048576).fill(32);
    for (let megabyte = 0; megabyte < 48; megabyte++) sheet.push(spaces);
    sheet.push(strToU8('</sheetData></worksheet>'), true);
    zip.end();
    const honest = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      honest.set(chunk, offset);
      offset += chunk.length;
    }
    expect(honest.length).toBeLessThan(1048576);
    const lying = declareSize(honest, 'xl/worksheets/sheet1.xml', 1000);
    const before = process.memoryUsage().rss;
    let rows = -1;
    try {
      rows = readXlsxSheet(lying, origin).rows.length;
    } catch (error) {
      expect(AiResilienceError.isInstance(error)).toBe(true);
    }
    expect(rows).toBeLessThanOrEqual(1);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1048576);
  });
});

describe('fflate advisory GHSA-px8p-9vwx-vf98 (CVE-2026-45820)', () => {
  it('reads or refuses, without hanging, a ZIP64 size sentinel with no ZIP64 extra field (fflate ≤ 0.8.2 looped forever)', () => {
    const valid = writeXlsx({
      Sheet1: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    const crafted = declareSize(valid, 'xl/worksheets/sheet1.xml', 0xffffffff, 20);
    const started = performance.now();
    try {
      expect(readXlsxSheet(crafted, origin).rows.length).toBeLessThanOrEqual(2);
    } catch (error) {
      expect(AiResilienceError.isInstance(error)).toBe(true);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  }, 10_000);
});

describe('JSON adapters', () => {
  it('refuses an ILO tree nested deeper than 64 levels (was: untyped RangeError, stack overflow)', () => {
    const depth = 20_000;
    const text = `${'{"name":"x","children":['.repeat(depth)}{"name":"y"}${']}'.repeat(depth)}`;
    const error = caught(() => parseIloOutputTree({ bytes: encoder.encode(text), file: 'output_data.json' }));
    expect(error.message).toMatch(/nests more than 64 levels deep/);
  });

  it('refuses a misnamed ILO unit group instead of dropping its tasks (was: silently skipped)', () => {
    const tree = {
      name: 'ISCO-08',
      children: [
        {
          name: '3252 - Medical records technicians',
          risk: 'Exposed: Gradient 3',
          children: [{ name: '( 0.5 ) - Coding;' }],
        },
        { name: '29-2072 - Medical records specialists', children: [{ name: '( 0.6 ) - Filing;' }] },
      ],
    };
    const error = caught(() =>
      parseIloOutputTree({ bytes: encoder.encode(JSON.stringify(tree)), file: 'o.json' }),
    );
    expect(error.column).toBe('$.children[1].children[0].name');
    expect(error.message).toMatch(/must name an ISCO-08 unit group/);
  });

  it('refuses a repeated occupation key in the adaptive-capacity proxy (was: JSON.parse kept the last)', () => {
    const text =
      '{\n"occupations": {\n"29-2072": {"title": "A", "composite_score": 10},\n"29-2072": {"title": "B", "composite_score": 90}\n}\n}\n';
    const error = caught(() =>
      parseAdaptiveCapacityProxy({ bytes: encoder.encode(text), file: 'benchmarks.json' }),
    );
    expect(error.row).toBe(4);
    expect(error.message).toMatch(/duplicate code 29-2072 \(first seen on line 3\)/);
  });

  it('refuses an adaptive-capacity proxy without any scored occupation (was: an empty source)', () => {
    const empty = '{"occupations": {}}';
    expect(
      caught(() => parseAdaptiveCapacityProxy({ bytes: encoder.encode(empty), file: 'b.json' })).message,
    ).toMatch(/has no occupation with a composite score/);
    const unscored = '{"occupations": {"29-2072": {"title": "A", "composite_score": null}}}';
    expect(() => parseAdaptiveCapacityProxy({ bytes: encoder.encode(unscored), file: 'b.json' })).toThrow(
      /1 without one/,
    );
  });
});
