#!/usr/bin/env node
// The performance benchmark (issue 10): `npm run bench` builds the packages, then runs this script, which
// prints one table of medians (with min and max) against the targets in docs/performance.md.
//
//   node scripts/bench.mjs [--json FILE] [--runs N] [--only SECTION,…]
//
// SECTION is one of parse, build, load, score, uncertainty, cli (default: all of them).
//
// Every measurement except the CLI start-up runs in a fresh child process (`node scripts/bench.mjs --task
// NAME`), so each run pays its own start-up, JIT warm-up and heap growth, like a user does, and a
// measurement cannot disturb the next. It imports the built packages (dist/), reads the data mirror
// (AIRESILIENCE_DATA_DIR, else ../shared/data beside the repository) and writes only to a temporary
// directory. It reports and never fails: a missed target is marked MISSED and the exit status is still 0.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const scriptPath = fileURLToPath(import.meta.url);
const root = resolve(dirname(scriptPath), '..');
const dataDir = process.env.AIRESILIENCE_DATA_DIR ?? resolve(root, '../shared/data');
const packageEntry = (name) => pathToFileURL(join(root, 'packages', name, 'dist/index.js')).href;
const CLI = join(root, 'packages/cli/dist/bin.js');
const CODE = '29-2072';
const DRAWS = 10_000;

// ---------------------------------------------------------------------------------------------------------
// Tasks: each runs in its own child process and prints one JSON line.

const cpuMilliseconds = (since) => {
  const usage = process.cpuUsage(since);
  return (usage.user + usage.system) / 1000;
};

/** Times an async step: wall and CPU milliseconds. */
async function timed(step) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await step();
  return { value, ms: performance.now() - started, cpuMs: cpuMilliseconds(cpu) };
}

/** Every adapter of @airesilience/sources with the real mirror file(s) it reads. */
function mirrorAdapters(sources) {
  const path = (relativePath) => join(dataDir, relativePath);
  const onet29 = 'onet/29.3/';
  return [
    ['BLS projections (occupation.xlsx)', () => sources.loadBlsProjections(path('bls/occupation.xlsx'))],
    ['BLS openings table (occupation.xlsx)', () => sources.loadBlsOpeningsTable(path('bls/occupation.xlsx'))],
    ['BLS OEWS May 2024', () => sources.loadOews(path('bls/national_M2024_dl.xlsx'))],
    [
      'NEM O*NET-to-SOC crosswalk',
      () => sources.loadNemOnetToSocCrosswalk(path('bls/nem-onet-to-soc-crosswalk.xlsx')),
    ],
    ['SOC 2018 definitions', () => sources.loadSocDefinitions2018(path('bls/soc_2018_definitions.xlsx'))],
    ['SOC 2018 structure', () => sources.loadSocStructure2018(path('bls/soc_structure_2018.xlsx'))],
    [
      'SOC 2010→2018 crosswalk',
      () => sources.loadSoc2010To2018Crosswalk(path('crosswalk/soc_2010_to_2018_crosswalk.csv')),
    ],
    [
      'ISCO-08→SOC 2010 crosswalk',
      () => sources.loadIscoToSoc2010Crosswalk(path('crosswalk/isco08_to_soc2010_crosswalk.xlsx')),
    ],
    [
      'O*NET 30.3 occupations',
      () =>
        sources.loadOnetOccupations(path('onet/30.3/occupation_data.csv'), 'onet/30.3/occupation_data.csv'),
    ],
    [
      'O*NET 30.3 task statements',
      () =>
        sources.loadOnetTaskStatements(
          path('onet/30.3/task_statements.csv'),
          'onet/30.3/task_statements.csv',
        ),
    ],
    ['O*NET 30.3 job zones', () => sources.loadOnetJobZones(path('onet/30.3/job_zones.csv'))],
    [
      'O*NET 30.3 education',
      () =>
        sources.loadOnetEducation(
          path('onet/30.3/education.csv'),
          path('onet/30.3/education_categories.csv'),
        ),
    ],
    [
      'O*NET 29.3 occupations (xlsx)',
      () => sources.loadOnetOccupations(path(`${onet29}Occupation Data.xlsx`)),
    ],
    [
      'O*NET 29.3 task statements (xlsx)',
      () => sources.loadOnetTaskStatements(path(`${onet29}Task Statements.xlsx`)),
    ],
    ['O*NET 29.3 job zones (xlsx)', () => sources.loadOnetJobZones(path(`${onet29}Job Zones.xlsx`))],
    [
      'O*NET 29.3 education (xlsx)',
      () =>
        sources.loadOnetEducation(
          path(`${onet29}Education, Training, and Experience.xlsx`),
          path(`${onet29}Education, Training, and Experience Categories.xlsx`),
        ),
    ],
    [
      'Anthropic observed exposure',
      () => sources.loadAnthropicObservedExposure(path('anthropic/job_exposure.csv')),
    ],
    [
      'Anthropic Economic Index task usage',
      () => sources.loadAeiTaskUsage(path('anthropic/aei_2025_02_10/onet_task_mappings.csv')),
    ],
    [
      'Anthropic Economic Index task list',
      () => sources.loadAeiTaskStatements(path('anthropic/aei_2025_02_10/onet_task_statements.csv')),
    ],
    [
      'Microsoft AI applicability',
      () => sources.loadMicrosoftAiApplicability(path('microsoft/soc_ai_applicability_scores.csv')),
    ],
    ['Microsoft SOC metrics', () => sources.loadMicrosoftSocMetrics(path('microsoft/soc_metrics.csv'))],
    [
      'Will Robots Take My Job',
      () => sources.loadWillRobotsTakeMyJob(path('frey_osborne/willrobotstakemyjob_scrape_jobData.csv')),
    ],
    [
      'Frey & Osborne appendix',
      () =>
        sources.loadFreyOsborneAppendix(path('frey_osborne/frey_osborne_automation_risk_index_clean.csv')),
    ],
    [
      'Wage bill v1.2',
      () => sources.loadWageBill(path('althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv')),
    ],
    [
      'Wage bill v1.3',
      () =>
        sources.loadWageBill(
          path('althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv'),
          undefined,
          { scenario: 'v1.3-genai' },
        ),
    ],
    [
      'Althoff & Reichardt task capabilities',
      () =>
        sources.loadAlthoffReichardtTaskCapabilities(
          path('althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv'),
        ),
    ],
    [
      'Adaptive capacity (proxy)',
      () =>
        sources.loadAdaptiveCapacityProxy(
          path('manning_aguirre/proxy_jricciardi/occupation_benchmarks.json'),
        ),
    ],
    ['Eloundou occupations', () => sources.loadEloundouOccupations(path('eloundou/occ_level.csv'))],
    ['Eloundou task labels', () => sources.loadEloundouTaskLabels(path('eloundou/full_labelset.tsv'))],
    ['AIOE', () => sources.loadAioe(path('aioe/AIOE_DataAppendix.xlsx'))],
    [
      'AIOE language modelling',
      () => sources.loadAioeVariant(path('aioe/language_modeling_aioe_aiie.xlsx'), 'language-modeling'),
    ],
    [
      'AIOE image generation',
      () => sources.loadAioeVariant(path('aioe/image_generation_aioe_aiie.xlsx'), 'image-generation'),
    ],
    [
      'WORKBank expert ratings',
      () => sources.loadWorkbankExpertRatings(path('workbank/expert_rated_technological_capability.csv')),
    ],
    [
      'WORKBank task metadata',
      () => sources.loadWorkbankTaskMetadata(path('workbank/task_statement_with_metadata.csv')),
    ],
    [
      'ILO task scores',
      () => sources.loadIloTaskScores(path('ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx')),
    ],
    ['ILO output tree', () => sources.loadIloOutputTree(path('ilo/output_data.json'))],
    ['Webb', () => sources.loadWebb(path('webb/exposure_by_soc4.xlsx'))],
    ['SML', () => sources.loadSml(path('sml/SML_score.csv'))],
    ['Eisfeldt et al.', () => sources.loadEisfeldt(path('eisfeldt/genaiexp_estz_occscores.csv'))],
  ];
}

async function hashDirectory(directory) {
  const hash = createHash('sha256');
  const walk = async (folder) => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(relative(directory, path)).update(await readFile(path));
    }
  };
  await walk(directory);
  return hash.digest('hex');
}

/** A measurement: wall-clock and CPU (user + system) milliseconds. */
const measured = ({ ms, cpuMs }) => ({ ms, cpuMs });

const TASKS = {
  async 'parse-mirror'() {
    const sources = await import(packageEntry('sources'));
    const adapters = {};
    const failures = [];
    const total = await timed(async () => {
      for (const [name, load] of mirrorAdapters(sources)) {
        try {
          adapters[name] = (await timed(load)).ms;
        } catch (error) {
          failures.push(`${name}: ${error.message}`);
        }
      }
    });
    return { parse: measured(total), adapters, failures };
  },

  async build() {
    const data = await import(packageEntry('data'));
    const directory = await mkdtemp(join(tmpdir(), 'airesilience-bench-'));
    try {
      // The steps of buildSnapshot, in its order (the mirror is verified after the build, which keeps the
      // peak memory lower), each timed.
      const built = await timed(() => data.buildDataset({ dataDir }));
      const verify = await timed(() => data.assertMirror(dataDir));
      const written = await timed(() => data.writeSnapshot(built.value, directory));
      return {
        verify: measured(verify),
        build: measured(built),
        write: measured(written),
        snapshot: {
          ms: verify.ms + built.ms + written.ms,
          cpuMs: verify.cpuMs + built.cpuMs + written.cpuMs,
        },
        bytes: written.value.reduce((sum, file) => sum + file.bytes, 0),
        hash: await hashDirectory(directory),
        maxRssMB: process.resourceUsage().maxRSS / 1024,
      };
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  },

  async load() {
    const data = await import(packageEntry('data'));
    const dataset = await timed(() => data.loadDataset());
    const profile = await timed(() => data.getProfile(dataset.value, CODE));
    const tasks = await timed(() => data.loadTasks(dataset.value));
    return {
      dataset: measured(dataset),
      profile: measured(profile),
      profileTasks: profile.value.tasks.length,
      allTasks: measured(tasks),
    };
  },

  async score() {
    const core = await import(packageEntry('core'));
    const data = await import(packageEntry('data'));
    const dataset = await data.loadDataset();
    const first = await timed(() => core.scoreAll(dataset));
    const warm = [];
    const fresh = [];
    // Warm: the engine's code optimised by the JIT (20 calls first, untimed), as in a notebook or a
    // sensitivity analysis that scores again and again; the first call is reported on its own below.
    for (let run = 0; run < 20; run++) core.scoreAll(dataset);
    for (let run = 0; run < 30; run++) warm.push(measured(await timed(() => core.scoreAll(dataset))));
    // A shallow copy is a new dataset object: the engine's per-dataset cache misses and every percentile,
    // score and level cut is computed again.
    for (let run = 0; run < 15; run++) fresh.push(measured(await timed(() => core.scoreAll({ ...dataset }))));
    return { first: measured(first), warm, fresh, results: first.value.results.length };
  },

  async uncertainty() {
    const core = await import(packageEntry('core'));
    const data = await import(packageEntry('data'));
    const dataset = await data.loadDataset();
    core.scoreAll(dataset);
    const runs = [];
    let results = 0;
    for (let run = 0; run < 3; run++) {
      const timing = await timed(() =>
        core.scoreAll(dataset, core.DEFAULT_METHODOLOGY, { uncertainty: { draws: DRAWS, seed: 1 + run } }),
      );
      runs.push(measured(timing));
      results = timing.value.results.length;
    }
    return { runs, results };
  },
};

// ---------------------------------------------------------------------------------------------------------
// The parent: runs the tasks and the CLI, and prints the table.

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/**
 * Runs node with the arguments; with `measureCpu`, under /usr/bin/time (when the machine has it) to read the
 * child's CPU time and peak memory, which the wall time alone hides on a busy machine.
 */
function runNode(args, { capture = true, measureCpu = false } = {}) {
  const wrapped = measureCpu && hasTime;
  const command = wrapped ? TIME : process.execPath;
  const commandArgs = wrapped ? ['-f', 'BENCH_RUSAGE %U %S %M', process.execPath, ...args] : args;
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => {
      const ms = performance.now() - started;
      const usage = /BENCH_RUSAGE ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      const cpuMs = usage ? (Number(usage[1]) + Number(usage[2])) * 1000 : Number.NaN;
      const maxRssMB = usage ? Number(usage[3]) / 1024 : Number.NaN;
      resolvePromise({
        status,
        stdout,
        stderr: usage ? stderr.slice(0, usage.index) : stderr,
        ms,
        cpuMs,
        maxRssMB,
      });
    });
    child.on('error', (error) =>
      resolvePromise({ status: -1, stdout, stderr: error.message, ms: Number.NaN, cpuMs: Number.NaN }),
    );
  });
}

async function runTask(name) {
  const { status, stdout, stderr } = await runNode([scriptPath, '--task', name]);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  if (status !== 0 || !line.startsWith('{')) {
    throw new Error(
      `task ${name} failed (status ${status}): ${(stderr.trim().split('\n').at(-1) ?? '').slice(0, 200)}`,
    );
  }
  return JSON.parse(line);
}

function summarise(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { runs: sorted.length, median, min: sorted[0], max: sorted.at(-1) };
}

const rows = [];
const details = {};

/**
 * Adds a row: `samples` are `{ ms, cpuMs }` measurements, or plain numbers (for megabytes).
 */
function addRow(measure, samples, { unit = 'ms', target = null } = {}) {
  const wall = samples.map((sample) => (typeof sample === 'number' ? sample : sample.ms));
  const cpu = samples.map((sample) => (typeof sample === 'number' ? Number.NaN : sample.cpuMs));
  rows.push({ measure, unit, target, summary: summarise(wall), cpu: summarise(cpu), error: null });
}

/** One row per measure: `samples[i]` for `measures[i]` (a measure is `[name, options]`). */
function addRows(measures, samples) {
  measures.forEach(([measure, options], i) => {
    addRow(measure, samples[i], options);
  });
}

function addError(measure, error, { unit = 'ms', target = null } = {}) {
  const message = error instanceof Error ? error.message : String(error);
  rows.push({ measure, unit, target, summary: null, cpu: null, error: message });
}

const SECTIONS = ['parse', 'build', 'load', 'score', 'uncertainty', 'cli'];
let onlySections = null;

async function section(title, measures, body, key) {
  if (onlySections !== null && !onlySections.includes(key)) return;
  process.stderr.write(`[bench] ${title}…\n`);
  try {
    await body();
  } catch (error) {
    for (const [measure, options] of measures) addError(measure, error, options);
  }
}

function parseArguments(argv) {
  const options = { json: null, runs: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') options.json = argv[++i] ?? null;
    else if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--only') {
      options.only = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = options.only.filter((name) => !SECTIONS.includes(name));
      if (unknown.length > 0 || options.only.length === 0) {
        console.error(
          `[bench] --only takes sections among ${SECTIONS.join(', ')}; got ${unknown.join(', ') || 'none'}`,
        );
        process.exit(2);
      }
    }
  }
  return options;
}

function machine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {}
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    model,
    memoryGB: totalmem() / 1024 ** 3,
    loadAverage: loadavg(),
  };
}

const format = (value, unit) =>
  value === undefined || value === null || !Number.isFinite(value)
    ? '—'
    : unit === 'MB'
      ? `${value.toFixed(0)} MB`
      : value >= 1000
        ? `${(value / 1000).toFixed(2)} s`
        : value >= 10
          ? `${value.toFixed(0)} ms`
          : `${value.toFixed(2)} ms`;

/** ok, MISSED, or — when only the CPU time meets the target — a sign that the machine was busy. */
function statusOf(row) {
  if (row.target === null || row.summary === null) return '';
  if (row.summary.median <= row.target) return 'ok';
  return row.cpu !== null && row.cpu.median <= row.target ? 'MISSED (CPU ok: busy machine?)' : 'MISSED';
}

function printTable(environment, loadAtEnd) {
  const header = ['Measure', 'Runs', 'Median', 'Min', 'Max', 'CPU median', 'Target', 'Status'];
  const body = rows.map((row) => {
    const target = row.target === null ? '' : `≤ ${format(row.target, row.unit)}`;
    if (row.summary === null)
      return [row.measure, '0', '—', '—', '—', '—', target, `ERROR ${row.error ?? ''}`];
    const { runs, median, min, max } = row.summary;
    return [
      row.measure,
      String(runs),
      format(median, row.unit),
      format(min, row.unit),
      format(max, row.unit),
      format(row.cpu?.median, row.unit),
      target,
      statusOf(row),
    ];
  });
  const last = header.length - 1;
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((cells) => cells[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => (column === 0 || column === last ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const loads = (values) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(`\nairesilience benchmark — ${environment.date}`);
  console.log(
    `Node ${environment.node}, ${environment.cpus} × ${environment.model}, ${environment.memoryGB.toFixed(1)} GB RAM; ` +
      `load average ${loads(environment.loadAverage)} at start, ${loads(loadAtEnd)} at end\n`,
  );
  console.log(line(header));
  console.log(
    `|${widths.map((width, column) => (column === 0 || column === last ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const cells of body) console.log(line(cells));
  const missed = body.filter((cells) => cells[last].startsWith('MISSED')).length;
  const errors = body.filter((cells) => cells[last].startsWith('ERROR')).length;
  console.log(
    `\n${missed === 0 && errors === 0 ? 'Every target met.' : `${missed} target(s) missed, ${errors} measure(s) failed.`} ` +
      'Wall-clock medians of fresh processes (CPU = user + system time of the same runs); a busy machine ' +
      '(see the load average) inflates the wall times.',
  );
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  onlySections = options.only ?? null;
  const many = (count) => (Number.isInteger(options.runs) && options.runs > 0 ? options.runs : count);
  const environment = machine();
  const started = performance.now();
  for (const name of ['core', 'sources', 'data', 'report']) {
    if (!existsSync(fileURLToPath(packageEntry(name)))) {
      console.error(
        `[bench] packages/${name}/dist is missing: run \`npx turbo run build\` first (npm run bench does).`,
      );
    }
  }
  const hasMirror = existsSync(join(dataDir, 'MANIFEST.tsv'));
  if (!hasMirror) console.error(`[bench] no data mirror at ${dataDir}: the mirror and build measures fail.`);

  const parseMeasure = ['Parse the whole mirror (every adapter)', { target: 3000 }];
  await section(
    'parsing the whole mirror',
    [parseMeasure],
    async () => {
      if (!hasMirror) throw new Error('no data mirror');
      const runs = [];
      for (let run = 0; run < many(3); run++) runs.push(await runTask('parse-mirror'));
      addRow(
        parseMeasure[0],
        runs.map((run) => run.parse),
        parseMeasure[1],
      );
      details.parseMirror = runs;
    },
    'parse',
  );

  const buildMeasures = [
    ['Build the dataset (buildDataset)', { target: 5000 }],
    ['Build the snapshot (build + verify + write)', {}],
    ['Build peak memory (max RSS)', { unit: 'MB', target: 400 }],
  ];
  await section(
    'building the dataset and the snapshot',
    buildMeasures,
    async () => {
      if (!hasMirror) throw new Error('no data mirror');
      const runs = [];
      for (let run = 0; run < many(3); run++) runs.push(await runTask('build'));
      addRows(
        buildMeasures,
        ['build', 'snapshot', 'maxRssMB'].map((key) => runs.map((run) => run[key])),
      );
      details.build = runs;
      details.buildDeterministic = new Set(runs.map((run) => run.hash)).size === 1;
    },
    'build',
  );

  const loadMeasures = [
    ['Load the snapshot (loadDataset, no tasks)', { target: 50 }],
    [`Load one occupation's tasks (getProfile ${CODE})`, {}],
    ['Load every task (loadTasks)', {}],
  ];
  await section(
    'loading the snapshot',
    loadMeasures,
    async () => {
      const runs = [];
      for (let run = 0; run < many(7); run++) runs.push(await runTask('load'));
      addRows(
        loadMeasures,
        ['dataset', 'profile', 'allTasks'].map((key) => runs.map((run) => run[key])),
      );
      details.load = runs;
    },
    'load',
  );

  const scoreMeasures = [
    ['scoreAll, default methodology (cached model, warm)', { target: 2 }],
    ['scoreAll, default methodology (new dataset object)', {}],
    ['scoreAll, first call in a process', {}],
  ];
  await section(
    'scoreAll',
    scoreMeasures,
    async () => {
      const run = await runTask('score');
      addRows(scoreMeasures, [run.warm, run.fresh, [run.first]]);
      details.score = run;
    },
    'score',
  );

  const uncertaintyMeasure = [
    `Uncertainty, every occupation (${DRAWS.toLocaleString('en-US')} draws)`,
    { target: 1000 },
  ];
  await section(
    'uncertainty intervals',
    [uncertaintyMeasure],
    async () => {
      const run = await runTask('uncertainty');
      addRow(uncertaintyMeasure[0], run.runs, uncertaintyMeasure[1]);
      details.uncertainty = run;
    },
    'uncertainty',
  );

  const commands = [
    [`CLI cold start: report ${CODE} --format text`, ['report', CODE, '--format', 'text']],
    ['CLI cold start: export --format csv', ['export', '--format', 'csv']],
  ];
  await section(
    'CLI cold start',
    commands.map(([measure]) => [measure, { target: 250 }]),
    async () => {
      if (!existsSync(CLI)) throw new Error('packages/cli/dist/bin.js is missing');
      details.cli = {};
      for (const [measure, args] of commands) {
        const warmUp = await runNode([CLI, ...args], { capture: false });
        if (warmUp.status !== 0) {
          const reason = warmUp.stderr.trim().split('\n')[0];
          addError(measure, new Error(`exit status ${warmUp.status}: ${reason}`), { target: 250 });
          continue;
        }
        // Each run twice, alternately: as a user runs it, for the wall time, and under /usr/bin/time, for
        // the CPU time (the wrapper's own fork and exec add about 5 ms to the wall time here).
        const runs = [];
        for (let run = 0; run < many(7); run++) {
          const { ms } = await runNode([CLI, ...args], { capture: false });
          const { cpuMs, maxRssMB } = await runNode([CLI, ...args], { capture: false, measureCpu: true });
          runs.push({ ms, cpuMs, maxRssMB });
        }
        addRow(measure, runs, { target: 250 });
        details.cli[args[0]] = runs.map(({ ms, cpuMs, maxRssMB }) => ({ ms, cpuMs, maxRssMB }));
      }
    },
    'cli',
  );

  printTable(environment, loadavg());
  if (details.buildDeterministic !== undefined) {
    console.log(
      `The snapshot was byte-identical across the build runs: ${details.buildDeterministic ? 'yes' : 'NO'}.`,
    );
  }
  const adapters = details.parseMirror?.[0]?.adapters;
  if (adapters) {
    const top = Object.entries(adapters)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, ms]) => `${name} ${format(ms, 'ms')}`);
    console.log(`Slowest adapters (first run): ${top.join(', ')}.`);
    const failures = details.parseMirror.flatMap((run) => run.failures);
    if (failures.length > 0) console.log(`Adapters that failed: ${[...new Set(failures)].join('; ')}`);
  }
  console.log(`Bench time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (options.json) {
    await writeFile(options.json, `${JSON.stringify({ environment, rows, details }, null, 2)}\n`);
    console.log(`Wrote ${options.json}.`);
  }
}

const taskIndex = process.argv.indexOf('--task');
if (taskIndex !== -1) {
  const name = process.argv[taskIndex + 1];
  const task = TASKS[name];
  if (!task) {
    console.error(`unknown task ${name}`);
    process.exit(2);
  }
  console.log(JSON.stringify(await task()));
} else {
  try {
    await main();
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`);
  }
  process.exitCode = 0;
}
