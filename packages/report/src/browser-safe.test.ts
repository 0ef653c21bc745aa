import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('@airesilience/report runs in a browser', () => {
  it('imports nothing from Node and no package but core and zod', () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
      for (const specifier of specifiers) {
        expect(
          specifier.startsWith('./') || specifier === '@airesilience/core' || specifier === 'zod',
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
      expect(text, file).not.toMatch(/\b(process|Buffer|require)\s*[.(]/);
    }
  });
});
