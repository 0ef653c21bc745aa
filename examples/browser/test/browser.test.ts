/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { scoreOccupation } from '@airesilience/core';
import { loadDataset, loadDetails } from '@airesilience/data';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDirectory, snapshotFiles } from '../snapshot-plugin.js';
import { pickerOccupations, reportHtml } from '../src/render-report.js';

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const exampleDirectory = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../../../node_modules/.bin/vite', import.meta.url));
const screenshotPath = fileURLToPath(new URL('../../../reports/browser-example.png', import.meta.url));

describe('examples/browser: the page logic in Node', () => {
  it('renders the HTML report of 29-2072 from the dataset and its tasks', async () => {
    const dataset = await loadDataset();
    const details = await loadDetails(dataset, { majorGroups: ['29'] });
    const result = scoreOccupation(dataset, '29-2072');
    const html = reportHtml(dataset, result, details);
    expect(result.scorePercent).toBe(41.4);
    expect(result.tier.name).toBe('Somewhat Resilient');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Medical records specialists');
    expect(html).toContain('Compile and maintain patients');
  });

  it('offers the SOC occupations, sorted by title', async () => {
    const dataset = await loadDataset();
    const occupations = pickerOccupations(dataset);
    expect(occupations.length).toBe(dataset.occupations.filter((entry) => entry.kind === 'soc').length);
    expect(occupations.some((entry) => entry.code === '29-2072')).toBe(true);
    const titles = occupations.map((entry) => entry.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('finds the snapshot files the build copies: the dataset and one tasks file per major group', () => {
    const files = snapshotFiles();
    expect(files).toContain('dataset.json');
    expect(files).toContain('tasks/29.json');
    expect(files).toContain('sources/anthropic-observed-exposure.json');
    expect(() => snapshotFiles(join(snapshotDirectory(), 'no-such-folder'))).toThrow(/npm run build/);
  });
});

/** Serves a folder on 127.0.0.1 with a random port. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
    '.css': 'text/css',
  };
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const path = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (!path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response
        .writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

if (!hasChromium) {
  describe('examples/browser in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install it with \`bash .ci/ensure-chromium.sh\`)`, () => {});
  });
}

describe.skipIf(!hasChromium)('examples/browser in headless Chromium', () => {
  let outDir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'airesilience-browser-example-'));
    await run(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: exampleDirectory,
      env: { ...process.env, NO_COLOR: '1' },
    });
    ({ server, origin } = await serve(outDir));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    // Anything that is not this server (or an in-page about:/data: URL) is recorded and refused.
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) {
        requests.push(url.slice(origin.length));
        await route.continue();
      } else {
        outside.push(url);
        await route.abort();
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((closed) => (server ? server.close(closed) : closed(undefined)));
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('builds a page with the snapshot copied beside it and no Node stub in the bundle', async () => {
    const snapshot = await readdir(join(outDir, 'snapshot', 'tasks'));
    expect(snapshot).toContain('29.json');
    expect(existsSync(join(outDir, 'snapshot', 'dataset.json'))).toBe(true);
    const assets = await readdir(join(outDir, 'assets'));
    const bundle = (
      await Promise.all(
        assets
          .filter((name) => name.endsWith('.js'))
          .map((name) => readFile(join(outDir, 'assets', name), 'utf8')),
      )
    ).join('\n');
    expect(bundle).not.toMatch(/browser-external|node:fs/);
  });

  it('renders the report of 29-2072 with its title, score and tier, loading only its tasks group', async () => {
    await page.goto(`${origin}/`);
    const status = page.locator('#status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe('Medical records specialists (29-2072): 41.4 %, Somewhat Resilient');
    const report = page.frameLocator('#report');
    await expect
      .poll(() => report.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Medical records specialists');
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).toContain('41.4 %');
    expect(text).toContain('Somewhat Resilient');
    expect(await page.locator('#code').inputValue()).toBe('29-2072');
    expect(await page.locator('#occupation').inputValue()).toBe('29-2072');
    // The frame grows to its content, so the whole report shows in a full-page screenshot.
    await expect
      .poll(async () => (await page.locator('#report').boundingBox())?.height ?? 0)
      .toBeGreaterThan(1500);
    expect(requests).toContain('/snapshot/dataset.json');
    expect(requests).toContain('/snapshot/tasks/29.json');
    expect(requests.filter((url) => url.startsWith('/snapshot/tasks/'))).toEqual(['/snapshot/tasks/29.json']);
    // the default methodology's eight sources, not the four alternatives
    expect(requests.filter((url) => url.startsWith('/snapshot/sources/'))).toHaveLength(8);
    expect(requests).not.toContain('/snapshot/sources/aioe.json');
    await mkdir(join(screenshotPath, '..'), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });

  it('shows another occupation picked in the list, scored as the library scores it', async () => {
    const expected = scoreOccupation(await loadDataset(), '15-1252');
    await page.locator('#occupation').selectOption('15-1252');
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 10_000 })
      .toBe(`${expected.title} (15-1252): ${expected.scorePercent.toFixed(1)} %, ${expected.tier.name}`);
    await expect.poll(() => page.frameLocator('#report').locator('h1').textContent()).toBe(expected.title);
    expect(page.url()).toBe(`${origin}/#15-1252`);
    expect(requests).toContain('/snapshot/tasks/15.json');
  });

  it('says so for a code that is not in the dataset, without a console error', async () => {
    await page.locator('#code').fill('99-9999');
    await page.locator('#choose button').click();
    await expect.poll(() => page.locator('#status').getAttribute('class')).toBe('error');
    expect(await page.locator('#status').textContent()).toMatch(/99-9999/);
    expect(requests.filter((url) => url.includes('/tasks/99'))).toEqual([]);
  });

  it('made no request outside 127.0.0.1 and logged no error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
