import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { manifestText } from './fixtures/mirror-fixture.js';
import { parseManifest } from './parse-manifest.js';
import { renderDataLicenses } from './render-data-licenses.js';

const packageDir = resolve(fileURLToPath(import.meta.url), '../../..');

const fixture = parseManifest(
  manifestText({
    files: {
      'bls/occupation.xlsx': 'a',
      'onet/29.3/Job Zones.xlsx': 'b',
      'aioe/AIOE_DataAppendix.xlsx': 'c',
      'onet/29.3/Task Statements.xlsx': 'd',
    },
    overrides: {
      'onet/29.3/Job Zones.xlsx': {
        publisher: 'O*NET Resource Center',
        license: 'CC BY 4.0',
        vintage: '29.3',
      },
      'onet/29.3/Task Statements.xlsx': {
        publisher: 'O*NET Resource Center',
        license: 'CC BY 4.0',
        path_in_repo: 'data/Task Statements.xlsx',
      },
      'aioe/AIOE_DataAppendix.xlsx': {
        publisher: 'Felten E., Raj M., Seamans R. (2021)',
        license: 'unstated (no LICENSE file)',
        source_repo: 'AIOE-Data/AIOE',
        notes: 'a | pipe',
      },
    },
  }),
);

describe('renderDataLicenses', () => {
  const markdown = renderDataLicenses(fixture);
  const section = (heading: string) => {
    const start = markdown.indexOf(`### ${heading}\n`);
    expect(start, heading).toBeGreaterThan(-1);
    const end = markdown.indexOf('\n### ', start + 1);
    return markdown.slice(start, end === -1 ? undefined : end);
  };

  it('groups files by publisher in manifest order, one row per file', () => {
    const headings = [...markdown.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      'U.S. Bureau of Labor Statistics',
      'O\\*NET Resource Center',
      'Felten E., Raj M., Seamans R. (2021)',
    ]);
    const onet = section('O\\*NET Resource Center');
    expect(onet.match(/^\| `onet\//gm)).toHaveLength(2);
    expect(onet).toContain(
      '| `onet/29.3/Job Zones.xlsx` | 29.3 | CC BY 4.0 | **Yes, with attribution**: Credit',
    );
  });

  it('says clearly which files may not be redistributed, and why', () => {
    const aioe = section('Felten E., Raj M., Seamans R. (2021)');
    expect(aioe).toContain(
      '| `aioe/AIOE_DataAppendix.xlsx` | 2025 | unstated (no LICENSE file) | **No**: No licence stated or declared for this copy; the raw file is not shipped; get it from its origin',
    );
    expect(section('U.S. Bureau of Labor Statistics')).toContain(
      '| **Yes**: No conditions (U.S. Government work)',
    );
    expect(markdown).toContain('| Yes | CC BY 4.0 | 2 |');
    expect(markdown).toContain('| Yes | Public domain | 1 |');
    expect(markdown).toContain('| No | No licence stated or declared | 1 |');
    expect(markdown).toContain('3 of 4 files may be redistributed; 1 may not.');
  });

  it('links the origin at its commit, percent-encoding the path', () => {
    expect(markdown).toContain(
      '[example/data](https://github.com/example/data/blob/0123456789abcdef0123456789abcdef01234567/data/Task%20Statements.xlsx) @ `0123456789ab`, `data/Task Statements.xlsx`',
    );
  });

  it('keeps every table row well formed (5 cells) and the output deterministic', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(5);
    expect(renderDataLicenses(fixture)).toBe(markdown);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes Markdown in cells', () => {
    const [entry] = parseManifest(
      manifestText({
        files: { 'x.csv': 'x' },
        overrides: { 'x.csv': { vintage: 'v1 | v2 *draft*', publisher: 'A_B' } },
      }),
    );
    const rendered = renderDataLicenses([entry!]);
    expect(rendered).toContain('| v1 \\| v2 \\*draft\\* |');
    expect(rendered).toContain('### A\\_B');
  });
});

describe.runIf(hasMirror)('DATA-LICENSES.md for the real mirror', () => {
  it('lists every manifest file once, and the committed file is up to date', async () => {
    const entries = parseManifest(await readFile(mirrorPath('MANIFEST.tsv')));
    const markdown = renderDataLicenses(entries);
    for (const entry of entries)
      expect(markdown.split(`| \`${entry.path}\` |`).length - 1, entry.path).toBe(1);
    expect(markdown).toMatch(/\| `bls\/occupation\.xlsx` \| .* \| \*\*Yes\*\*: No conditions/);
    expect(markdown).toMatch(
      /\| `yale\/TBL_Data_AI_Exposure_What_do_we_know_202602_Updated\.xlsx` \| .* \| \*\*No\*\*:/,
    );
    const committed = await readFile(join(packageDir, 'DATA-LICENSES.md'), 'utf8').catch(() => undefined);
    if (committed !== undefined) expect(committed).toBe(markdown);
  });
});

describe('scripts/generate-data-licenses.ts', () => {
  it('writes the rendered file, then --check passes, and fails once the manifest changes', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'airesilience-licences-'));
    try {
      const manifest = join(directory, 'MANIFEST.tsv');
      const out = join(directory, 'DATA-LICENSES.md');
      await writeFile(manifest, manifestText({ files: { 'bls/occupation.xlsx': 'a' } }));
      const run = promisify(execFile);
      const script = join(packageDir, 'scripts', 'generate-data-licenses.ts');
      const tsx = join(packageDir, '../../node_modules/.bin/tsx');
      await run(tsx, [script, '--manifest', manifest, '--out', out]);
      expect(await readFile(out, 'utf8')).toBe(renderDataLicenses(parseManifest(await readFile(manifest))));
      await run(tsx, [script, '--manifest', manifest, '--out', out, '--check']);
      const newVintage = { 'bls/occupation.xlsx': { vintage: 'May 2025' } };
      await writeFile(
        manifest,
        manifestText({ files: { 'bls/occupation.xlsx': 'a' }, overrides: newVintage }),
      );
      await expect(run(tsx, [script, '--manifest', manifest, '--out', out, '--check'])).rejects.toMatchObject(
        {
          code: 1,
          stderr: expect.stringContaining('is out of date'),
        },
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
