/**
 * Escapes text for one line of CommonMark / GitHub-flavoured Markdown, inside a paragraph or a table
 * cell: line breaks and tabs become spaces, the ends are trimmed, `<` and `>` become entities (so no raw HTML reaches the renderer), so
 * does `&` where it would start an entity, inline syntax (`\ \` * _ [ ] | ~ $`) is backslash-escaped,
 * and a leading block marker (`#`, `+`, `-`, `=`, `1.`) is escaped too.
 *
 * @param text - any string, e.g. a task statement from data.
 * @returns the text, rendered literally by a Markdown renderer.
 * @example
 * ```ts
 * escapeMarkdown('<img src=x> *a* | b'); // '&lt;img src=x&gt; \\*a\\* \\| b'
 * ```
 */
export function escapeMarkdown(text: string): string {
  const line = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    // Leading spaces or a tab would start an indented code block.
    .replace(/\t/g, ' ')
    .trim()
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&');
  return line
    .replace(/^(\s*)(#{1,6}(?:\s|$)|[+\-*](?:\s|$)|=+\s*$|-+\s*$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)](?:\s|$))/, '$1\\$2');
}
