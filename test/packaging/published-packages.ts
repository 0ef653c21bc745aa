import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The fields of a package.json these tests read. */
export interface PackageManifest {
  /** The package name, e.g. `@airesilience/core`. */
  name: string;
  /** The version, e.g. `0.1.0`. */
  version: string;
  /** `true` for packages that are never published. */
  private?: boolean;
  /** Free-text description. */
  description?: string;
  /** SPDX licence. */
  license?: string;
  /** Search keywords. */
  keywords?: string[];
  /** Supported engines, e.g. `{ node: '>=20.19' }`. */
  engines?: Record<string, string>;
  /** Where the code lives. */
  repository?: { type?: string; url?: string; directory?: string };
  /** What npm packs. */
  files?: string[];
  /** Executables. */
  bin?: Record<string, string>;
  /** Lifecycle and task scripts. */
  scripts?: Record<string, string>;
  /** Runtime dependencies. */
  dependencies?: Record<string, string>;
  /** Development dependencies. */
  devDependencies?: Record<string, string>;
  /** Peer dependencies. */
  peerDependencies?: Record<string, string>;
  /** Publish settings. */
  publishConfig?: { access?: string };
}

/** One workspace package that is published to npm. */
export interface PublishedPackage {
  /** The folder under `packages/`, e.g. `core`. */
  folder: string;
  /** Its absolute directory. */
  directory: string;
  /** Its package.json. */
  manifest: PackageManifest;
}

/**
 * Every package under `packages/` that is not private, in folder order.
 *
 * @returns the published packages with their manifests.
 */
export function publishedPackages(): PublishedPackage[] {
  return readdirSync(join(repoRoot, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const directory = join(repoRoot, 'packages', entry.name);
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as PackageManifest;
      return { folder: entry.name, directory, manifest };
    })
    .filter((item) => item.manifest.private !== true)
    .sort((left, right) => left.folder.localeCompare(right.folder, 'en'));
}

/** The outcome of {@link run}. */
export interface RunResult {
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
}

/**
 * An environment for commands that must not see this repository: no npm_* variables inherited from
 * `npm test`, and no `node_modules/.bin` folder on the PATH (so `npx` can only find what the scratch
 * project installed).
 *
 * @param extra - variables to add or override.
 * @returns the environment.
 */
export function isolatedEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'AIRESILIENCE_DATA_DIR') continue;
    environment[key] = value;
  }
  environment.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.split(sep).includes('node_modules'))
    .join(delimiter);
  environment.NO_COLOR = '1';
  return { ...environment, ...extra };
}

/**
 * Runs a command and collects its output; rejects, with both outputs in the message, when it fails.
 *
 * @param command - the executable.
 * @param args - its arguments.
 * @param options - the working directory, the environment and a timeout in milliseconds.
 * @returns standard output and standard error.
 * @throws Error when the command exits non-zero or times out.
 */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `${command} ${args.join(' ')} (in ${options.cwd}) failed: ${error.message}\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`,
            ),
          );
        } else {
          resolvePromise({ stdout, stderr });
        }
      },
    );
  });
}

/** One file of a tarball, as `npm pack --json` lists it. */
export interface PackedFile {
  /** The path inside the package, e.g. `dist/index.js`. */
  path: string;
  /** Its size in bytes. */
  size: number;
}

/** What `npm pack --json` reports for one package. */
export interface PackResult {
  /** `name@version`. */
  id: string;
  /** The package name. */
  name: string;
  /** The version. */
  version: string;
  /** The tarball's file name. */
  filename: string;
  /** The tarball's size in bytes. */
  size: number;
  /** The unpacked size in bytes. */
  unpackedSize: number;
  /** The number of files. */
  entryCount: number;
  /** Every file of the tarball. */
  files: PackedFile[];
}

/**
 * Reads one or more JSON documents printed back to back (npm prints one per workspace with some
 * commands) into a flat list of results, unwrapping documents keyed by package name.
 *
 * @param text - npm's standard output.
 * @returns every package result.
 */
export function parseNpmJson(text: string): PackResult[] {
  const documents: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (character === '\\') escaped = true;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '[' || character === '{') {
      if (depth++ === 0) start = index;
    } else if ((character === ']' || character === '}') && --depth === 0) {
      documents.push(JSON.parse(text.slice(start, index + 1)));
    }
  }
  return documents.flatMap((document): PackResult[] => {
    if (Array.isArray(document)) return document as PackResult[];
    const record = document as Record<string, unknown>;
    return typeof record.id === 'string'
      ? [record as unknown as PackResult]
      : (Object.values(record) as PackResult[]);
  });
}
