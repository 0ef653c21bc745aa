// What npm shows about each published package: its package.json metadata, its README (what it is,
// install, a short example, a link to the docs), its LICENSE; and, for the data package, that the README
// names every source whose values the snapshot carries although its file may not be redistributed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyRedistribution, readManifest } from '@airesilience/data';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { type PackageManifest, publishedPackages, repoRoot } from './published-packages.js';

const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageManifest;
const packages = publishedPackages();
const versions = new Map(packages.map((item) => [item.manifest.name, item.manifest.version]));
const REPOSITORY = 'git+https://github.com/airesilience/airesilience.git';

describe.each(packages.map((item) => [item.manifest.name, item] as const))('%s', (name, item) => {
  const { manifest, directory, folder } = item;

  it('has the metadata npm shows: description, licence, repository, engines, keywords, public access', () => {
    expect(manifest.description?.length ?? 0).toBeGreaterThan(20);
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository).toEqual({ type: 'git', url: REPOSITORY, directory: `packages/${folder}` });
    expect(manifest.engines?.node).toBe(root.engines?.node);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['ai', 'resilience', 'occupations']));
    expect(manifest.publishConfig?.access).toBe('public');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('packs its CHANGELOG, refuses to pack an unbuilt package, and runs the package gates', () => {
    expect(manifest.files).toContain('CHANGELOG.md');
    expect(manifest.files).toContain('dist');
    expect(manifest.scripts?.prepack).toBe('node ../../scripts/assert-package-built.mjs');
    expect(manifest.scripts?.['check:package']).toBe('publint --strict && attw --pack --profile esm-only');
  });

  it('depends on the other packages at their current versions, and on zod as house style says', () => {
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      if (versions.has(dependency)) expect(range, dependency).toBe(`^${versions.get(dependency)}`);
    }
    if (name === '@airesilience/cli') expect(manifest.dependencies?.zod).toMatch(/^\^4\./);
    else expect(manifest.peerDependencies?.zod).toMatch(/^\^4\./);
  });

  it('ships the repository LICENSE', () => {
    expect(readFileSync(join(directory, 'LICENSE'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'LICENSE'), 'utf8'),
    );
  });

  it('has a README: what it is, how to install it, a short example, and where the docs are', () => {
    const readme = readFileSync(join(directory, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${name}\n`)).toBe(true);
    const install = /^## Install\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    expect(install).toContain(`npm install`);
    expect(install).toContain(name);
    const example = /^## Example\n[\s\S]*?^```\w+\n([\s\S]*?)^```/m.exec(readme)?.[1] ?? '';
    const lines = example.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(6);
    if (name !== '@airesilience/cli') expect(example).toContain(`from '${name}'`);
    expect(readme).toMatch(/^## Documentation$/m);
    expect(readme).toContain('https://github.com/airesilience/airesilience');
  });
});

describe('the data licences travel with the data', () => {
  const data = packages.find((item) => item.manifest.name === '@airesilience/data')!;

  it('ships DATA-LICENSES.md, which does not claim the snapshot holds only derived scores', () => {
    expect(data.manifest.files).toContain('DATA-LICENSES.md');
    const licences = readFileSync(join(data.directory, 'DATA-LICENSES.md'), 'utf8');
    expect(licences).toContain('is not limited to derived scores');
    expect(licences).not.toContain('the snapshot in this package carries only scores derived from it');
  });

  it.runIf(hasMirror && existsSync(join(data.directory, 'snapshot', 'dataset.json')))(
    'names, in the README, every file whose values the snapshot carries but which may not be redistributed',
    async () => {
      const { entries } = await readManifest(dataDir);
      const snapshot = JSON.parse(readFileSync(join(data.directory, 'snapshot', 'dataset.json'), 'utf8')) as {
        files: { path: string }[];
      };
      const used = new Set(snapshot.files.map((file) => file.path));
      const restricted = entries
        .filter((entry) => used.has(entry.path) && !classifyRedistribution(entry.license).allowed)
        .map((entry) => entry.path)
        .sort();
      expect(restricted.length).toBeGreaterThan(0);
      const readme = readFileSync(join(data.directory, 'README.md'), 'utf8');
      const section = /^## Data licences\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
      const listed = [...section.matchAll(/^\|[^|\n]*\|[^|\n]*\|\s*`([^`]+)`\s*\|$/gm)]
        .map((match) => match[1]!)
        .sort();
      expect(listed).toEqual(restricted);
    },
  );
});
