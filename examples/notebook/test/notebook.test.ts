import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { scoreAll, scoreOccupation } from '@airesilience/core';
import { loadDataset } from '@airesilience/data';
import { describe, expect, it } from 'vitest';
import { binCounts, escapeXml, histogramSvg, htmlTable, lineChartSvg, scatterSvg } from '../src/charts.js';
import { splitCsvLine } from '../src/split-csv-line.js';
import { correlation, rankDescending } from '../src/statistics.js';

const run = promisify(execFile);
const exampleDirectory = fileURLToPath(new URL('..', import.meta.url));
const deno = fileURLToPath(new URL('../../../node_modules/.bin/deno', import.meta.url));

interface Cell {
  cell_type: string;
  id?: string;
  source: string | string[];
  outputs?: unknown[];
}

const notebookCells = async (): Promise<Cell[]> =>
  JSON.parse(await readFile(new URL('../reproduce-scores.ipynb', import.meta.url), 'utf8')).cells;
const sourceOf = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/**
 * Runs the notebook's code cells in order as one Deno module (the kernel's runtime, without Jupyter), with
 * `Deno.jupyter.display` recorded instead of sent, and returns what was printed and displayed.
 */
async function runNotebookCode(): Promise<{ text: string; displays: Record<string, string>[] }> {
  const code = (await notebookCells())
    .filter((cell) => cell.cell_type === 'code')
    .map(sourceOf)
    .join('\n\n')
    .replaceAll('Deno.jupyter.display(', '__display(');
  const prelude = `const __displays: Record<string, string>[] = [];
const __display = async (bundle: Record<string, string>, _options: unknown) => { __displays.push(bundle); };\n`;
  const postlude = `\nconsole.log('@@DISPLAYS@@' + JSON.stringify(__displays));\n`;
  const child = execFile(deno, ['run', '--allow-all', '--quiet', '--ext=ts', '-'], {
    cwd: exampleDirectory,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const finished = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) =>
      status === 0 ? resolve(stdout) : reject(new Error(`deno exited with ${status}: ${stderr}`)),
    );
  });
  child.stdin!.end(prelude + code + postlude);
  const stdout = await finished;
  const [text, displays] = stdout.split('@@DISPLAYS@@');
  return { text: text!, displays: JSON.parse(displays!) };
}

describe('examples/notebook: chart and statistics helpers', () => {
  it('counts values into bins, 100 in the last one, and refuses values outside [0, 100]', () => {
    expect(binCounts([0, 4.9, 5, 99, 100], 5)).toEqual([2, 1, ...new Array(17).fill(0), 2]);
    expect(() => binCounts([101], 5)).toThrow(RangeError);
    expect(() => binCounts([Number.NaN], 5)).toThrow(/outside/);
  });

  it('draws one bar per bin, one circle per point, one line per series', () => {
    expect(
      histogramSvg({ values: [10, 20, 30], title: 't', xLabel: 'x' }).match(/class="bar"/g)?.length,
    ).toBe(20);
    const points = [
      { x: 0.1, y: 0.2, label: 'a' },
      { x: 0.5, y: 0.5, label: 'b', highlight: true },
    ];
    expect(scatterSvg(points, 't', 'x', 'y').match(/<circle/g)?.length).toBe(2);
    const chart = lineChartSvg({
      series: [
        {
          name: 'one',
          points: [
            [0, 1],
            [1, 5],
          ],
        },
        {
          name: 'two',
          points: [
            [0, 3],
            [1, 2],
          ],
        },
      ],
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      yDomain: [1, 5],
      invertY: true,
    });
    expect(chart.match(/<polyline/g)?.length).toBe(2);
  });

  it('escapes every label and cell', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
    expect(htmlTable(['<h>'], [['<script>', 1]])).not.toContain('<script>');
    expect(scatterSvg([{ x: 0, y: 0, label: '</svg>' }], '<t>', 'x', 'y')).not.toMatch(/<\/svg>.*<\/svg>/s);
  });

  it('correlates, ranks with mean ranks for ties, and splits quoted CSV fields', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(() => correlation([1, 1], [1, 2])).toThrow(/constant/);
    expect(rankDescending([0.2, 0.9, 0.2])).toEqual([2.5, 1, 2.5]);
    expect(splitCsvLine('43-3031,"Bookkeeping, ""accounting""",0.25')).toEqual([
      '43-3031',
      'Bookkeeping, "accounting"',
      '0.25',
    ]);
  });
});

describe('examples/notebook: reproduce-scores.ipynb', () => {
  it('is a clean nbformat 4 notebook for the Deno kernel, with ids and no stored outputs', async () => {
    const notebook = JSON.parse(
      await readFile(new URL('../reproduce-scores.ipynb', import.meta.url), 'utf8'),
    );
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
    const cells: Cell[] = notebook.cells;
    expect(new Set(cells.map((cell) => cell.id)).size).toBe(cells.length);
    expect(cells.filter((cell) => cell.cell_type === 'code' && (cell.outputs?.length ?? 0) > 0)).toEqual([]);
    const code = cells
      .filter((cell) => cell.cell_type === 'code')
      .map(sourceOf)
      .join('\n');
    expect(code).not.toMatch(/from '\.\.\/\.\.\/packages|from '@airesilience\/[a-z-]+\/src/);
  });

  it('its code reproduces the four scores, draws three charts and moves a weight', async () => {
    const { text, displays } = await runNotebookCode();
    const dataset = await loadDataset();
    const baseline = scoreAll(dataset);

    expect(text).toContain(dataset.label);
    expect(text).toContain(`${baseline.scoredOccupations} line items scored`);
    expect(text).toMatch(/Reference: 832 line items; largest score difference|No reference tables at/);
    expect(text).toMatch(/Rank correlation of the two sources: 0\.\d{3} over \d+ occupations/);
    expect(text).toMatch(/Rank correlation between MHC at 40 % and at 60 %: 0\.\d{3}/);

    const tables = displays.flatMap((display) => (display['text/html'] ? [display['text/html']] : []));
    const charts = displays.flatMap((display) =>
      display['image/svg+xml'] ? [display['image/svg+xml']] : [],
    );
    expect(charts.length).toBe(3);
    expect(tables.length).toBe(4);

    const scores = tables[0]!;
    for (const code of ['29-2072', '15-1252', '11-1011', '47-2061']) {
      const result = scoreOccupation(dataset, code);
      expect(scores).toContain(`<td style="text-align:left;padding:2px 8px">${code}</td>`);
      expect(scores).toContain(`${result.scorePercent.toFixed(1)} %</td>`);
      expect(scores).toContain(`>${result.tier.name}</td>`);
    }
    expect(scores).toMatch(/29-2072<\/td>.*41\.4 %.*Somewhat Resilient/s);

    const lineItems = new Set(
      dataset.occupations.filter((entry) => entry.lineItem).map((entry) => entry.code),
    );
    const scored = baseline.results.filter((result) => lineItems.has(result.code));
    const [histogram, scatter, sweep] = charts as [string, string, string];
    const barCounts = [...histogram.matchAll(/<title>\d+–\d+: (\d+)<\/title>/g)].map((match) =>
      Number(match[1]),
    );
    expect(barCounts.reduce((sum, count) => sum + count, 0)).toBe(scored.length);
    const withBoth = scored.filter((result) => {
      const sources = result.dimensions.flatMap((dimension) => dimension.sources);
      const has = (id: string) =>
        sources.some((source) => source.sourceId === id && source.percentile !== null);
      return has('anthropic-observed-exposure') && has('microsoft-ai-applicability');
    });
    expect(scatter.match(/<circle/g)?.length).toBe(withBoth.length);
    expect(sweep.match(/<polyline/g)?.length).toBe(4);
    expect(tables[3]).toMatch(/Rank, MHC 40 %.*Rank, MHC 60 %/s);
  });

  it('check-outputs.mjs fails a run whose output landed in the wrong cell', async () => {
    const cells = (await notebookCells()).map((cell) => ({ ...cell, outputs: [] as unknown[] }));
    const executed = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
    const path = fileURLToPath(new URL(`../.check-outputs-${process.pid}.json`, import.meta.url));
    const { writeFile, rm } = await import('node:fs/promises');
    await writeFile(path, JSON.stringify(executed));
    try {
      await expect(run('node', ['check-outputs.mjs', path], { cwd: exampleDirectory })).rejects.toMatchObject(
        {
          code: 1,
          stderr: expect.stringMatching(/expected displays \[text\/html\], got \[\]/),
        },
      );
    } finally {
      await rm(path, { force: true });
    }
  });
});
