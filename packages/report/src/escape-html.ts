const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " ' \``. Control characters
 * other than tab and line breaks are dropped (they are not allowed in HTML).
 *
 * @param text - any string, e.g. an occupation title from data.
 * @returns the text, safe to place between tags or inside a quoted attribute.
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"'`]/g, (character) => HTML_ESCAPES[character] ?? character);
}
