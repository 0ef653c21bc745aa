// Packs every published package with `npm pack`, checks what each tarball ships, installs only the
// tarballs (and their registry dependencies) into a scratch project outside the repository, and uses
// them there as a user would: ESM import, CommonJS require(), scoring 29-2072 from the packed snapshot
// with no mirror, a rendered report, the README examples and `npx airesilience report 29-2072`.
// Needs the build (`npm test` builds first) and the npm registry for zod and fflate.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJS_CONSUMER, type ConsumerOutput, ESM_CONSUMER, OCCUPATION } from './consumer-scripts.js';
import {
  isolatedEnvironment,
  type PackResult,
  parseNpmJson,
  publishedPackages,
  type RunResult,
  repoRoot,
  run,
} from './published-packages.js';

const packages = publishedPackages();
const names = packages.map((item) => item.manifest.name);

// Test files, fixtures and the source data must never ship.
const FORBIDDEN: readonly { rule: string; pattern: RegExp }[] = [
  { rule: 'a test', pattern: /\.(test|spec|bench)(-d)?\.[cm]?[jt]sx?$/ },
  { rule: 'a test folder', pattern: /(^|\/)(__tests__|tests?)\// },
  { rule: 'a fixture', pattern: /(^|\/)(__fixtures__|fixtures)\// },
  { rule: 'a source-data file', pattern: /\.(csv|tsv|xlsx|xls|ipynb)$/i },
  {
    rule: 'a build or tooling file',
    pattern: /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.ts|typedoc\.json|\.turbo\/)/,
  },
];

/** The file names of the data mirror (from MANIFEST.tsv), none of which may appear in a tarball. */
function mirrorFileNames(): Set<string> {
  if (!hasMirror) return new Set();
  const [header, ...rows] = readFileSync(join(dataDir, 'MANIFEST.tsv'), 'utf8').split(/\r?\n/);
  const column = (header ?? '').split('\t').indexOf('path');
  return new Set(
    rows
      .map((row) => row.split('\t')[column] ?? '')
      .filter((path) => path !== '')
      .map((path) => basename(path)),
  );
}

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(directory, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

function parseConsumerOutput(stdout: string): ConsumerOutput {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ConsumerOutput;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

let workDirectory = '';
let tarballDirectory = '';
let scratch = '';
const packed = new Map<string, PackResult>();
let publishDryRun: Promise<RunResult> | undefined;

beforeAll(async () => {
  for (const item of packages) {
    if (!existsSync(join(item.directory, 'dist', 'index.js'))) {
      throw new Error(`${item.manifest.name} is not built: run \`npm run build\` (npm test does) first`);
    }
  }
  workDirectory = await mkdtemp(join(tmpdir(), 'airesilience-packaging-'));
  tarballDirectory = join(workDirectory, 'tarballs');
  await mkdir(tarballDirectory);
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      tarballDirectory,
      ...names.flatMap((name) => ['--workspace', name]),
    ],
    { cwd: repoRoot, env: isolatedEnvironment(), timeout: 120_000 },
  );
  for (const result of parseNpmJson(stdout)) packed.set(result.name, result);
  // Started now, awaited by its test: it runs while the scratch project installs.
  publishDryRun = run('bash', [join(repoRoot, 'scripts', 'publish-dry-run.sh')], {
    cwd: repoRoot,
    env: isolatedEnvironment(),
    timeout: 150_000,
  });
  publishDryRun.catch(() => {});
}, 180_000);

afterAll(async () => {
  if (workDirectory !== '') await rm(workDirectory, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('packs every published package, and prints the sizes', () => {
    expect([...packed.keys()].sort()).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining([
        '@airesilience/core',
        '@airesilience/sources',
        '@airesilience/data',
        '@airesilience/report',
        '@airesilience/cli',
      ]),
    );
    const rows = names.map((name) => {
      const result = packed.get(name)!;
      expect(existsSync(join(tarballDirectory, result.filename)), result.filename).toBe(true);
      expect(statSync(join(tarballDirectory, result.filename)).size).toBe(result.size);
      return `  ${result.id.padEnd(30)} ${kilobytes(result.size).padStart(10)} packed ${kilobytes(result.unpackedSize).padStart(10)} unpacked ${String(result.entryCount).padStart(4)} files`;
    });
    console.log(`tarball sizes:\n${rows.join('\n')}`);
  });

  it('ships no tests, fixtures, tooling or source-data files', () => {
    const mirrorNames = mirrorFileNames();
    if (hasMirror) expect(mirrorNames.size).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const [name, result] of packed) {
      for (const file of result.files) {
        for (const { rule, pattern } of FORBIDDEN) {
          if (pattern.test(file.path)) offences.push(`${name}: ${file.path} is ${rule}`);
        }
        if (mirrorNames.has(basename(file.path))) offences.push(`${name}: ${file.path} is a mirror file`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('ships the README, the LICENSE, the package.json and every entry point', () => {
    for (const item of packages) {
      const paths = new Set(packed.get(item.manifest.name)!.files.map((file) => file.path));
      const required = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'];
      for (const target of Object.values(item.manifest.bin ?? {})) required.push(target.replace(/^\.\//, ''));
      for (const path of required) expect(paths.has(path), `${item.manifest.name} ships ${path}`).toBe(true);
      // Source maps point into src/, so src/ ships too, without its tests.
      expect(
        [...paths].some((path) => path.startsWith('src/')),
        `${item.manifest.name} ships src/`,
      ).toBe(true);
    }
  });

  it('ships the whole data snapshot and DATA-LICENSES.md in @airesilience/data, and nowhere else', () => {
    const dataPackage = packages.find((item) => item.manifest.name === '@airesilience/data')!;
    const snapshotFiles = listFiles(join(dataPackage.directory, 'snapshot')).map(
      (path) => `snapshot/${path}`,
    );
    expect(snapshotFiles).toContain('snapshot/dataset.json');
    const shipped = packed.get('@airesilience/data')!.files;
    expect(
      shipped
        .filter((file) => file.path.startsWith('snapshot/'))
        .map((file) => file.path)
        .sort(),
    ).toEqual(snapshotFiles.sort());
    const licences = shipped.find((file) => file.path === 'DATA-LICENSES.md');
    expect(licences?.size).toBe(statSync(join(dataPackage.directory, 'DATA-LICENSES.md')).size);
    for (const [name, result] of packed) {
      if (name === '@airesilience/data') continue;
      expect(
        result.files.filter((file) => file.path.startsWith('snapshot/')),
        name,
      ).toEqual([]);
    }
  });
});

describe('installed from the tarballs in a scratch project outside the repository', () => {
  const noMirror = () => join(workDirectory, 'no-mirror-here');
  let esm: ConsumerOutput;

  beforeAll(async () => {
    scratch = join(workDirectory, 'scratch');
    expect(relative(repoRoot, scratch).startsWith('..')).toBe(true);
    await mkdir(scratch);
    await writeFile(
      join(scratch, 'package.json'),
      `${JSON.stringify({ name: 'scratch', version: '0.0.0', private: true }, null, 2)}\n`,
    );
    const tarballs = names.map((name) => join(tarballDirectory, packed.get(name)!.filename));
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs],
      {
        cwd: scratch,
        env: isolatedEnvironment(),
        timeout: 150_000,
      },
    );
    await writeFile(join(scratch, 'consumer.mjs'), ESM_CONSUMER);
    await writeFile(join(scratch, 'consumer.cjs'), CJS_CONSUMER);
    esm = parseConsumerOutput(
      (
        await run('node', ['consumer.mjs'], {
          cwd: scratch,
          env: isolatedEnvironment({ AIRESILIENCE_DATA_DIR: noMirror() }),
        })
      ).stdout,
    );
  }, 240_000);

  it('installed every package from its tarball, not from the workspace', () => {
    for (const name of names) {
      const installed = realpathSync(join(scratch, 'node_modules', name));
      expect(installed.startsWith(realpathSync(scratch)), `${name} at ${installed}`).toBe(true);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.version).toBe(packed.get(name)!.version);
    }
    expect(existsSync(noMirror())).toBe(false);
  });

  it('imports @airesilience/core and /data from an ES module, and scores 29-2072 from the packed snapshot', async () => {
    for (const path of [...Object.values(esm.resolved), esm.snapshotDirectory]) {
      expect(path.startsWith(join(scratch, 'node_modules')), path).toBe(true);
    }
    expect(esm.score).toBeGreaterThanOrEqual(0);
    expect(esm.score).toBeLessThanOrEqual(1);
    expect(esm.tasks).toBeGreaterThan(0);
    expect(esm.markdown).toContain(`SOC ${OCCUPATION}`);
    expect(esm.markdown).toContain(esm.title);
    expect(esm.html.start.toLowerCase()).toMatch(/^<!doctype html>/);

    // The same program against the workspace build gives the same result: the tarballs lost nothing.
    const workspace = parseConsumerOutput(
      (
        await run('node', ['--input-type=module', '-e', ESM_CONSUMER], {
          cwd: repoRoot,
          env: isolatedEnvironment(),
        })
      ).stdout,
    );
    expect(workspace.snapshotDirectory).toBe(join(repoRoot, 'packages', 'data', 'snapshot'));
    const { resolved: _resolved, snapshotDirectory: _snapshot, ...packedResult } = esm;
    const {
      resolved: _workspaceResolved,
      snapshotDirectory: _workspaceSnapshot,
      ...workspaceResult
    } = workspace;
    expect(packedResult).toEqual(workspaceResult);
  });

  it('require()s @airesilience/core and /data from CommonJS (Node.js >= 20.19, no flag)', async () => {
    const requireModule = (process.features as { require_module?: boolean }).require_module === true;
    // Node.js 20.19+ and 22.12+ load ES modules with require() by default; older lines need the flag.
    const flags = requireModule ? [] : ['--experimental-require-module'];
    const { stdout, stderr } = await run('node', [...flags, 'consumer.cjs'], {
      cwd: scratch,
      env: isolatedEnvironment({ AIRESILIENCE_DATA_DIR: noMirror() }),
    });
    if (stderr.trim() !== '') console.log(`require(esm) stderr: ${stderr.trim()}`);
    const cjs = parseConsumerOutput(stdout);
    expect(cjs.requireModule).toBe(requireModule);
    for (const path of Object.values(cjs.resolved))
      expect(path.startsWith(join(scratch, 'node_modules')), path).toBe(true);
    expect({ ...cjs, resolved: null }).toEqual({ ...esm, resolved: null });
  });

  it('runs `npx airesilience report 29-2072` from the installed CLI, as the workspace build prints it', async () => {
    const cliVersion = packed.get('@airesilience/cli')!.version;
    const environment = isolatedEnvironment({ AIRESILIENCE_DATA_DIR: noMirror() });
    const version = await run('npx', ['--no', '--', 'airesilience', '--version'], {
      cwd: scratch,
      env: environment,
    });
    expect(version.stdout.trim()).toContain(cliVersion);
    const installed = await run('npx', ['--no', '--', 'airesilience', 'report', OCCUPATION], {
      cwd: scratch,
      env: environment,
    });
    expect(installed.stdout).toContain(esm.title);
    expect(installed.stdout).toContain(OCCUPATION);
    const workspace = await run(
      'node',
      [join(repoRoot, 'packages', 'cli', 'dist', 'bin.js'), 'report', OCCUPATION],
      {
        cwd: repoRoot,
        env: environment,
      },
    );
    expect(installed.stdout).toBe(workspace.stdout);
  });

  it('runs the example of every README', async () => {
    const environment = isolatedEnvironment({ AIRESILIENCE_DATA_DIR: noMirror() });
    const checks: Promise<void>[] = [];
    for (const item of packages) {
      const readme = readFileSync(join(item.directory, 'README.md'), 'utf8');
      const example = /^## Example\n[\s\S]*?^```(ts|js|sh)\n([\s\S]*?)^```/m.exec(readme);
      expect(example, `${item.manifest.name} README has an example`).not.toBeNull();
      const [, language, code] = example!;
      if (language === 'sh') {
        for (const line of code!.split('\n')) {
          const words = line.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
          if (words.length === 0) continue;
          expect(words[0], line).toBe('airesilience');
          const bin = join(scratch, 'node_modules', '.bin', 'airesilience');
          checks.push(
            run(bin, words.slice(1), { cwd: scratch, env: environment }).then(({ stdout }) => {
              const out = words.indexOf('--out');
              if (out >= 0) expect(statSync(join(scratch, words[out + 1]!)).size, line).toBeGreaterThan(0);
              else expect(stdout.trim(), line).not.toBe('');
            }),
          );
        }
      } else {
        const file = join(scratch, `readme-${item.folder}.mjs`);
        checks.push(
          writeFile(file, code!)
            .then(() => run('node', [file], { cwd: scratch, env: environment }))
            .then(({ stdout }) => {
              const printed = stdout.includes(esm.title) || stdout.includes(OCCUPATION);
              expect(printed, `${item.manifest.name}: ${stdout}`).toBe(true);
            }),
        );
      }
    }
    await Promise.all(checks);
  });
});

describe('npm publish --dry-run', () => {
  it('succeeds for every published package (scripts/publish-dry-run.sh)', async () => {
    const { stdout } = await publishDryRun!;
    console.log(`npm publish --dry-run:\n${stdout.trim()}`);
    for (const name of names) expect(stdout).toContain(`ok ${name}@${packed.get(name)!.version} `);
  }, 150_000);
});
