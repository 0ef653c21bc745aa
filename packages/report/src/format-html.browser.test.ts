/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_STRINGS, withHostileStrings } from '@airesilience/test-utils';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatHtml } from './format-html.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const reportsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../reports');

const ALLOWED_ELEMENTS = new Set(
  'html head meta title style body main header footer section div p span strong h1 h2 h3 ol li table caption thead tbody tr th td figure figcaption svg rect line path circle text tspan'.split(
    ' ',
  ),
);

interface PageWatch {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function openPage(browser: Browser): Promise<PageWatch> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const watch: PageWatch = { page, requests: [], errors: [], dialogs: [] };
  // Every request outside data: is a failure: the report must not load anything.
  await page.route('**/*', async (route) => {
    watch.requests.push(route.request().url());
    await route.abort();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) watch.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('dialog', async (dialog) => {
    watch.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return watch;
}

if (!hasChromium) {
  describe('formatHtml in headless Chromium', () => {
    it.skip(`skipped: ${CHROMIUM} is missing (install it with \`bash .ci/ensure-chromium.sh\`)`, () => {});
  });
}

describe.skipIf(!hasChromium)('formatHtml in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
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
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has watchers that do catch a request and a dialog (so the checks below can fail)', async () => {
    const watch = await openPage(browser);
    await watch.page.setContent('<img src="https://example.invalid/x.png"><script>alert("caught")</script>');
    await watch.page.waitForTimeout(50);
    expect(watch.dialogs).toEqual(['caught']);
    expect(watch.requests).toContain('https://example.invalid/x.png');
    await watch.page.close();
  });

  it('renders 29-2072 without errors or requests, with labelled charts and accessible tables', async () => {
    const watch = await openPage(browser);
    const { page } = watch;
    await page.setContent(formatHtml(medicalRecordsSpecialists()), { waitUntil: 'load' });

    const facts = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll('svg')];
      return {
        title: document.title,
        h1: document.querySelectorAll('h1').length,
        h2: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
        svgCount: svgs.length,
        labelledCharts: svgs.filter(
          (svg) =>
            svg.getAttribute('role') === 'img' &&
            (svg.getAttribute('aria-label') ?? '').length > 20 &&
            (svg.querySelector(':scope > title')?.textContent ?? '').length > 20,
        ).length,
        chartWidths: svgs.map((svg) => svg.getBoundingClientRect().width),
        tables: document.querySelectorAll('table').length,
        captions: document.querySelectorAll('table > caption').length,
        thWithoutScope: document.querySelectorAll('th:not([scope])').length,
        scripts: document.querySelectorAll('script, img, iframe, object, embed, link').length,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        taskRows: document.querySelectorAll('section[aria-labelledby="work-heading"] tbody tr').length,
        bodyText: document.body.textContent ?? '',
      };
    });

    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(facts.title).toBe(
      'Medical Records Specialists (29-2072): AI resilience 41.4 %, Somewhat Resilient',
    );
    expect(facts.h1).toBe(1);
    expect(facts.h2).toEqual([
      'Dimensions',
      'Sources',
      'Confidence: High',
      'Uncertainty',
      'Employment facts (BLS)',
      'What the work involves',
      'Methodology and sources',
    ]);
    expect(facts.svgCount).toBe(4);
    expect(facts.labelledCharts).toBe(4);
    for (const width of facts.chartWidths) expect(width).toBeGreaterThan(500);
    expect(facts.captions).toBe(facts.tables);
    expect(facts.thWithoutScope).toBe(0);
    expect(facts.scripts).toBe(0);
    expect(facts.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(facts.taskRows).toBe(17);
    expect(facts.bodyText).toContain('41.4 %');
    expect(facts.bodyText).toContain('Somewhat Resilient');
    expect(facts.bodyText).toContain('$50,250');

    mkdirSync(reportsDir, { recursive: true });
    await page.screenshot({ path: resolve(reportsDir, 'report-29-2072.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const printBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(printBackground).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: resolve(reportsDir, 'report-29-2072-print.png'), fullPage: true });
    expect(existsSync(resolve(reportsDir, 'report-29-2072.png'))).toBe(true);
    await page.close();
  });

  it('renders every hostile string as text: no dialog, no injected element or handler', async () => {
    const watch = await openPage(browser);
    const { page } = watch;
    for (const hostile of HOSTILE_STRINGS) {
      await page.setContent(formatHtml(withHostileStrings(medicalRecordsSpecialists(), hostile)), {
        waitUntil: 'load',
      });
      // Give any injected handler (an image error, an svg load) a chance to run.
      await page.waitForTimeout(50);
      const found = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('*')];
        return {
          h1: document.querySelector('h1')?.textContent ?? null,
          firstTask:
            document.querySelector('section[aria-labelledby="work-heading"] tbody td')?.textContent ?? null,
          tags: [...new Set(elements.map((element) => element.tagName.toLowerCase()))],
          handlers: elements.flatMap((element) =>
            [...element.attributes]
              .filter((attribute) => attribute.name.startsWith('on'))
              .map((attribute) => attribute.name),
          ),
        };
      });
      const expected = hostile
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/\r\n?/g, '\n');
      expect(found.h1, JSON.stringify(hostile)).toBe(expected);
      expect(found.firstTask, JSON.stringify(hostile)).toBe(expected);
      expect(
        found.tags.filter((tag) => !ALLOWED_ELEMENTS.has(tag)),
        JSON.stringify(hostile),
      ).toEqual([]);
      expect(found.handlers, JSON.stringify(hostile)).toEqual([]);
    }
    expect(watch.dialogs).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
