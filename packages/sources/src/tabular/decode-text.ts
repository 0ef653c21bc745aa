import { SourceParseError } from '@airesilience/core';
import type { TableOrigin } from './table.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 bytes strictly (a byte sequence that is not UTF-8 is an error, not a replacement
 * character) and removes a leading byte-order mark.
 *
 * @param input - the file's bytes, or text already decoded.
 * @param origin - the source and file, for the error message.
 * @returns the text.
 * @throws {@link @airesilience/core!SourceParseError} when the bytes are not valid UTF-8, naming the line of the first bad byte.
 */
export function decodeText(input: Uint8Array | string, origin: TableOrigin): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch (cause) {
      let line = 1;
      const bad = firstInvalidUtf8(input);
      for (let i = 0; i < bad; i++) if (input[i] === 10) line++;
      throw new SourceParseError(
        { ...origin, row: line },
        `is not valid UTF-8 (byte 0x${(input[bad] ?? 0).toString(16)} at offset ${bad}); re-save the file as UTF-8`,
        { cause },
      );
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return bytes.length;
}
