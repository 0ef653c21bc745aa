/**
 * Makes a data string safe to print on a terminal: removes escape sequences and other control
 * characters (C0, DEL, C1) and bidirectional overrides, and turns line breaks and tabs into spaces, so
 * that a title cannot move the cursor, recolour the screen or reorder the text.
 *
 * @param text - any string from data.
 * @returns the text on one line, without control characters.
 * @example
 * ```ts
 * toTerminalText('\u001b[2JRed\ttitle'); // '[2JRed title'
 * ```
 */
export function toTerminalText(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
