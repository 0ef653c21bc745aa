import {
  SNAPSHOT_FILES,
  installedSnapshotDirectory,
  openAtomicFile,
  sourceFileOf,
  taskFileOf,
  toSnapshot,
  writeFileAtomic
} from "./chunk-ATTVIM43.js";
import {
  CliUsageError
} from "./chunk-5HVIVQ3A.js";
import {
  readDelimited
} from "./chunk-QLEFYT4L.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/commands/data-command.ts
import { relative, resolve as resolve4, sep } from "path";

// ../data/src/snapshot/write-snapshot.ts
import { mkdir, readdir, rm } from "fs/promises";
import { join as join4 } from "path";

// ../data/src/dataset/build-dataset.ts
import { join } from "path";

// ../data/src/dataset/source-links.ts
function linksForSoc(code, rules, structure) {
  const direct = rules.direct(code);
  if (direct.length > 0) return [...direct];
  const members = structure.aggregateMembers[code];
  if (!members) return [];
  return members.flatMap((member) => rules.direct(member));
}
function linksForOnetSoc(onetSocCode, rules, structure) {
  const own = rules.own?.(onetSocCode) ?? [];
  if (own.length > 0) return [...own];
  const parent = linksForSoc(onetSocCode.slice(0, 7), rules, structure);
  if (parent.length > 0) return parent;
  const matrixCode = structure.matrixCodeOf.get(onetSocCode);
  return matrixCode && matrixCode !== onetSocCode.slice(0, 7) ? linksForSoc(matrixCode, rules, structure) : [];
}

// ../data/src/dataset/build-dataset.ts
var DATASET_SCHEMA_VERSION = 1;
var byCode = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function universeOf(descriptor, entries) {
  const sorted = [...entries].sort(([a], [b]) => byCode(a, b));
  return { descriptor, codes: sorted.map(([code]) => code), values: sorted.map(([, value]) => value) };
}
async function buildDataset(options) {
  const {
    blsEmploymentChangeDescriptor,
    blsOpeningsDescriptor,
    buildAiResilienceModel,
    createCrosswalk,
    DEFAULT_WAGE_BILL_SCENARIO,
    employmentFactsOf,
    loadAdaptiveCapacityProxy,
    loadAioe,
    loadAiResilienceModelInputs,
    loadAnthropicObservedExposure,
    loadBlsProjections,
    loadEloundouOccupations,
    loadMicrosoftAiApplicability,
    loadNemOnetToSocCrosswalk,
    loadOnetOccupations,
    loadSoc2010To2018Crosswalk,
    loadSocDefinitions2018,
    loadWageBill,
    loadWillRobotsTakeMyJob,
    matrixAggregateMembers,
    wageBillGroupFor
  } = await import("./src-QYBINDYQ.js");
  const path = (relative2) => join(options.dataDir, relative2);
  const total = 4;
  let done = 0;
  const progress = (step) => options.onProgress?.({ done: ++done, total, step });
  const scenario = options.wageBillScenario ?? DEFAULT_WAGE_BILL_SCENARIO;
  const wageBillFile = scenario.startsWith("v1.3") ? "althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv" : "althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv";
  const modelInputs = await loadAiResilienceModelInputs(options.dataDir);
  const bls = await loadBlsProjections(path("bls/occupation.xlsx"));
  const nem = await loadNemOnetToSocCrosswalk(path("bls/nem-onet-to-soc-crosswalk.xlsx"));
  const onetOccupations = await loadOnetOccupations(
    path("onet/30.3/occupation_data.csv"),
    "onet/30.3/occupation_data.csv"
  );
  const socDefinitions = await loadSocDefinitions2018(path("bls/soc_2018_definitions.xlsx"));
  const anthropic = await loadAnthropicObservedExposure(path("anthropic/job_exposure.csv"));
  const microsoft = await loadMicrosoftAiApplicability(path("microsoft/soc_ai_applicability_scores.csv"));
  const robots = await loadWillRobotsTakeMyJob(path("frey_osborne/willrobotstakemyjob_scrape_jobData.csv"));
  const wageBill = await loadWageBill(path(wageBillFile), wageBillFile, { scenario });
  const adaptive = await loadAdaptiveCapacityProxy(
    path("manning_aguirre/proxy_jricciardi/occupation_benchmarks.json")
  );
  const eloundou = await loadEloundouOccupations(path("eloundou/occ_level.csv"));
  const aioe = await loadAioe(path("aioe/AIOE_DataAppendix.xlsx"));
  progress("read the source files");
  const model = buildAiResilienceModel(modelInputs, options.taskModel);
  progress("built the task model");
  const lineItems = bls.records.filter((record) => record.occupationType === "Line item");
  const structure = {
    aggregateMembers: matrixAggregateMembers(nem.records),
    matrixCodeOf: new Map(nem.records.map((record) => [record.from, record.to]))
  };
  const crosswalk2010 = createCrosswalk(
    modelInputs.socCrosswalk ?? (await loadSoc2010To2018Crosswalk(path("crosswalk/soc_2010_to_2018_crosswalk.csv"))).records
  );
  const crosswalkFiles = (modelInputs.files ?? []).filter(
    (file) => file.path.endsWith("soc_2010_to_2018_crosswalk.csv")
  );
  const occupations = [
    ...lineItems.map(
      (record) => ({
        code: record.code,
        title: record.title,
        kind: "soc",
        lineItem: true,
        ...record.employment2024 === null ? {} : { employment: record.employment2024 }
      })
    ),
    ...onetOccupations.records.map(
      (record) => ({
        code: record.code,
        title: record.title,
        kind: "onet-soc",
        parent: record.code.slice(0, 7),
        lineItem: false
      })
    )
  ];
  const sameCode = (universe) => (code) => universe.has(code) ? [code] : [];
  const sources = {};
  const coverage = [];
  const addSource = (id, built, rules, joinFiles = []) => {
    const links = {};
    const reached = /* @__PURE__ */ new Set();
    let lineItemsDirect = 0;
    let lineItemsLinked = 0;
    const native = new Set(built.codes);
    for (const occupation of occupations) {
      const linked = occupation.kind === "soc" ? linksForSoc(occupation.code, rules, structure) : linksForOnetSoc(occupation.code, rules, structure);
      if (linked.length === 0) continue;
      links[occupation.code] = linked;
      for (const code of linked) reached.add(code);
      if (occupation.lineItem) {
        lineItemsLinked++;
        if (native.has(occupation.code)) lineItemsDirect++;
      }
    }
    const files = /* @__PURE__ */ new Map();
    for (const file of [...built.descriptor.files, ...joinFiles, ...nem.descriptor.files])
      files.set(file.path, file);
    sources[id] = {
      descriptor: { ...built.descriptor, id, files: [...files.values()] },
      universe: { codes: built.codes, values: built.values },
      links
    };
    coverage.push({
      sourceId: id,
      nativeCodes: built.codes.length,
      lineItemsDirect,
      lineItemsLinked,
      unmapped: built.codes.filter((code) => !reached.has(code))
    });
  };
  const modelValues = model.occupations.flatMap(
    (occupation) => occupation.resilience === null ? [] : [[occupation.onetSocCode, occupation.resilience]]
  );
  const modelCodes = new Set(modelValues.map(([code]) => code));
  const modelChildren = /* @__PURE__ */ new Map();
  for (const code of [...modelCodes].sort(byCode)) {
    const parent = code.slice(0, 7);
    modelChildren.set(parent, [...modelChildren.get(parent) ?? [], code]);
  }
  addSource("ai-resilience-model", universeOf(model.descriptor, modelValues), {
    direct: (code) => modelCodes.has(`${code}.00`) ? [`${code}.00`] : modelChildren.get(code) ?? [],
    own: sameCode(modelCodes)
  });
  const anthropicUniverse = universeOf(
    anthropic.descriptor,
    anthropic.records.map((record) => [record.code, record.value])
  );
  addSource("anthropic-observed-exposure", anthropicUniverse, {
    direct: sameCode(new Set(anthropicUniverse.codes))
  });
  const microsoftUniverse = universeOf(
    microsoft.descriptor,
    microsoft.records.map((record) => [record.code, record.value])
  );
  addSource("microsoft-ai-applicability", microsoftUniverse, {
    direct: sameCode(new Set(microsoftUniverse.codes))
  });
  const robotsUniverse = universeOf(
    robots.descriptor,
    robots.records.map((record) => [record.code, record.value])
  );
  const robotsCodes = new Set(robotsUniverse.codes);
  addSource(
    "will-robots-take-my-job",
    robotsUniverse,
    { direct: (code) => crosswalk2010.sourcesOf(code).filter((source) => robotsCodes.has(source)) },
    crosswalkFiles
  );
  const openings = lineItems.flatMap(
    (record) => record.annualOpenings === null ? [] : [[record.code, record.annualOpenings]]
  );
  const openingsUniverse = universeOf(blsOpeningsDescriptor(bls.descriptor.files), openings);
  addSource("bls-annual-openings", openingsUniverse, { direct: sameCode(new Set(openingsUniverse.codes)) });
  const change = lineItems.flatMap(
    (record) => record.employmentChangePercent === null ? [] : [[record.code, record.employmentChangePercent]]
  );
  const changeUniverse = universeOf(blsEmploymentChangeDescriptor(bls.descriptor.files), change);
  addSource("bls-employment-change", changeUniverse, { direct: sameCode(new Set(changeUniverse.codes)) });
  const wageBillUniverse = universeOf(
    wageBill.descriptor,
    wageBill.records.map((record) => [record.code, record.value])
  );
  addSource("wage-bill", wageBillUniverse, {
    direct: (code) => {
      const group = wageBillGroupFor(code, wageBillUniverse.codes);
      return group === null ? [] : [group];
    }
  });
  const adaptiveUniverse = universeOf(
    adaptive.descriptor,
    adaptive.records.map((record) => [record.code, record.value])
  );
  addSource("adaptive-capacity", adaptiveUniverse, { direct: sameCode(new Set(adaptiveUniverse.codes)) });
  const eloundouUniverse = universeOf(
    eloundou.descriptor,
    eloundou.records.map((record) => [record.code, record.value])
  );
  const eloundouCodes = new Set(eloundouUniverse.codes);
  const eloundouChildren = /* @__PURE__ */ new Map();
  for (const code of eloundouUniverse.codes) {
    const parent = code.slice(0, 7);
    eloundouChildren.set(parent, [...eloundouChildren.get(parent) ?? [], code]);
  }
  addSource("eloundou-gpt4-exposure", eloundouUniverse, {
    direct: (code) => eloundouCodes.has(`${code}.00`) ? [`${code}.00`] : eloundouChildren.get(code) ?? [],
    own: sameCode(eloundouCodes)
  });
  const aioeUniverse = universeOf(
    aioe.descriptor,
    aioe.records.map((record) => [record.code, record.value])
  );
  const aioeCodes = new Set(aioeUniverse.codes);
  addSource(
    "aioe",
    aioeUniverse,
    { direct: (code) => crosswalk2010.sourcesOf(code).filter((source) => aioeCodes.has(source)) },
    crosswalkFiles
  );
  for (const [id, alternative] of [
    ["wage-bill-genai-v1-2", "v1.2-genai"],
    ["wage-bill-genai-v1-3", "v1.3-genai"]
  ]) {
    if (alternative === scenario) continue;
    const file = alternative.startsWith("v1.3") ? "althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv" : "althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv";
    const parsed = await loadWageBill(path(file), file, { scenario: alternative });
    const universe = universeOf(
      { ...parsed.descriptor, label: `${parsed.descriptor.label} (${alternative})` },
      parsed.records.map((record) => [record.code, record.value])
    );
    addSource(id, universe, {
      direct: (code) => {
        const group = wageBillGroupFor(code, universe.codes);
        return group === null ? [] : [group];
      }
    });
  }
  progress("joined the sources");
  const facts = {};
  for (const record of lineItems) facts[record.code] = employmentFactsOf(record);
  const descriptions = {};
  for (const record of socDefinitions.records) {
    if (record.definition) descriptions[record.code] = record.definition;
  }
  for (const record of onetOccupations.records) descriptions[record.code] = record.description;
  const tasks = {};
  for (const task of model.tasks) {
    const entry = {
      taskId: task.taskId,
      statement: task.statement,
      taskType: task.taskType,
      resilience: task.resilience,
      automationLikelihood: task.automationLikelihood,
      weight: task.weight,
      signals: task.signals.map((signal) => ({
        signal: signal.signal,
        value: signal.value,
        join: signal.join
      }))
    };
    const list = tasks[task.onetSocCode];
    if (list) list.push(entry);
    else tasks[task.onetSocCode] = [entry];
  }
  for (const list of Object.values(tasks)) {
    list.sort((a, b) => (b.resilience ?? -1) - (a.resilience ?? -1) || a.taskId - b.taskId);
  }
  progress("collected facts, descriptions and tasks");
  return {
    dataset: {
      schemaVersion: DATASET_SCHEMA_VERSION,
      label: `airesilience dataset (O*NET 30.3, BLS EP 2024\u201334, wage bill ${scenario})`,
      occupations,
      sources
    },
    facts,
    descriptions,
    tasks,
    coverage,
    taskModel: model.coverage,
    matrixCodeOf: Object.fromEntries([...structure.matrixCodeOf].sort(([a], [b]) => byCode(a, b)))
  };
}

// ../data/src/mirror/verify-mirror.ts
import { stat } from "fs/promises";
import { join as join3, resolve } from "path";

// ../data/src/mirror/hash-file.ts
import { createHash } from "crypto";
import { createReadStream } from "fs";
async function hashFile(path, signal) {
  const hash = createHash("sha256");
  let bytes = 0;
  const stream = createReadStream(path, {
    highWaterMark: 1024 * 1024,
    ...signal === void 0 ? {} : { signal }
  });
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest("hex"), bytes };
}

// ../data/src/mirror/mirror-file-report.ts
function describeMirrorFile(file) {
  const { path, expected, actual } = file;
  switch (file.status) {
    case "ok":
      return `${path} is intact (${expected.bytes} bytes, sha256 ${expected.sha256})`;
    case "missing":
      return `${path} is missing (expected ${expected.bytes} bytes, sha256 ${expected.sha256})`;
    case "size-mismatch":
      return `${path} has ${actual?.bytes} bytes, expected ${expected.bytes}: the file is truncated or was replaced`;
    case "checksum-mismatch":
      return `${path} was altered: its sha256 is ${actual?.sha256}, expected ${expected.sha256} (same size, ${expected.bytes} bytes)`;
  }
}

// ../data/src/mirror/mirror-integrity-error.ts
var LISTED = 5;
var MirrorIntegrityError = class extends AiResilienceError {
  /** The first failing file's path, relative to the mirror root. */
  path;
  /** What is wrong with the first failing file. */
  status;
  /** The size and sha256 the manifest records for the first failing file. */
  expected;
  /** The size and sha256 found for the first failing file, or `null` when it is missing. */
  actual;
  /** Every failing file, in manifest order. */
  files;
  /** Where the files were checked or fetched from, when given. */
  location;
  /**
   * @param files - the failing files (at least one; `ok` entries are ignored).
   * @param options - the location for the message, and the optional `cause`.
   * @throws `AiResilienceError` with code `INVALID_ARGUMENT` when no file is failing.
   */
  constructor(files, options = {}) {
    const failing = files.filter((file) => file.status !== "ok");
    const first = failing[0];
    if (first === void 0) {
      throw new AiResilienceError("INVALID_ARGUMENT", "MirrorIntegrityError needs at least one failing file");
    }
    const listed = failing.slice(0, LISTED).map(describeMirrorFile).join("; ");
    const more = failing.length > LISTED ? `; and ${failing.length - LISTED} more` : "";
    const where = options.location === void 0 ? "" : ` (${options.location})`;
    super("DATA_INTEGRITY", `[data/mirror] ${listed}${more}${where}`, options);
    this.name = "MirrorIntegrityError";
    this.path = first.path;
    this.status = first.status;
    this.expected = first.expected;
    this.actual = first.actual;
    this.files = failing;
    this.location = options.location;
  }
  /**
   * @returns the plain-object form, with the failing files.
   */
  toJSON() {
    return { ...super.toJSON(), location: this.location, files: this.files };
  }
};

// ../data/src/mirror/read-manifest.ts
import { readFile } from "fs/promises";
import { join as join2 } from "path";

// ../data/src/mirror/parse-manifest.ts
var MANIFEST_FILE_NAME = "MANIFEST.tsv";
var MANIFEST_SOURCE_ID = "data-manifest";
var MANIFEST_COLUMNS = [
  "path",
  "source_repo",
  "path_in_repo",
  "commit",
  "publisher",
  "vintage",
  "license",
  "sha256",
  "bytes",
  "notes"
];
var SHA256 = /^[0-9a-f]{64}$/;
var BYTE_COUNT = /^\d+$/;
function parseManifest(input, options = {}) {
  const table = readDelimited(input, {
    source: MANIFEST_SOURCE_ID,
    file: options.file ?? MANIFEST_FILE_NAME,
    delimiter: "	",
    requiredColumns: MANIFEST_COLUMNS
  });
  const seen = /* @__PURE__ */ new Map();
  return table.rows.map((row) => {
    const path = table.text(row, "path").trim();
    const unsafe = unsafePathReason(path);
    if (unsafe !== void 0) throw table.error(unsafe, row.line, "path");
    const previous = seen.get(path);
    if (previous !== void 0)
      throw table.error(`duplicate path ${path} (first listed on row ${previous})`, row.line, "path");
    seen.set(path, row.line);
    const sha256 = table.text(row, "sha256").trim();
    if (!SHA256.test(sha256)) {
      throw table.error(
        `must be a sha256 of 64 lowercase hex digits, got ${JSON.stringify(sha256)}`,
        row.line,
        "sha256"
      );
    }
    const size = table.text(row, "bytes").trim();
    const bytes = Number(size);
    if (!BYTE_COUNT.test(size) || !Number.isSafeInteger(bytes)) {
      throw table.error(
        `must be a file size as a whole number of bytes, got ${JSON.stringify(size)}`,
        row.line,
        "bytes"
      );
    }
    return {
      path,
      sourceRepo: table.text(row, "source_repo").trim(),
      pathInRepo: table.text(row, "path_in_repo").trim(),
      commit: table.text(row, "commit").trim(),
      publisher: table.text(row, "publisher").trim(),
      vintage: table.text(row, "vintage").trim(),
      license: table.text(row, "license").trim(),
      sha256,
      bytes,
      notes: table.text(row, "notes").trim(),
      row: row.line
    };
  });
}
function unsafePathReason(path) {
  if (path === "") return "must be a file path, got an empty cell";
  const quoted = JSON.stringify(path);
  if (path.includes("\\")) return `must use / as separator, got ${quoted}`;
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
    return `must be relative to the mirror root, got ${quoted}`;
  const segments = path.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === ".."))
    return `must stay inside the mirror (no empty, "." or ".." segment), got ${quoted}`;
  if (path === MANIFEST_FILE_NAME) return `must not list the manifest itself`;
  if (/[\u0000-\u001f]/.test(path)) return `must not contain control characters, got ${quoted}`;
  return void 0;
}

// ../data/src/mirror/read-manifest.ts
async function readManifest(dataDir) {
  const path = join2(dataDir, MANIFEST_FILE_NAME);
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    const missing = cause.code === "ENOENT";
    throw new AiResilienceError(
      "IO",
      missing ? `[data/mirror] no ${MANIFEST_FILE_NAME} in ${dataDir}: is it the data mirror's root directory?` : `[data/mirror] cannot read ${path}: ${cause.message}`,
      { cause }
    );
  }
  return { path, bytes, entries: parseManifest(bytes, { file: path }) };
}

// ../data/src/mirror/run-concurrently.ts
async function runConcurrently(items, concurrency, worker, signal) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const lane = async () => {
    while (failure === void 0 && !controller.signal.aborted && next < items.length) {
      const index = next++;
      try {
        results[index] = await worker(items[index], index, controller.signal);
      } catch (error) {
        failure ??= { error };
        controller.abort(error);
      }
    }
  };
  try {
    const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  if (failure !== void 0) throw failure.error;
  signal?.throwIfAborted();
  return results;
}

// ../data/src/mirror/verify-mirror.ts
async function verifyMirror(dataDir, options = {}) {
  const root = resolve(dataDir);
  const entries = options.manifest ?? (await readManifest(root)).entries;
  let done = 0;
  const files = await runConcurrently(
    entries,
    options.concurrency ?? 4,
    async (entry, _index, signal) => {
      const report = await checkFile(root, entry, signal);
      done += 1;
      options.onProgress?.({
        done,
        total: entries.length,
        path: entry.path,
        bytes: report.actual?.bytes ?? 0,
        status: report.status
      });
      return report;
    },
    options.signal
  );
  const problems = files.filter((file) => file.status !== "ok").map(describeMirrorFile);
  const bytesRead = files.reduce((sum, file) => sum + (file.actual?.bytes ?? 0), 0);
  return { ok: problems.length === 0, dataDir: root, files, problems, bytesRead };
}
async function assertMirror(dataDir, options = {}) {
  const report = await verifyMirror(dataDir, options);
  if (!report.ok) throw new MirrorIntegrityError(report.files, { location: report.dataDir });
  return report;
}
async function checkFile(root, entry, signal) {
  const expected = { sha256: entry.sha256, bytes: entry.bytes };
  const path = join3(root, ...entry.path.split("/"));
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return { path: entry.path, status: "missing", expected, actual: null };
  } catch (cause) {
    if (cause.code === "ENOENT" || cause.code === "ENOTDIR")
      return { path: entry.path, status: "missing", expected, actual: null };
    throw new AiResilienceError("IO", `[data/mirror] cannot read ${path}: ${cause.message}`, {
      cause
    });
  }
  let actual;
  try {
    actual = await hashFile(path, signal);
  } catch (cause) {
    signal?.throwIfAborted();
    throw new AiResilienceError("IO", `[data/mirror] cannot read ${path}: ${cause.message}`, {
      cause
    });
  }
  const status = actual.bytes !== expected.bytes ? "size-mismatch" : actual.sha256 !== expected.sha256 ? "checksum-mismatch" : "ok";
  return { path: entry.path, status, expected, actual };
}

// ../data/src/snapshot/write-snapshot.ts
var LEGACY_TASKS_FILE = "tasks.json";
function toAsciiJson(document) {
  const json = JSON.stringify(document).replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `${json}
`;
}
async function writeSnapshot(built, directory) {
  const documents = toSnapshot(built);
  const tasksDirectory = join4(directory, SNAPSHOT_FILES.tasks);
  const sourcesDirectory = join4(directory, SNAPSHOT_FILES.sources);
  await mkdir(tasksDirectory, { recursive: true });
  await mkdir(sourcesDirectory, { recursive: true });
  const write = async (relative2, document) => {
    const text = toAsciiJson(document);
    const path = join4(directory, relative2);
    await writeFileAtomic(path, text);
    return { path, bytes: Buffer.byteLength(text) };
  };
  const written = await Promise.all([
    ...documents.tasks.map(({ majorGroup, document }) => write(taskFileOf(majorGroup), document)),
    ...documents.sources.map(({ id, document }) => write(sourceFileOf(id), document))
  ]);
  written.push(await write(SNAPSHOT_FILES.dataset, documents.dataset));
  const currentTasks = new Set(documents.tasks.map(({ majorGroup }) => `${majorGroup}.json`));
  const staleTasks = (await readdir(tasksDirectory)).filter(
    (name) => /^\d{2}\.json$/.test(name) && !currentTasks.has(name)
  );
  const currentSources = new Set(documents.sources.map(({ id }) => `${id}.json`));
  const staleSources = (await readdir(sourcesDirectory)).filter(
    (name) => name.endsWith(".json") && !currentSources.has(name)
  );
  await Promise.all([
    rm(join4(directory, LEGACY_TASKS_FILE), { force: true }),
    ...staleTasks.map((name) => rm(join4(tasksDirectory, name), { force: true })),
    ...staleSources.map((name) => rm(join4(sourcesDirectory, name), { force: true }))
  ]);
  return written;
}
async function buildSnapshot(options) {
  const verify = options.verify !== false;
  let built;
  try {
    built = await buildDataset(options);
  } catch (error) {
    if (verify) await assertMirror(options.dataDir);
    throw error;
  }
  if (verify) await assertMirror(options.dataDir);
  return { built, files: await writeSnapshot(built, options.snapshotDirectory) };
}

// ../data/src/mirror/data-pull-error.ts
var DataPullError = class extends AiResilienceError {
  /** The file's path relative to the mirror root. */
  path;
  /** The URL or local path the file was fetched from. */
  origin;
  /** The kind of failure. */
  failure;
  /** The HTTP status of the last response, when there was one. */
  status;
  /** How many attempts were made. */
  attempts;
  /** What went wrong, without the file and origin prefix. */
  reason;
  /**
   * @param details - the file, origin, failure kind, HTTP status, attempts, reason and `cause`.
   */
  constructor(details) {
    const tries = details.attempts > 1 ? ` after ${details.attempts} attempts` : "";
    super("IO", `[data/pull] ${details.path}: ${details.origin} ${details.reason}${tries}`, details);
    this.name = "DataPullError";
    this.path = details.path;
    this.origin = details.origin;
    this.failure = details.failure;
    this.status = details.status;
    this.attempts = details.attempts;
    this.reason = details.reason;
  }
  /**
   * @returns the plain-object form, with the file, origin, failure kind, status and attempts.
   */
  toJSON() {
    return {
      ...super.toJSON(),
      path: this.path,
      origin: this.origin,
      failure: this.failure,
      status: this.status,
      attempts: this.attempts
    };
  }
};

// ../data/src/mirror/pull-data.ts
import { createHash as createHash2 } from "crypto";
import { mkdir as mkdir2, readFile as readFile2 } from "fs/promises";
import { join as join6, resolve as resolve3 } from "path";
import { setTimeout as sleep } from "timers/promises";

// ../data/src/mirror/data-origin.ts
import { createReadStream as createReadStream2 } from "fs";
import { stat as stat2 } from "fs/promises";
import { join as join5, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";
var TransferFailure = class extends Error {
  /** The kind of failure, as {@link DataPullError} reports it. */
  failure;
  /** Whether another attempt may succeed. */
  retryable;
  /** The HTTP status, when there was a response. */
  status;
  /**
   * @param failure - the kind of failure.
   * @param reason - what went wrong, e.g. `returned 503 Service Unavailable`.
   * @param retryable - whether another attempt may succeed.
   * @param details - the HTTP status and the cause.
   */
  constructor(failure, reason, retryable, details = {}) {
    super(reason, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = "TransferFailure";
    this.failure = failure;
    this.retryable = retryable;
    this.status = details.status;
  }
};
function createDataOrigin(from, fetchImplementation) {
  const text = String(from);
  if (/^https?:\/\//i.test(text))
    return new HttpOrigin(new URL(text.endsWith("/") ? text : `${text}/`), fetchImplementation);
  if (/^file:/i.test(text)) return new LocalOrigin(fileURLToPath(text));
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `[data/pull] \`from\` must be a directory or an http(s) URL, got ${JSON.stringify(text)}`
    );
  }
  return new LocalOrigin(text);
}
var HttpOrigin = class {
  kind = "http";
  base;
  #baseUrl;
  #fetch;
  constructor(baseUrl, fetchImplementation) {
    this.#baseUrl = baseUrl;
    this.base = baseUrl.href;
    this.#fetch = fetchImplementation;
  }
  locate(path) {
    return new URL(path.split("/").map(encodeURIComponent).join("/"), this.#baseUrl).href;
  }
  async open(path, signal) {
    let response;
    try {
      response = await this.#fetch(this.locate(path), { signal, redirect: "follow" });
    } catch (cause) {
      throw new TransferFailure("unreachable", `could not be fetched: ${networkReason(cause)}`, true, {
        cause
      });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => void 0);
      const { status } = response;
      const said = `returned ${status}${response.statusText ? ` ${response.statusText}` : ""}`;
      if (status === 404 || status === 410) {
        throw new TransferFailure(
          "not-found",
          `${said}: the file is not at that URL (is \`from\` the mirror's base URL?)`,
          false,
          {
            status
          }
        );
      }
      const transient = status >= 500 || status === 408 || status === 429;
      throw new TransferFailure(transient ? "unreachable" : "refused", said, transient, { status });
    }
    return readBody(response.body);
  }
};
async function* readBody(body) {
  if (body === null) return;
  const reader = body.getReader();
  let finished = false;
  try {
    while (true) {
      let next;
      try {
        next = await reader.read();
      } catch (cause) {
        throw new TransferFailure(
          "unreachable",
          `dropped the connection mid-file: ${networkReason(cause)}`,
          true,
          {
            cause
          }
        );
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => void 0);
    reader.releaseLock();
  }
}
var LocalOrigin = class {
  kind = "local";
  base;
  constructor(directory) {
    this.base = resolve2(directory);
  }
  locate(path) {
    return join5(this.base, ...path.split("/"));
  }
  async open(path, signal) {
    const location = this.locate(path);
    try {
      const stats = await stat2(location);
      if (!stats.isFile()) throw new TransferFailure("not-found", "is not a regular file", false);
    } catch (cause) {
      if (cause instanceof TransferFailure) throw cause;
      const code = cause.code;
      if (code === "ENOENT" || code === "ENOTDIR")
        throw new TransferFailure("not-found", "does not exist", false, { cause });
      throw new TransferFailure("unreachable", `cannot be read: ${cause.message}`, false, {
        cause
      });
    }
    return readLocal(location, signal);
  }
};
async function* readLocal(location, signal) {
  const stream = createReadStream2(location, { highWaterMark: 1024 * 1024, signal });
  try {
    for await (const chunk of stream) yield chunk;
  } catch (cause) {
    throw new TransferFailure("unreachable", `cannot be read: ${cause.message}`, false, { cause });
  } finally {
    stream.destroy();
  }
}
function networkReason(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) return `${error.message} (${cause.code ?? cause.message})`;
  return error.message;
}

// ../data/src/mirror/pull-data.ts
var MAX_RETRY_DELAY_MS = 3e4;
async function pullData(options) {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const origin = createDataOrigin(options.from, fetchImplementation);
  const root = resolve3(options.to);
  const signal = options.signal ?? new AbortController().signal;
  const settings = {
    origin,
    signal,
    retries: nonNegative(options.retries ?? 3, "retries"),
    retryDelayMs: nonNegative(options.retryDelayMs ?? 500, "retryDelayMs"),
    timeoutMs: positive(options.timeoutMs ?? 3e4, "timeoutMs"),
    ...options.onRetry === void 0 ? {} : { onRetry: options.onRetry }
  };
  try {
    await mkdir2(root, { recursive: true });
  } catch (cause) {
    throw new AiResilienceError("IO", `[data/pull] cannot create ${root}: ${cause.message}`, {
      cause
    });
  }
  const manifestBytes = await withRetries(
    MANIFEST_FILE_NAME,
    settings,
    (attemptSignal) => receive(MANIFEST_FILE_NAME, settings, attemptSignal, collect())
  );
  const entries = parseManifest(manifestBytes.value, { file: origin.locate(MANIFEST_FILE_NAME) });
  let done = 0;
  const files = await runConcurrently(
    entries,
    options.concurrency ?? 4,
    async (entry, _index, laneSignal) => {
      const existing = await checkFile(root, entry, laneSignal);
      let pulled;
      if (existing.status === "ok") {
        pulled = { path: entry.path, action: "skipped", bytes: entry.bytes, attempts: 0 };
      } else {
        const attempts = await transferFile(entry, root, { ...settings, signal: laneSignal });
        const action = origin.kind === "http" ? "downloaded" : "copied";
        pulled = { path: entry.path, action, bytes: entry.bytes, attempts };
      }
      done += 1;
      options.onProgress?.({
        done,
        total: entries.length,
        path: entry.path,
        bytes: entry.bytes,
        action: pulled.action
      });
      return pulled;
    },
    signal
  );
  const manifestPath = join6(root, MANIFEST_FILE_NAME);
  const current = await readFile2(manifestPath).catch(() => void 0);
  if (current === void 0 || !Buffer.from(manifestBytes.value).equals(current)) {
    await writeFileAtomic(manifestPath, manifestBytes.value);
  }
  const transferredBytes = files.reduce((sum, file) => sum + (file.action === "skipped" ? 0 : file.bytes), 0);
  return { from: origin.base, to: root, files, transferredBytes, manifestPath };
}
var IdleTimeout = class extends Error {
};
async function transferFile(entry, root, settings) {
  const target = join6(root, ...entry.path.split("/"));
  const { attempts } = await withRetries(entry.path, settings, async (attemptSignal) => {
    const file = await openAtomicFile(target, { createParentDirectories: true });
    return receive(entry.path, settings, attemptSignal, verifiedWrite(entry, file, settings.origin));
  });
  return attempts;
}
function collect() {
  const chunks = [];
  return {
    write: async (chunk) => {
      chunks.push(chunk);
    },
    finish: async () => new Uint8Array(Buffer.concat(chunks)),
    abort: async () => void 0
  };
}
function verifiedWrite(entry, file, origin) {
  const hash = createHash2("sha256");
  let bytes = 0;
  const corrupt = (status, sha256) => {
    const report = {
      path: entry.path,
      status,
      expected: { sha256: entry.sha256, bytes: entry.bytes },
      actual: { sha256, bytes }
    };
    return new CorruptTransfer(report, origin.locate(entry.path));
  };
  return {
    write: async (chunk) => {
      bytes += chunk.byteLength;
      if (bytes > entry.bytes) throw corrupt("size-mismatch", hash.copy().update(chunk).digest("hex"));
      hash.update(chunk);
      await file.write(chunk);
    },
    finish: async () => {
      const sha256 = hash.digest("hex");
      if (bytes !== entry.bytes) throw corrupt("size-mismatch", sha256);
      if (sha256 !== entry.sha256) throw corrupt("checksum-mismatch", sha256);
      await file.commit();
    },
    abort: () => file.abort()
  };
}
var CorruptTransfer = class extends TransferFailure {
  report;
  location;
  constructor(report, location) {
    super("unreachable", `sent bytes that do not match the manifest (${report.status})`, true);
    this.report = report;
    this.location = location;
  }
};
async function receive(path, settings, signal, sink) {
  const idle = new AbortController();
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(new IdleTimeout()), settings.timeoutMs);
  };
  const attemptSignal = AbortSignal.any([signal, idle.signal]);
  try {
    arm();
    const chunks = await settings.origin.open(path, attemptSignal);
    for await (const chunk of chunks) {
      arm();
      await sink.write(chunk);
    }
    clearTimeout(timer);
    return await sink.finish();
  } catch (error) {
    await sink.abort();
    if (idle.signal.aborted && !signal.aborted) {
      throw new TransferFailure("unreachable", `sent no data for ${settings.timeoutMs} ms`, true, {
        cause: error
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
async function withRetries(path, settings, attempt) {
  const location = settings.origin.locate(path);
  for (let attempts = 1; ; attempts++) {
    try {
      return { value: await attempt(settings.signal), attempts };
    } catch (error) {
      settings.signal.throwIfAborted();
      if (!(error instanceof TransferFailure)) throw error;
      if (!error.retryable || attempts > settings.retries) throw finalError(path, location, error, attempts);
      const delayMs = Math.min(settings.retryDelayMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
      settings.onRetry?.({ path, origin: location, attempt: attempts, delayMs, reason: error.message });
      await sleep(delayMs, void 0, { signal: settings.signal }).catch((sleepError) => {
        settings.signal.throwIfAborted();
        throw sleepError;
      });
    }
  }
}
function finalError(path, location, failure, attempts) {
  if (failure instanceof CorruptTransfer) {
    return new MirrorIntegrityError([failure.report], {
      location: `downloaded from ${failure.location}, ${attempts} attempt${attempts === 1 ? "" : "s"}`,
      cause: failure
    });
  }
  return new DataPullError({
    path,
    origin: location,
    failure: failure.failure,
    ...failure.status === void 0 ? {} : { status: failure.status },
    attempts,
    reason: failure.message,
    cause: failure
  });
}
function nonNegative(value, name) {
  if (!Number.isFinite(value) || value < 0)
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `[data/pull] \`${name}\` must be a number \u2265 0, got ${value}`
    );
  return value;
}
function positive(value, name) {
  if (!Number.isFinite(value) || value <= 0)
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `[data/pull] \`${name}\` must be a number > 0, got ${value}`
    );
  return value;
}

// src/progress.ts
function createProgress(io, title) {
  let lastPlain = -1;
  return {
    update(done, total, label) {
      const share = total > 0 ? done / total : 1;
      if (io.stderrIsTty) {
        const width = 24;
        const filled = Math.round(share * width);
        const bar = `${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)}`;
        io.stderr(
          `\r${title} ${bar} ${String(Math.round(share * 100)).padStart(3)}% ${label.slice(0, 40).padEnd(40)}`
        );
      } else {
        const decile = Math.floor(share * 10);
        if (decile !== lastPlain) {
          lastPlain = decile;
          io.stderr(`${title}: ${done}/${total} ${label}
`);
        }
      }
    },
    finish(message) {
      io.stderr(io.stderrIsTty ? `\r${" ".repeat(100)}\r${message}
` : `${message}
`);
    }
  };
}

// src/commands/data-command.ts
var ACTION_OPTIONS = {
  build: ["data-dir", "out"],
  verify: ["data-dir", "json"],
  pull: ["from", "to", "json"]
};
function dataDirectoryOf(context) {
  const { io, line } = context;
  return resolve4(io.cwd, line.options["data-dir"] ?? io.env.AIRESILIENCE_DATA_DIR ?? "../shared/data");
}
async function checkMirror(context, dataDir) {
  const { io } = context;
  const progress = createProgress(io, "verifying");
  const report = await verifyMirror(dataDir, {
    onProgress: (event) => progress.update(event.done, event.total, event.path)
  });
  progress.finish(
    report.ok ? `${dataDir}: all ${report.files.length} files match MANIFEST.tsv` : `${dataDir}: ${report.problems.length} of ${report.files.length} files do not match MANIFEST.tsv`
  );
  for (const problem of report.problems) io.stderr(`  ${problem}
`);
  return report;
}
function summariseFiles(root, files) {
  const groups = /* @__PURE__ */ new Map();
  for (const file of files) {
    const name = relative(root, file.path).split(sep).join("/");
    const slash = name.indexOf("/");
    const key = slash === -1 ? name : `${name.slice(0, slash)}/`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += file.bytes;
    groups.set(key, group);
  }
  const kib = (bytes) => `${Math.round(bytes / 1024).toLocaleString("en-US")} KiB`;
  return [...groups].map(
    ([name, group]) => name.endsWith("/") ? `${name} (${group.count} files, ${kib(group.bytes)})` : `${name} (${kib(group.bytes)})`
  );
}
async function dataCommand(context) {
  const { line, io } = context;
  const [action, ...extra] = line.positionals;
  if (action === void 0 || ACTION_OPTIONS[action] === void 0) {
    throw new CliUsageError(
      action === void 0 ? "data needs an action: build, verify or pull" : `unknown data action "${action}": use build, verify or pull`,
      "data"
    );
  }
  if (extra.length > 0) throw new CliUsageError(`data ${action} takes no further arguments`, "data");
  for (const [name, value] of Object.entries(line.options)) {
    if (value !== void 0 && ["data-dir", "out", "from", "to", "json"].includes(name)) {
      if (!ACTION_OPTIONS[action].includes(name)) {
        throw new CliUsageError(`data ${action} does not take --${name}`, "data");
      }
    }
  }
  if (action === "verify") {
    const dataDir = dataDirectoryOf(context);
    const report = await checkMirror(context, dataDir);
    if (line.options.json) {
      io.stdout(
        `${JSON.stringify(
          {
            dataDir: report.dataDir,
            ok: report.ok,
            files: report.files.map((file) => ({ path: file.path, status: file.status })),
            problems: report.problems
          },
          null,
          2
        )}
`
      );
    }
    if (!report.ok) throw new MirrorIntegrityError(report.files, { location: dataDir });
    return;
  }
  if (action === "build") {
    const dataDir = dataDirectoryOf(context);
    const snapshotDirectory = line.options.out ? resolve4(io.cwd, line.options.out) : installedSnapshotDirectory();
    const report = await checkMirror(context, dataDir);
    if (!report.ok) throw new MirrorIntegrityError(report.files, { location: dataDir });
    const progress2 = createProgress(io, "building");
    const { built, files } = await buildSnapshot({
      dataDir,
      snapshotDirectory,
      verify: false,
      onProgress: (event) => progress2.update(event.done, event.total, event.step)
    });
    progress2.finish(
      `snapshot of ${built.dataset.occupations.length} occupations and ${Object.keys(built.dataset.sources).length} sources written to ${snapshotDirectory}`
    );
    for (const line2 of summariseFiles(snapshotDirectory, files)) io.stderr(`  ${line2}
`);
    return;
  }
  const { from, to } = line.options;
  if (!from || !to) throw new CliUsageError("data pull needs --from DIR|URL and --to DIR", "data");
  const source = /^https?:\/\//.test(from) ? from : resolve4(io.cwd, from);
  const progress = createProgress(io, "pulling");
  const result = await pullData({
    from: source,
    to: resolve4(io.cwd, to),
    onProgress: (event) => progress.update(event.done, event.total, `${event.action} ${event.path}`),
    onRetry: (retry) => io.stderr(`${io.stderrIsTty ? "\n" : ""}  retrying ${retry.path}: ${retry.reason}
`)
  });
  progress.finish(
    `${result.files.length} files in ${result.to} verified (${(result.transferredBytes / 1048576).toFixed(1)} MB transferred)`
  );
  if (line.options.json) {
    io.stdout(
      `${JSON.stringify(
        {
          from: result.from,
          to: result.to,
          files: result.files.map((file) => ({ path: file.path, action: file.action, bytes: file.bytes })),
          transferredBytes: result.transferredBytes
        },
        null,
        2
      )}
`
    );
  }
}
export {
  dataCommand,
  dataDirectoryOf,
  summariseFiles
};
//# sourceMappingURL=data-command-UIV44BEX.js.map