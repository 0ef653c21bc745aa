// Runs `changeset version` on a copy of the repository (the package.json files and .changeset/, with the
// repository's node_modules linked in) and checks what a release would do: each package's version bumped
// as its pending changesets say, every internal range moved to the new versions (in the private
// packages too), a CHANGELOG.md per released package, the changesets consumed, and CHANGELOG.md packed.
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isolatedEnvironment,
  type PackageManifest,
  parseNpmJson,
  repoRoot,
  run,
} from './published-packages.js';

type Bump = 'major' | 'minor' | 'patch';
const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];
const HEADINGS: Record<Bump, string> = {
  major: '### Major Changes',
  minor: '### Minor Changes',
  patch: '### Patch Changes',
};

interface Changeset {
  file: string;
  releases: Map<string, Bump>;
  summary: string;
}

/** Reads a changeset file: the YAML front matter (`'name': bump` lines) and the summary after it. */
function parseChangeset(file: string, text: string): Changeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const releases = new Map<string, Bump>();
  for (const line of match[1]!.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!release) throw new Error(`${file}: cannot read ${JSON.stringify(line)}`);
    releases.set(release[1]!, release[2] as Bump);
  }
  return { file, releases, summary: match[2]!.trim() };
}

function increment(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

function readManifest(path: string): PackageManifest {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The workspace package folders (`packages/*`, `examples/*`) that have a package.json. */
function workspaceFolders(root: string): string[] {
  return ['packages', 'examples'].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent), { withFileTypes: true })
          .filter(
            (entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')),
          )
          .map((entry) => `${parent}/${entry.name}`)
      : [],
  );
}

let copy = '';
const before = new Map<string, { folder: string; manifest: PackageManifest }>();
const after = new Map<string, PackageManifest>();
let changesets: Changeset[] = [];
let ignored: string[] = [];
let versionOutput = '';

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'airesilience-changeset-'));
  cpSync(join(repoRoot, 'package.json'), join(copy, 'package.json'));
  cpSync(join(repoRoot, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const folder of workspaceFolders(repoRoot)) {
    await mkdir(join(copy, folder), { recursive: true });
    cpSync(join(repoRoot, folder, 'package.json'), join(copy, folder, 'package.json'));
    const manifest = readManifest(join(repoRoot, folder, 'package.json'));
    before.set(manifest.name, { folder, manifest });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');

  const config = JSON.parse(readFileSync(join(copy, '.changeset', 'config.json'), 'utf8')) as {
    ignore?: string[];
  };
  ignored = config.ignore ?? [];
  const pending = () =>
    readdirSync(join(copy, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md');
  // With no pending changeset (just after a release), check the machinery with one of our own.
  if (pending().length === 0) {
    await writeFile(
      join(copy, '.changeset', 'packaging-test.md'),
      "---\n'@airesilience/core': patch\n---\n\nA patch written by the packaging test.\n",
    );
  }
  changesets = pending().map((file) =>
    parseChangeset(file, readFileSync(join(copy, '.changeset', file), 'utf8')),
  );

  const bin = join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js');
  versionOutput = (await run('node', [bin, 'version'], { cwd: copy, env: isolatedEnvironment() })).stdout;
  for (const [name, { folder }] of before) after.set(name, readManifest(join(copy, folder, 'package.json')));
}, 120_000);

afterAll(async () => {
  if (copy !== '') await rm(copy, { recursive: true, force: true });
});

describe('changeset version', () => {
  it('bumps each released package as its changesets say, and nothing else', () => {
    expect(changesets.length).toBeGreaterThan(0);
    const expected = new Map<string, Bump>();
    for (const changeset of changesets) {
      for (const [name, bump] of changeset.releases) {
        expect(before.has(name), `${changeset.file} names ${name}, a workspace package`).toBe(true);
        const current = expected.get(name);
        if (!current || BUMPS.indexOf(bump) > BUMPS.indexOf(current)) expected.set(name, bump);
      }
    }
    for (const [name, { manifest }] of before) {
      const bump = expected.get(name);
      const isIgnored = ignored.some((pattern) => new RegExp(`^${pattern.replace(/\*/g, '.*')}$`).test(name));
      if (bump) expect(after.get(name)!.version, name).toBe(increment(manifest.version, bump));
      else if (isIgnored || manifest.private === true)
        expect(after.get(name)!.version, name).toBe(manifest.version);
    }
    console.log(
      `changeset version: ${[...expected].map(([name, bump]) => `${name} ${before.get(name)!.manifest.version} -> ${after.get(name)!.version} (${bump})`).join(', ')}`,
    );
    expect(versionOutput).toContain('All files have been updated');
  });

  it('moves every internal dependency range to the new versions, in every workspace package', () => {
    let ranges = 0;
    for (const [name, manifest] of after) {
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
        for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
          if (!before.has(dependency)) continue;
          const previous = before.get(name)!.manifest[field]?.[dependency] ?? '';
          const prefix = /^[\^~]?/.exec(previous)![0];
          expect(range, `${name} ${field}.${dependency}`).toBe(`${prefix}${after.get(dependency)!.version}`);
          ranges++;
        }
      }
    }
    expect(ranges).toBeGreaterThan(5);
  });

  it('writes a CHANGELOG.md for each released package, and only for those', () => {
    const released = new Set(changesets.flatMap((changeset) => [...changeset.releases.keys()]));
    for (const [name, { folder }] of before) {
      const path = join(copy, folder, 'CHANGELOG.md');
      const changed = after.get(name)!.version !== before.get(name)!.manifest.version;
      expect(existsSync(path), `${folder}/CHANGELOG.md`).toBe(changed);
      if (!changed) continue;
      const changelog = readFileSync(path, 'utf8');
      expect(changelog.startsWith(`# ${name}\n\n## ${after.get(name)!.version}\n`), changelog).toBe(true);
      for (const changeset of changesets) {
        const bump = changeset.releases.get(name);
        if (!bump) continue;
        expect(changelog).toContain(HEADINGS[bump]);
        // The changelog may escape Markdown (O*NET -> O\*NET): compare the first words.
        expect(changelog).toContain(changeset.summary.split(/[*_`]/)[0]!.trim());
      }
      expect(released.has(name) || changelog.includes('Updated dependencies')).toBe(true);
    }
  });

  it('consumes the changesets', () => {
    for (const changeset of changesets)
      expect(existsSync(join(copy, '.changeset', changeset.file))).toBe(false);
    expect(existsSync(join(copy, '.changeset', 'config.json'))).toBe(true);
  });

  it('packs the CHANGELOG.md with each released package', async () => {
    const released = [...before].filter(
      ([name, { manifest }]) => manifest.private !== true && after.get(name)!.version !== manifest.version,
    );
    expect(released.length).toBeGreaterThan(0);
    const { stdout } = await run(
      'npm',
      [
        'pack',
        '--dry-run',
        '--json',
        '--ignore-scripts',
        ...released.flatMap(([name]) => ['--workspace', name]),
      ],
      { cwd: copy, env: isolatedEnvironment() },
    );
    const results = new Map(parseNpmJson(stdout).map((result) => [result.name, result]));
    for (const [name] of released) {
      expect(
        results.get(name)?.files.map((file) => file.path),
        name,
      ).toContain('CHANGELOG.md');
      expect(results.get(name)?.version).toBe(after.get(name)!.version);
    }
  });
});
