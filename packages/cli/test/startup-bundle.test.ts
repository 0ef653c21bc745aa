import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The command's start-up (issue 8: ≤ 250 ms) depends on what the snapshot commands load: not zod (~45 ms on
// its own), not the source adapters and their zip reader (~20 ms). This follows the static imports of the
// built files that `airesilience report` loads and checks what they contain.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function staticClosure(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const text = readFileSync(`${dist}${file}`, 'utf8');
    files.set(file, text);
    // `import … from"./chunk-X.js"` (minified) and bare `import"./chunk-X.js"`; not `import("…")`.
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) pending.push(match[1]!);
  }
  return files;
}

function loadedByReport(): Map<string, string> {
  const bin = readFileSync(`${dist}bin.js`, 'utf8');
  const chunks = staticClosure('bin.js');
  const main = [...chunks.values()].join('\n');
  const scoring = /import\("\.\/(scoring-commands-[A-Z0-9]+\.js)"\)/.exec(`${bin}\n${main}`)?.[1];
  expect(scoring, 'the command table loads the snapshot commands lazily').toBeDefined();
  for (const [file, text] of staticClosure(scoring!)) chunks.set(file, text);
  return chunks;
}

describe.runIf(existsSync(`${dist}bin.js`))('what `airesilience report` loads at start-up', () => {
  it('loads neither zod nor the source adapters, in a dozen small files', () => {
    const files = loadedByReport();
    for (const [file, text] of files) {
      expect(text.includes('$ZodObject'), `${file} holds zod`).toBe(false);
      expect(/invalid zip|central directory/i.test(text), `${file} holds the zip reader`).toBe(false);
    }
    const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(files.size).toBeLessThanOrEqual(16);
    expect(bytes).toBeLessThan(200_000);
  });

  it('finds zod and the zip reader elsewhere in the bundle, so the check above can fail', () => {
    const all = readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(`${dist}${file}`, 'utf8'));
    expect(all.some((text) => text.includes('$ZodObject'))).toBe(true);
    expect(all.some((text) => /invalid zip/i.test(text))).toBe(true);
  });
});
