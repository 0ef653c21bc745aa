import { expect } from 'vitest';

/** The elements the HTML report (and rendered Markdown) may contain; anything else is injected. */
const ALLOWED_ELEMENTS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'footer',
  'section',
  'div',
  'p',
  'span',
  'strong',
  'em',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'svg',
  'rect',
  'line',
  'path',
  'circle',
  'text',
  'tspan',
  'hr',
  'code',
]);

const TAG =
  /<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+)))?/g;

/**
 * Asserts that an HTML text holds only allowed elements, no event-handler attribute, no `javascript:`
 * URL and no attribute that loads anything, and that no `<` opens anything but a recognised tag.
 */
export function expectOnlySafeMarkup(html: string): void {
  const tags = [...html.matchAll(TAG)];
  for (const tag of tags) {
    const name = tag[1]!.toLowerCase();
    expect(ALLOWED_ELEMENTS.has(name), `unexpected element <${name}>`).toBe(true);
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const attributeName = attribute[1]!.toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      expect(attributeName.startsWith('on'), `event handler ${attributeName} on <${name}>`).toBe(false);
      expect(['src', 'href', 'srcdoc', 'action', 'formaction', 'xlink:href']).not.toContain(attributeName);
      expect(value).not.toMatch(/^\s*javascript:/i);
    }
  }
  // Every `<` left outside a recognised tag would be markup the browser might still parse.
  const stripped = html.replace(TAG, '').replace(/<!doctype html>/i, '');
  expect(stripped).not.toContain('<');
  expect(html.match(/<\/style>/gi)?.length ?? 0).toBeLessThanOrEqual(1);
}
