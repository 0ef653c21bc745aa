import { readFile } from 'node:fs/promises';
import { SourceParseError } from '@airesilience/core';
import { dataDir, hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { manifestText } from './fixtures/mirror-fixture.js';
import { MANIFEST_COLUMNS, parseManifest } from './parse-manifest.js';
import { readManifest } from './read-manifest.js';

const fixture = manifestText({
  files: { 'bls/occupation.xlsx': 'abc', 'onet/29.3/Job Zones.xlsx': 'zones' },
  overrides: { 'bls/occupation.xlsx': { publisher: 'Smith, J. "A Title" (2024)' } },
});

/** Replaces one cell of the fixture manifest (data row `row`, 0-based) and parses it. */
function parseWith(row: number, column: (typeof MANIFEST_COLUMNS)[number], value: string) {
  const lines = fixture.trimEnd().split('\n');
  const cells = lines[row + 1]!.split('\t');
  cells[MANIFEST_COLUMNS.indexOf(column)] = value;
  lines[row + 1] = cells.join('\t');
  return () => parseManifest(`${lines.join('\n')}\n`);
}

describe('parseManifest', () => {
  it('reads every column into a typed entry, with its row', () => {
    const entries = parseManifest(fixture);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      path: 'bls/occupation.xlsx',
      sourceRepo: 'example/data',
      pathInRepo: 'raw/bls/occupation.xlsx',
      commit: '0123456789abcdef0123456789abcdef01234567',
      publisher: 'Smith, J. "A Title" (2024)',
      vintage: '2025',
      license: 'Public domain (U.S. Government work)',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      bytes: 3,
      notes: 'fixture',
      row: 2,
    });
    expect(entries[1]?.path).toBe('onet/29.3/Job Zones.xlsx');
    expect(entries[1]?.row).toBe(3);
  });

  it('names the row and column of a bad sha256', () => {
    expect(parseWith(1, 'sha256', 'ABC123')).toThrow(
      /MANIFEST\.tsv row 3: `sha256` must be a sha256 of 64 lowercase hex digits, got "ABC123"/,
    );
    const upper = 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD';
    const error = (() => {
      try {
        parseWith(0, 'sha256', upper)();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SourceParseError);
    expect(error).toMatchObject({ row: 2, column: 'sha256', code: 'SOURCE_PARSE' });
  });

  it.each(['12.5', '-3', '1,024', '', '1e3', '99999999999999999999'])(
    'rejects the size %j, naming row and column',
    (size) => {
      expect(parseWith(0, 'bytes', size)).toThrow(
        /row 2: `bytes` must be a file size as a whole number of bytes/,
      );
    },
  );

  it.each([
    ['../outside.csv', /must stay inside the mirror/],
    ['bls/../../etc/passwd', /must stay inside the mirror/],
    ['/etc/passwd', /must be relative/],
    ['C:/data/x.csv', /must be relative/],
    ['bls\\occupation.xlsx', /must use \/ as separator/],
    ['bls//occupation.xlsx', /must stay inside the mirror/],
    ['', /must be a file path, got an empty cell/],
    ['MANIFEST.tsv', /must not list the manifest itself/],
  ])('rejects the unsafe path %j', (path, reason) => {
    expect(parseWith(0, 'path', path)).toThrow(reason);
    expect(parseWith(0, 'path', path)).toThrow(/row 2: `path`/);
  });

  it('rejects a duplicated path, naming both rows', () => {
    expect(parseWith(1, 'path', 'bls/occupation.xlsx')).toThrow(
      /row 3: `path` duplicate path bls\/occupation\.xlsx \(first listed on row 2\)/,
    );
  });

  it('rejects a manifest without a required column', () => {
    const withoutLicense = fixture.replace('\tlicense\t', '\tlicence\t');
    expect(() => parseManifest(withoutLicense)).toThrow(/row 1: `license` missing column/);
  });

  it('accepts bytes and CRLF line endings', () => {
    const bytes = new TextEncoder().encode(fixture.replace(/\n/g, '\r\n'));
    expect(parseManifest(bytes).map((entry) => entry.bytes)).toEqual([3, 5]);
  });
});

describe.runIf(hasMirror)('MANIFEST.tsv in the mirror', () => {
  it('parses to one entry per data line, each with a sha256 and a size', async () => {
    const text = await readFile(mirrorPath('MANIFEST.tsv'), 'utf8');
    const dataLines = text.split('\n').filter((line) => line.trim() !== '').length - 1;
    const { entries } = await readManifest(dataDir);
    expect(entries).toHaveLength(dataLines);
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
    const exposure = entries.find((entry) => entry.path === 'anthropic/job_exposure.csv');
    expect(exposure?.license).toMatch(/CC-BY 4\.0/);
    expect(exposure?.bytes).toBe(10096);
    expect(entries.every((entry) => entry.publisher !== '' && entry.license !== '')).toBe(true);
  });
});
