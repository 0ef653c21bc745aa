import {
  parseOccupationCode
} from "./chunk-4N4XA4QS.js";
import {
  SourceParseError,
  Table,
  decodeText,
  parseNumberStrict,
  readDelimited
} from "./chunk-QLEFYT4L.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../sources/src/tabular/read-source-file.ts
import { createHash } from "crypto";
import { readFile, stat } from "fs/promises";
var MAX_SOURCE_FILE_BYTES = 64 * 1024 * 1024;
async function readSourceFile(path, displayPath = path) {
  let size;
  try {
    size = (await stat(path)).size;
  } catch (cause) {
    const reason = cause.code === "ENOENT" ? "is missing" : "cannot be read";
    throw new AiResilienceError("IO", `${displayPath} ${reason} (${path})`, { cause });
  }
  if (size > MAX_SOURCE_FILE_BYTES) {
    throw new AiResilienceError(
      "IO",
      `${displayPath} is ${(size / 1048576).toFixed(0)} MB, larger than the ${MAX_SOURCE_FILE_BYTES / 1048576} MB a source file may be: is it the right file?`
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { bytes, file: { path: displayPath, sha256, bytes: bytes.byteLength } };
}

// ../sources/src/shared/parsed-source.ts
var UNKNOWN_SHA256 = "0".repeat(64);
function sourceFileOf(input) {
  return { path: input.file, sha256: input.sha256 ?? UNKNOWN_SHA256, bytes: input.bytes.byteLength };
}

// ../sources/src/adaptive-capacity/read-json-document.ts
function readJsonDocument(bytes, origin) {
  const text = decodeText(bytes, origin);
  if (text.trim() === "")
    throw new SourceParseError({ ...origin, row: 1 }, "is empty: expected a JSON document");
  try {
    return { value: JSON.parse(text), text, origin };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === void 0 ? text.length : Number(position);
    throw new SourceParseError(
      { ...origin, row: lineAt(text, offset) },
      `is not valid JSON (${message}); is the file truncated or damaged?`,
      { cause }
    );
  }
}
function lineAt(text, offset) {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function keyLines(text, pattern) {
  const lines = /* @__PURE__ */ new Map();
  let line = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    for (; scanned < match.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const key = match[1];
    if (key !== void 0 && !lines.has(key)) lines.set(key, line);
  }
  return lines;
}
function findDuplicateKey(text, pattern) {
  const lines = /* @__PURE__ */ new Map();
  let line = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    for (; scanned < match.index; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    const key = match[1];
    if (key === void 0) continue;
    const firstLine = lines.get(key);
    if (firstLine !== void 0) return { key, firstLine, line };
    lines.set(key, line);
  }
  return null;
}
function jsonError(document, path, reason, line) {
  return new SourceParseError(
    { ...document.origin, ...line === void 0 ? {} : { row: line }, column: path },
    reason
  );
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeJsonValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `a string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value === "number" ? "a number" : `a ${typeof value}`} ${String(value)}`;
}

// ../sources/src/adaptive-capacity/parse-adaptive-capacity-proxy.ts
var ADAPTIVE_CAPACITY_ID = "adaptive-capacity";
var SOC_2018 = /^\d{2}-\d{4}$/;
var OCCUPATION_KEY = /"(\d{2}-\d{4})"\s*:\s*\{/g;
function parseAdaptiveCapacityProxy(input) {
  const document = readJsonDocument(input.bytes, { source: ADAPTIVE_CAPACITY_ID, file: input.file });
  if (!isJsonObject(document.value))
    throw jsonError(document, "$", `must be a JSON object, got ${describeJsonValue(document.value)}`, 1);
  const occupations = document.value.occupations;
  if (!isJsonObject(occupations)) {
    throw jsonError(
      document,
      "occupations",
      `must be an object keyed by SOC 2018 code, got ${occupations === void 0 ? "nothing" : describeJsonValue(occupations)}`,
      1
    );
  }
  const duplicate = findDuplicateKey(document.text, OCCUPATION_KEY);
  if (duplicate !== null) {
    throw jsonError(
      document,
      `occupations[${JSON.stringify(duplicate.key)}]`,
      `duplicate code ${duplicate.key} (first seen on line ${duplicate.firstLine}); JSON would keep only the last`,
      duplicate.line
    );
  }
  const lines = keyLines(document.text, OCCUPATION_KEY);
  const records = [];
  let withoutScore = 0;
  for (const [code, entry] of Object.entries(occupations)) {
    const path = `occupations[${JSON.stringify(code)}]`;
    const line = lines.get(code);
    if (!SOC_2018.test(code))
      throw jsonError(document, path, `key must be a SOC 2018 detailed code like 29-2072`, line);
    if (!isJsonObject(entry))
      throw jsonError(document, path, `must be an object, got ${describeJsonValue(entry)}`, line);
    if (!("composite_score" in entry))
      throw jsonError(document, `${path}.composite_score`, "is missing: expected a number or null", line);
    const value = percentileField(document, entry, "composite_score", path, line);
    if (value === null) {
      withoutScore++;
      continue;
    }
    const title = entry.title;
    if (typeof title !== "string" || title.trim() === "")
      throw jsonError(document, `${path}.title`, `must be a title, got ${describeJsonValue(title)}`, line);
    records.push({
      code,
      value,
      title: title.trim(),
      transferabilityPercentile: percentileField(document, entry, "transferability_percentile", path, line),
      densityPercentile: percentileField(document, entry, "density_percentile", path, line),
      row: line ?? 1
    });
  }
  if (records.length === 0) {
    throw jsonError(
      document,
      "occupations",
      `has no occupation with a composite score (${withoutScore} without one): an empty source is not a source`,
      1
    );
  }
  return {
    records,
    descriptor: adaptiveCapacityProxyDescriptor(input, records.length, withoutScore)
  };
}
function percentileField(document, entry, field, path, line) {
  const value = entry[field];
  if (value === null || value === void 0) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw jsonError(
      document,
      `${path}.${field}`,
      `must be a number in [0, 100] or null, got ${describeJsonValue(value)}`,
      line
    );
  }
  return value;
}
function adaptiveCapacityProxyDescriptor(input, scored, withoutScore) {
  return {
    id: ADAPTIVE_CAPACITY_ID,
    label: "Adaptive capacity (open proxy: transferability and density only)",
    citation: "Ricciardi, J. (2026). Adaptive Capacity Self-Assessment Tool, occupation_benchmarks.json (github.com/jricciardi/adaptive-capacity-explorer), a partial reimplementation of Manning, S. J. & Aguirre, T. (2026). How Adaptable Are American Workers to AI-Induced Job Displacement? NBER Working Paper 34705.",
    vintage: "generated 2026-02-18 from O*NET 30.1, BLS Employment Projections 2024\u201334, OEWS May 2024",
    licence: "MIT (repository licence); underlying BLS and Census data public domain, O*NET CC BY 4.0",
    direction: "higher-is-more-resilient",
    codeSystem: "soc-2018",
    files: [sourceFileOf(input)],
    proxy: true,
    notes: `Proxy, not the authors' index: a partial composite of 2 of the 4 components of Manning & Aguirre (2026), skill transferability and metro density (no wealth, no age). ${scored} occupations have a composite score; ${withoutScore} without one (no density data) are left out.`
  };
}

// ../sources/src/adaptive-capacity/load-adaptive-capacity-proxy.ts
var ADAPTIVE_CAPACITY_PROXY_FILE = "manning_aguirre/proxy_jricciardi/occupation_benchmarks.json";
async function loadAdaptiveCapacityProxy(path, displayPath = ADAPTIVE_CAPACITY_PROXY_FILE) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAdaptiveCapacityProxy({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/adaptive-capacity/parse-adaptive-capacity-results.ts
var ADAPTIVE_CAPACITY_TITLE_COLUMN = "description";
var ADAPTIVE_CAPACITY_CODE_COLUMN = "occ_code";
var ADAPTIVE_CAPACITY_VALUE_COLUMN = "ac_gw-sw-imp-raw_log-md-nlw_dens_age55_pct";
var ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN = "total_emp";
function parseAdaptiveCapacityResults(input, options = {}) {
  const titleColumn = options.titleColumn ?? ADAPTIVE_CAPACITY_TITLE_COLUMN;
  const codeColumn = options.codeColumn ?? ADAPTIVE_CAPACITY_CODE_COLUMN;
  const valueColumn = options.valueColumn ?? ADAPTIVE_CAPACITY_VALUE_COLUMN;
  const table = readDelimited(input.bytes, {
    source: ADAPTIVE_CAPACITY_ID,
    file: input.file,
    requiredColumns: [titleColumn, valueColumn]
  });
  const hasCode = table.columnIndex(codeColumn) !== void 0;
  const hasEmployment = table.columnIndex(ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN) !== void 0;
  const titles = /* @__PURE__ */ new Map();
  const codes = /* @__PURE__ */ new Map();
  const records = [];
  for (const row of table.rows) {
    const title = table.text(row, titleColumn).trim();
    if (title === "")
      throw table.error("must be an occupation title, got an empty cell", row.line, titleColumn);
    const value = table.optionalNumber(row, valueColumn, ["NA", "nan"]);
    if (value === null) continue;
    if (value < 0 || value > 1)
      throw table.error(`must be a percentile in [0, 1], got ${value}`, row.line, valueColumn);
    const titleKey = title.toLowerCase();
    const firstTitle = titles.get(titleKey);
    if (firstTitle !== void 0)
      throw table.error(
        `duplicate title ${JSON.stringify(title)} (first seen on row ${firstTitle})`,
        row.line,
        titleColumn
      );
    titles.set(titleKey, row.line);
    const codeText = hasCode ? table.text(row, codeColumn).trim() : "";
    const code = codeText === "" ? null : codeText;
    if (code !== null) {
      const firstCode = codes.get(code);
      if (firstCode !== void 0)
        throw table.error(`duplicate code ${code} (first seen on row ${firstCode})`, row.line, codeColumn);
      codes.set(code, row.line);
    }
    const employment = hasEmployment ? table.optionalNumber(row, ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN, ["NA", "nan"]) : null;
    records.push({ title, code, value, employment, row: row.line });
  }
  if (records.length === 0)
    throw table.error("has no occupation with a value", table.headerLine, valueColumn);
  return {
    records,
    descriptor: adaptiveCapacityResultsDescriptor(input, { titleColumn, codeColumn, valueColumn })
  };
}
function adaptiveCapacityResultsDescriptor(input, columns) {
  return {
    id: ADAPTIVE_CAPACITY_ID,
    label: "Adaptive capacity (Manning & Aguirre 2026)",
    citation: "Manning, S. J. & Aguirre, T. (2026). How Adaptable Are American Workers to AI-Induced Job Displacement? NBER Working Paper 34705. doi:10.3386/w34705. Data: github.com/t6aguirre/adaptive-capacity-index, data/final/adaptive_capacity_results.csv.",
    vintage: "NBER Working Paper 34705 (2026), main specification",
    licence: "MIT (t6aguirre/adaptive-capacity-index, as reported by third parties); cite the authors",
    direction: "higher-is-more-resilient",
    codeSystem: "census-2018",
    files: [sourceFileOf(input)],
    proxy: false,
    notes: "The authors\u2019 index: skill transferability, liquid wealth, metro density and age. Rows are Census occupations keyed by title.",
    options: { ...columns }
  };
}

// ../sources/src/adaptive-capacity/load-adaptive-capacity-results.ts
async function loadAdaptiveCapacityResults(path, displayPath = "adaptive_capacity_results.csv", options = {}) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAdaptiveCapacityResults({ bytes, file: displayPath, sha256: file.sha256 }, options);
}

// ../sources/src/ai-resilience-model/ai-resilience-model-options.ts
var TASK_SIGNAL_IDS = [
  "althoff-reichardt",
  "eloundou",
  "workbank",
  "anthropic-economic-index"
];
var DEFAULT_AI_RESILIENCE_MODEL_OPTIONS = {
  usageCapQuantile: 0.9,
  weighting: "task-weight",
  taskTypeWeights: { core: 1, supplemental: 0.5, unrated: 0.75 },
  crosswalkFallback: false
};
var WEIGHTINGS = ["task-weight", "task-weight-unscaled", "task-type", "equal"];
function invalid(message) {
  return new AiResilienceError("INVALID_ARGUMENT", `[ai-resilience-model] ${message}`);
}
function resolveAiResilienceModelOptions(options, available) {
  const signals = options.signals ?? available;
  for (const signal of signals) {
    if (!TASK_SIGNAL_IDS.includes(signal))
      throw invalid(
        `options.signals: unknown signal ${JSON.stringify(signal)} (known: ${TASK_SIGNAL_IDS.join(", ")})`
      );
    if (!available.includes(signal))
      throw invalid(`options.signals: ${signal} is asked for but its inputs are missing`);
  }
  if (new Set(signals).size !== signals.length) throw invalid("options.signals: a signal is listed twice");
  if (signals.length === 0)
    throw invalid("no signal to build the model from: give at least one signal input");
  const usageCapQuantile = options.usageCapQuantile ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.usageCapQuantile;
  if (!(usageCapQuantile > 0 && usageCapQuantile <= 1))
    throw invalid(`options.usageCapQuantile must be in (0, 1], got ${usageCapQuantile}`);
  const weighting = options.weighting ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.weighting;
  if (!WEIGHTINGS.includes(weighting))
    throw invalid(
      `options.weighting: unknown weighting ${JSON.stringify(weighting)} (known: ${WEIGHTINGS.join(", ")})`
    );
  const taskTypeWeights = options.taskTypeWeights ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.taskTypeWeights;
  for (const [name, weight] of Object.entries(taskTypeWeights)) {
    if (!(Number.isFinite(weight) && weight >= 0))
      throw invalid(`options.taskTypeWeights.${name} must be a finite number \u2265 0, got ${weight}`);
  }
  return {
    signals: TASK_SIGNAL_IDS.filter((signal) => signals.includes(signal)),
    usageCapQuantile,
    weighting,
    taskTypeWeights: { ...taskTypeWeights },
    crosswalkFallback: options.crosswalkFallback ?? DEFAULT_AI_RESILIENCE_MODEL_OPTIONS.crosswalkFallback
  };
}

// ../sources/src/ai-resilience-model/compensated-sum.ts
var CompensatedSum = class {
  #sum = 0;
  #compensation = 0;
  /**
   * Adds a value.
   *
   * @param value - the value to add.
   * @returns this sum, for chaining.
   */
  add(value) {
    const total = this.#sum + value;
    this.#compensation += compensation(this.#sum, value, total);
    this.#sum = total;
    return this;
  }
  /**
   * The sum so far.
   *
   * @returns the compensated sum.
   */
  value() {
    return this.#sum + this.#compensation;
  }
};
function compensatedSum(values) {
  const sum = new CompensatedSum();
  for (const value of values) sum.add(value);
  return sum.value();
}
function compensation(sum, value, total) {
  return Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
}

// ../sources/src/ai-resilience-model/linear-quantile.ts
function linearQuantile(values, q) {
  if (!(q >= 0 && q <= 1))
    throw new AiResilienceError("INVALID_ARGUMENT", `quantile must be in [0, 1], got ${q}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.every(Number.isFinite))
    throw new AiResilienceError("INVALID_ARGUMENT", "quantile of a list with a value that is not finite");
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const below = sorted[lower];
  const above = sorted[Math.min(lower + 1, sorted.length - 1)];
  return below + (position - lower) * (above - below);
}

// ../sources/src/ai-resilience-model/normalise-task-statement.ts
function normaliseTaskStatement(statement) {
  const collapsed = statement.toLowerCase().replace(/\s+/g, " ").trim();
  return collapsed.endsWith(".") ? collapsed.slice(0, -1) : collapsed;
}

// ../sources/src/ai-resilience-model/task-signal-index.ts
var Accumulator = class {
  count = 0;
  valueSum = 0;
  valueCompensation = 0;
  weightCount = 0;
  weightSum = 0;
  weightCompensation = 0;
  add(task) {
    this.count++;
    const total = this.valueSum + task.value;
    this.valueCompensation += compensation(this.valueSum, task.value, total);
    this.valueSum = total;
    if (task.weight !== null) {
      this.weightCount++;
      const weightTotal = this.weightSum + task.weight;
      this.weightCompensation += compensation(this.weightSum, task.weight, weightTotal);
      this.weightSum = weightTotal;
    }
  }
  match(join2) {
    return {
      value: (this.valueSum + this.valueCompensation) / this.count,
      join: join2,
      weight: this.weightCount === 0 ? null : (this.weightSum + this.weightCompensation) / this.weightCount
    };
  }
};
function accumulate(map, key, task) {
  let accumulator = map.get(key);
  if (accumulator === void 0) {
    accumulator = new Accumulator();
    map.set(key, accumulator);
  }
  accumulator.add(task);
}
var TaskSignalIndex = class {
  #byId = /* @__PURE__ */ new Map();
  #byText = /* @__PURE__ */ new Map();
  #bySoc = /* @__PURE__ */ new Map();
  #observedZero;
  /** Whether the source is joined by Task ID (else by statement only). */
  joinsById;
  /**
   * @param signal - the signal's id, for error messages.
   * @param tasks - the source's tasks.
   * @param options - `joinsById` (default true), `indexOccupations` (index by SOC 2018 for the crosswalk
   *   fallback, default false) and the statements observed at zero usage.
   * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for a value outside [0, 1] or a negative or
   *   non-finite weight.
   */
  constructor(signal, tasks, options = {}) {
    this.joinsById = options.joinsById ?? true;
    const indexOccupations = options.indexOccupations ?? false;
    for (const task of tasks) {
      if (!(task.value >= 0 && task.value <= 1)) {
        throw new AiResilienceError(
          "INVALID_ARGUMENT",
          `[ai-resilience-model] ${signal}: task ${task.taskId ?? JSON.stringify(task.statement)} has a signal outside [0, 1]: ${task.value}`
        );
      }
      if (task.weight !== null && !(Number.isFinite(task.weight) && task.weight >= 0)) {
        throw new AiResilienceError(
          "INVALID_ARGUMENT",
          `[ai-resilience-model] ${signal}: task ${task.taskId} has a weight that is not a finite number \u2265 0: ${task.weight}`
        );
      }
      if (this.joinsById && task.taskId !== null) accumulate(this.#byId, task.taskId, task);
      accumulate(this.#byText, normaliseTaskStatement(task.statement), task);
      if (indexOccupations) for (const soc of task.soc2018) accumulate(this.#bySoc, soc, task);
    }
    this.#observedZero = /* @__PURE__ */ new Set();
    for (const statement of options.observedZeroStatements ?? [])
      this.#observedZero.add(normaliseTaskStatement(statement));
  }
  /**
   * Finds the signal of a task: by Task ID where the source has the ID (the ID wins even where the text was
   * revised), else by normalised statement, else observed-zero when the statement is in the source's task
   * list without a value.
   *
   * @param taskId - the task's ID.
   * @param normalisedStatement - the task's statement, normalised with {@link normaliseTaskStatement}.
   * @returns the match, or null when the source has nothing for the task.
   */
  find(taskId, normalisedStatement) {
    if (this.joinsById) {
      const byId = this.#byId.get(taskId);
      if (byId !== void 0) return byId.match("id");
    }
    const byText = this.#byText.get(normalisedStatement);
    if (byText !== void 0) return byText.match("text");
    if (this.#observedZero.has(normalisedStatement)) return { value: 0, join: "observed-zero", weight: null };
    return null;
  }
  /**
   * The occupation-level fallback: the mean signal over the source's tasks of a SOC 2018 occupation.
   *
   * @param soc2018 - the SOC 2018 detailed code.
   * @returns the match (joined by `crosswalk`, without a weight), or null when the source has no task there.
   */
  findByOccupation(soc2018) {
    const accumulator = this.#bySoc.get(soc2018);
    return accumulator === void 0 ? null : { ...accumulator.match("crosswalk"), weight: null };
  }
};

// ../sources/src/ai-resilience-model/build-ai-resilience-model.ts
var AI_RESILIENCE_MODEL_ID = "ai-resilience-model";
var ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
function invalid2(message) {
  return new AiResilienceError("INVALID_ARGUMENT", `[ai-resilience-model] ${message}`);
}
function availableSignals(inputs) {
  const present = {
    "althoff-reichardt": inputs.althoffReichardt !== void 0,
    eloundou: inputs.eloundou !== void 0,
    workbank: inputs.workbankRatings !== void 0,
    "anthropic-economic-index": inputs.aeiUsage !== void 0
  };
  return TASK_SIGNAL_IDS.filter((signal) => present[signal]);
}
function checkTasks(tasks) {
  const seen = /* @__PURE__ */ new Set();
  tasks.forEach((task, position) => {
    if (!ONET_SOC.test(task.onetSocCode))
      throw invalid2(
        `inputs.tasks[${position}].onetSocCode must be an O*NET-SOC code, got ${JSON.stringify(task.onetSocCode)}`
      );
    if (!(Number.isSafeInteger(task.taskId) && task.taskId > 0))
      throw invalid2(`inputs.tasks[${position}].taskId must be a positive integer, got ${task.taskId}`);
    const key = `${task.onetSocCode}#${task.taskId}`;
    if (seen.has(key))
      throw invalid2(`inputs.tasks[${position}]: task ${task.taskId} of ${task.onetSocCode} is listed twice`);
    seen.add(key);
  });
}
function socCrosswalkMap(inputs) {
  const map = /* @__PURE__ */ new Map();
  for (const pair of inputs.socCrosswalk ?? []) {
    const targets = map.get(pair.from) ?? [];
    if (!targets.includes(pair.to)) targets.push(pair.to);
    map.set(pair.from, targets);
  }
  return map;
}
function buildIndexes(inputs, options) {
  const indexes = /* @__PURE__ */ new Map();
  const crosswalk = socCrosswalkMap(inputs);
  const uses = (signal) => options.signals.includes(signal);
  const indexOccupations = options.crosswalkFallback;
  let weights = null;
  if (inputs.althoffReichardt !== void 0) {
    const tasks = inputs.althoffReichardt.map(
      (task) => ({
        taskId: task.taskId,
        statement: task.statement,
        value: task.automatableGenai,
        weight: task.taskWeight,
        soc2018: crosswalk.get(task.onetSocCode.slice(0, 7)) ?? []
      })
    );
    weights = new TaskSignalIndex("althoff-reichardt", tasks, { indexOccupations });
    if (uses("althoff-reichardt")) indexes.set("althoff-reichardt", weights);
  }
  if (inputs.eloundou !== void 0 && uses("eloundou")) {
    const tasks = inputs.eloundou.map(
      (task) => ({
        taskId: task.taskId,
        statement: task.statement,
        value: task.beta,
        weight: null,
        soc2018: [task.onetSocCode.slice(0, 7)]
      })
    );
    indexes.set("eloundou", new TaskSignalIndex("eloundou", tasks, { indexOccupations }));
  }
  if (inputs.workbankRatings !== void 0 && uses("workbank")) {
    const occupation = new Map((inputs.workbankTasks ?? []).map((task) => [task.taskId, task.onetSocCode]));
    const ratings = /* @__PURE__ */ new Map();
    for (const rating of inputs.workbankRatings) {
      if (!(rating.automationCapacity >= 1 && rating.automationCapacity <= 5))
        throw invalid2(
          `workbank: task ${rating.taskId} has a rating outside 1\u20135: ${rating.automationCapacity}`
        );
      const entry = ratings.get(rating.taskId) ?? {
        statement: rating.statement,
        sum: new CompensatedSum(),
        count: 0
      };
      entry.sum.add(rating.automationCapacity);
      entry.count++;
      ratings.set(rating.taskId, entry);
    }
    const tasks = [...ratings].map(([taskId, entry]) => {
      const code = occupation.get(taskId);
      return {
        taskId,
        statement: entry.statement,
        value: (entry.sum.value() / entry.count - 1) / 4,
        weight: null,
        soc2018: code === void 0 ? [] : [code.slice(0, 7)]
      };
    });
    indexes.set("workbank", new TaskSignalIndex("workbank", tasks, { indexOccupations }));
  }
  let usageCap = null;
  if (inputs.aeiUsage !== void 0 && uses("anthropic-economic-index")) {
    for (const usage of inputs.aeiUsage) {
      if (!(Number.isFinite(usage.share) && usage.share >= 0))
        throw invalid2(
          `anthropic-economic-index: ${JSON.stringify(usage.statement)} has a share that is not \u2265 0: ${usage.share}`
        );
    }
    const nonZero = inputs.aeiUsage.map((usage) => usage.share).filter((share) => share > 0);
    usageCap = linearQuantile(nonZero, options.usageCapQuantile);
    const cap = usageCap;
    const tasks = inputs.aeiUsage.map(
      (usage) => ({
        taskId: null,
        statement: usage.statement,
        value: cap === null ? 0 : Math.min(usage.share / cap, 1),
        weight: null,
        soc2018: []
      })
    );
    indexes.set(
      "anthropic-economic-index",
      new TaskSignalIndex("anthropic-economic-index", tasks, {
        joinsById: false,
        observedZeroStatements: (inputs.aeiTaskStatements ?? []).map((task) => task.statement)
      })
    );
  }
  return { indexes, weights, usageCap };
}
function typeWeight(taskType, options) {
  const weights = options.taskTypeWeights;
  return taskType === "Core" ? weights.core : taskType === "Supplemental" ? weights.supplemental : weights.unrated;
}
function assignWeights(tasks, options) {
  if (options.weighting === "equal") {
    for (const task of tasks) task.weight = 1;
    return;
  }
  const useTaskWeight = options.weighting !== "task-type";
  let scale = 1;
  if (options.weighting === "task-weight") {
    const joined = tasks.filter((task) => task.althoffReichardtWeight !== null);
    const mean = compensatedSum(joined.map((task) => task.althoffReichardtWeight)) / joined.length;
    scale = joined.length > 0 && mean > 0 ? 1 / mean : Number.NaN;
  }
  for (const task of tasks) {
    const raw = task.althoffReichardtWeight;
    task.weight = useTaskWeight && raw !== null && !Number.isNaN(scale) ? raw * scale : typeWeight(task.taskType, options);
  }
}
function occupationResult(onetSocCode, tasks) {
  const weighted = new CompensatedSum();
  const weightSum = new CompensatedSum();
  let tasksWithSignal = 0;
  for (const task of tasks) {
    if (task.resilience === null) continue;
    tasksWithSignal++;
    weighted.add(task.weight * task.resilience);
    weightSum.add(task.weight);
  }
  return {
    onetSocCode,
    // A zero weight sum (every weight set to 0 by the options) leaves the occupation without a value.
    resilience: weightSum.value() > 0 ? weighted.value() / weightSum.value() : null,
    taskCount: tasks.length,
    tasksWithSignal,
    shareWithSignal: tasksWithSignal / tasks.length
  };
}
function modelDescriptor(inputs, options, usageCap) {
  return {
    id: AI_RESILIENCE_MODEL_ID,
    label: "AI Resilience Model (open, task-level)",
    citation: "airesilience open task-level AI Resilience Model (methodology \xA76, specification version 2), built on O*NET 30.3 tasks from Althoff & Reichardt (2026) task AI capabilities, Eloundou et al. (2024) GPT-4 beta, the Anthropic Economic Index (release 2025-02-10) and WORKBank (Shao et al. 2025).",
    vintage: "specification version 2 (2026-11-27)",
    licence: "Derived values (MIT code); each input keeps its own licence and must be cited",
    direction: "higher-is-more-resilient",
    codeSystem: "onet-soc-2019",
    files: [...inputs.files ?? []],
    notes: "Task resilience = 1 \u2212 mean of the available task signals; occupation resilience = weighted mean over its tasks with a signal." + (usageCap === null ? "" : ` Economic Index usage share that maps to 1: ${usageCap}.`),
    options: {
      signals: options.signals.join(","),
      usageCapQuantile: options.usageCapQuantile,
      weighting: options.weighting,
      coreWeight: options.taskTypeWeights.core,
      supplementalWeight: options.taskTypeWeights.supplemental,
      unratedWeight: options.taskTypeWeights.unrated,
      crosswalkFallback: options.crosswalkFallback
    }
  };
}
function buildAiResilienceModel(inputs, options = {}) {
  const resolved = resolveAiResilienceModelOptions(options, availableSignals(inputs));
  checkTasks(inputs.tasks);
  if (resolved.crosswalkFallback && resolved.signals.includes("althoff-reichardt") && !inputs.socCrosswalk)
    throw invalid2(
      "options.crosswalkFallback needs inputs.socCrosswalk (SOC 2010 \u2192 2018) for althoff-reichardt"
    );
  const { indexes, weights, usageCap } = buildIndexes(inputs, resolved);
  const withSignal = Object.fromEntries(TASK_SIGNAL_IDS.map((signal) => [signal, 0]));
  let withAny = 0;
  const byOccupation = /* @__PURE__ */ new Map();
  const tasks = inputs.tasks.map((task) => {
    const text = normaliseTaskStatement(task.statement);
    const signals = [];
    for (const [signal, index] of indexes) {
      const match = index.find(task.taskId, text);
      if (match !== null) signals.push({ signal, value: match.value, join: match.join });
    }
    if (signals.length === 0 && resolved.crosswalkFallback) {
      for (const [signal, index] of indexes) {
        const match = index.findByOccupation(task.onetSocCode.slice(0, 7));
        if (match !== null) signals.push({ signal, value: match.value, join: match.join });
      }
    }
    for (const { signal } of signals) withSignal[signal]++;
    if (signals.length > 0) withAny++;
    const automationLikelihood = signals.length === 0 ? null : compensatedSum(signals.map(({ value }) => value)) / signals.length;
    const result = {
      onetSocCode: task.onetSocCode,
      taskId: task.taskId,
      statement: task.statement,
      taskType: task.taskType,
      resilience: automationLikelihood === null ? null : 1 - automationLikelihood,
      automationLikelihood,
      weight: 0,
      signals,
      althoffReichardtWeight: weights?.find(task.taskId, text)?.weight ?? null
    };
    const list = byOccupation.get(task.onetSocCode);
    if (list === void 0) byOccupation.set(task.onetSocCode, [result]);
    else list.push(result);
    return result;
  });
  const occupations = [];
  for (const [onetSocCode, list] of byOccupation) {
    assignWeights(list, resolved);
    occupations.push(occupationResult(onetSocCode, list));
  }
  const coverage = {
    tasks: tasks.length,
    withSignal,
    withAny,
    occupations: occupations.length,
    occupationsWithValue: occupations.filter((occupation) => occupation.resilience !== null).length
  };
  return { tasks, occupations, coverage, usageCap, descriptor: modelDescriptor(inputs, resolved, usageCap) };
}

// ../sources/src/ai-resilience-model/load-ai-resilience-model-inputs.ts
import { join } from "path";

// ../../node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i = 0; i < 31; ++i) {
    b[i] = start += 1 << eb[i - 1];
  }
  var r = new i32(b[30]);
  for (var i = 1; i < 30; ++i) {
    for (var j = b[i]; j < b[i + 1]; ++j) {
      r[j] = j - b[i] << 5 | i;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i = 0;
  var l = new u16(mb);
  for (; i < s; ++i) {
    if (cd[i])
      ++l[cd[i] - 1];
  }
  var le = new u16(mb);
  for (i = 1; i < mb; ++i) {
    le[i] = le[i - 1] + l[i - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        var sv = i << 4 | cd[i];
        var r_1 = mb - cd[i];
        var v = le[cd[i] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i = 1; i < a.length; ++i) {
    if (a[i] > m)
      m = a[i];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i = 0; i < hcLen; ++i) {
          clt[clim[i]] = bits(dat, pos + i * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i = 0; i < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i = sym - 257, b = fleb[i];
          add = bits(dat, pos, (1 << b) - 1) + fl[i];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i = 0; ; ) {
    var c = d[i++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i + eb > d.length)
      return { s: r, r: slc(d, i - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i = 0; i < dat.length; i += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i = 0; i < c; ++i) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// ../sources/src/tabular/read-xlsx.ts
var ENTITY = /&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g;
function unescapeXml(text) {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, entity) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const codePoint = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
        return codePoint <= 1114111 ? String.fromCodePoint(codePoint) : `&${entity};`;
      }
    }
  });
}
function textOf(fragment) {
  let out = "";
  const pattern = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let match = pattern.exec(fragment); match; match = pattern.exec(fragment)) out += match[1] ?? "";
  return unescapeXml(out);
}
var MAX_XLSX_COLUMNS = 16384;
var MAX_XLSX_XML_BYTES = 256 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodePart(bytes, part, origin) {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new SourceParseError(origin, `is damaged: its part ${part} is not valid UTF-8`, { cause });
  }
}
function columnIndex(reference) {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}
function listXlsxSheets(bytes, origin) {
  return openWorkbook(bytes, origin).sheets.map((sheet) => sheet.name);
}
function openWorkbook(bytes, origin) {
  let files;
  let declared = 0;
  const tooLarge = (size) => new SourceParseError(
    origin,
    `is too large once unzipped (${(size / 1048576).toFixed(0)} MB of XML, more than the ${MAX_XLSX_XML_BYTES / 1048576} MB allowed): is it the right file?`
  );
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!/\.(xml|rels)$/i.test(entry.name)) return false;
        declared += entry.originalSize;
        if (declared > MAX_XLSX_XML_BYTES) throw tooLarge(declared);
        return true;
      }
    });
  } catch (cause) {
    if (cause instanceof SourceParseError) throw cause;
    throw new SourceParseError(
      origin,
      "is not a readable .xlsx workbook (the zip container is damaged or truncated)",
      {
        cause
      }
    );
  }
  const workbookXml = files["xl/workbook.xml"];
  const relsXml = files["xl/_rels/workbook.xml.rels"];
  if (!workbookXml || !relsXml)
    throw new SourceParseError(origin, "is not an .xlsx workbook (no xl/workbook.xml)");
  const rels = /* @__PURE__ */ new Map();
  for (const match of decodePart(relsXml, "xl/_rels/workbook.xml.rels", origin).matchAll(
    /<Relationship\b([^>]*)\/?>/g
  )) {
    const attributes = match[1] ?? "";
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id && target) rels.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = [];
  for (const match of decodePart(workbookXml, "xl/workbook.xml", origin).matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? "";
    const name = unescapeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? "");
    const id = /\br:id="([^"]*)"/.exec(attributes)?.[1] ?? /\bid="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const path = rels.get(id);
    if (path) sheets.push({ name, path });
  }
  const sharedStrings = [];
  const sharedXml = files["xl/sharedStrings.xml"];
  if (sharedXml) {
    for (const match of decodePart(sharedXml, "xl/sharedStrings.xml", origin).matchAll(
      /<si>([\s\S]*?)<\/si>|<si\/>/g
    )) {
      sharedStrings.push(textOf(match[1] ?? ""));
    }
  }
  return { files, sheets, sharedStrings };
}
function readXlsxSheet(bytes, options) {
  const origin = { source: options.source, file: options.file };
  const workbook = openWorkbook(bytes, origin);
  const wanted = options.sheet ?? 0;
  const sheet = typeof wanted === "number" ? workbook.sheets[wanted] : workbook.sheets.find((entry) => entry.name === wanted);
  if (!sheet) {
    throw new SourceParseError(
      origin,
      `has no sheet ${JSON.stringify(wanted)} (sheets: ${workbook.sheets.map((entry) => `"${entry.name}"`).join(", ")})`
    );
  }
  const xmlBytes = workbook.files[sheet.path];
  if (!xmlBytes)
    throw new SourceParseError(origin, `sheet "${sheet.name}" is missing from the workbook (${sheet.path})`);
  const xml = decodePart(xmlBytes, sheet.path, origin);
  const rows = [];
  const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let implicitRow = 0;
  for (let rowMatch = rowPattern.exec(xml); rowMatch; rowMatch = rowPattern.exec(xml)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? "")?.[1] ?? implicitRow + 1);
    implicitRow = rowNumber;
    const cells = [];
    const body = rowMatch[2] ?? "";
    let implicitColumn = -1;
    cellPattern.lastIndex = 0;
    for (let cellMatch = cellPattern.exec(body); cellMatch; cellMatch = cellPattern.exec(body)) {
      const attributes = cellMatch[1] ?? "";
      const reference = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
      const column = reference ? columnIndex(reference) : implicitColumn + 1;
      if (column >= MAX_XLSX_COLUMNS) {
        throw new SourceParseError(
          { ...origin, row: rowNumber, ...reference ? { column: reference } : {} },
          `has a cell beyond the last worksheet column XFD (column ${column + 1}); the sheet is damaged`
        );
      }
      implicitColumn = column;
      const type = /\bt="([^"]*)"/.exec(attributes)?.[1] ?? "n";
      const inner = cellMatch[2] ?? "";
      let value = "";
      if (type === "inlineStr") {
        value = textOf(inner);
      } else {
        const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        if (raw !== void 0) {
          value = type === "s" ? workbook.sharedStrings[Number(raw)] ?? "" : unescapeXml(raw);
        }
      }
      while (cells.length < column) cells.push("");
      cells[column] = value;
    }
    if (cells.some((cell) => cell !== "")) rows.push({ line: rowNumber, cells });
  }
  return { name: sheet.name, rows };
}
function readXlsxTable(bytes, options) {
  const sheet = readXlsxSheet(bytes, options);
  const origin = { source: options.source, file: options.file };
  const headerIndex = options.headerRow === void 0 ? 0 : sheet.rows.findIndex((row) => row.line === options.headerRow);
  const headerRecord = sheet.rows[headerIndex];
  if (!headerRecord) {
    throw new SourceParseError(
      { ...origin, ...options.headerRow === void 0 ? {} : { row: options.headerRow } },
      `sheet "${sheet.name}" has no header row`
    );
  }
  const header = headerRecord.cells.map((name) => name.replace(/\s+/g, " ").trim());
  const rows = sheet.rows.slice(headerIndex + 1).map((row) => {
    const cells = row.cells.slice(0, Math.max(header.length, row.cells.length));
    while (cells.length < header.length) cells.push("");
    return { line: row.line, cells };
  });
  const table = new Table(origin, header, rows, headerRecord.line);
  if (rows.length === 0)
    throw table.error(`sheet "${sheet.name}" has a header but no data rows`, headerRecord.line);
  if (options.requiredColumns) table.requireColumns(options.requiredColumns);
  return table;
}

// ../sources/src/crosswalks/crosswalk-descriptor.ts
function crosswalkDescriptor(description, files) {
  return {
    ...description,
    direction: "higher-is-more-resilient",
    files,
    notes: `${description.notes} A crosswalk, not a scored measure: the direction is not meaningful.`
  };
}

// ../sources/src/crosswalks/parse-isco-to-soc-2010-crosswalk.ts
var ISCO_TO_SOC_2010_ID = "isco-08-to-soc-2010-crosswalk";
var ISCO_TO_SOC_2010_SHEET = "ISCO-08 to 2010 SOC";
var ISCO_CODE = /^\d{3,4}$/;
var SOC_CODE = /^\d{2}-\d{4}$/;
var COLUMNS = ["ISCO-08 Code", "ISCO-08 Title EN", "occ_code", "2010 SOC Title"];
function parseIscoToSoc2010Crosswalk(input) {
  const table = readXlsxTable(input.bytes, {
    source: ISCO_TO_SOC_2010_ID,
    file: input.file,
    sheet: ISCO_TO_SOC_2010_SHEET,
    headerRow: 1,
    requiredColumns: COLUMNS
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const from = table.text(row, "ISCO-08 Code").trim();
    if (!ISCO_CODE.test(from))
      throw table.error(
        `must be an ISCO-08 code like 3252, got ${JSON.stringify(from)}`,
        row.line,
        "ISCO-08 Code"
      );
    const to = table.text(row, "occ_code").trim();
    if (!SOC_CODE.test(to))
      throw table.error(
        `must be a SOC 2010 code like 29-2071, got ${JSON.stringify(to)}`,
        row.line,
        "occ_code"
      );
    const key = `${from} \u2192 ${to}`;
    const previous = seen.get(key);
    if (previous !== void 0)
      throw table.error(`duplicate pair ${key} (first seen on row ${previous})`, row.line, "occ_code");
    seen.set(key, row.line);
    return {
      from,
      to,
      fromTitle: table.text(row, "ISCO-08 Title EN").trim(),
      toTitle: table.text(row, "2010 SOC Title").trim(),
      row: row.line
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: ISCO_TO_SOC_2010_ID,
        label: "BLS ISCO-08 to 2010 SOC crosswalk",
        citation: "U.S. Bureau of Labor Statistics, ISCO-08 to 2010 SOC crosswalk (isco_soc_crosswalk.xls), as re-saved by Tolan, Pesole, Mart\xEDnez-Plumed et al. (JRC AI & labour repository).",
        vintage: "2010 SOC / ISCO-08; committed 2021-01-05",
        licence: "Public domain (BLS / U.S. Government work); mirror repository licence unstated",
        codeSystem: "isco-08",
        notes: "Many-to-many. Rows 211 and 315 are ISCO-08 minor groups, not unit groups."
      },
      [sourceFileOf(input)]
    )
  };
}

// ../sources/src/shared/duplicate-check.ts
function assertUniqueKey(table, seen, key, row, column) {
  const previous = seen.get(key);
  if (previous !== void 0)
    throw table.error(`duplicate code ${key} (first seen on row ${previous})`, row.line, column);
  seen.set(key, row.line);
}

// ../sources/src/crosswalks/parse-nem-onet-to-soc-crosswalk.ts
var NEM_ONET_TO_SOC_ID = "nem-onet-to-soc-crosswalk";
var NEM_ONET_TO_SOC_SHEET = "ONET to SOC crosswalk";
var MATRIX_AGGREGATE_CODES = [
  "13-1020",
  "13-2020",
  "21-1018",
  "25-2052",
  "25-9045",
  "29-2010",
  "31-1120",
  "39-7010",
  "47-4090",
  "51-2028",
  "51-2090",
  "53-1047"
];
var ONET_SOC2 = /^\d{2}-\d{4}\.\d{2}$/;
var MATRIX_CODE = /^\d{2}-\d{4}$/;
var MISSING = "\u2014";
var COLUMNS2 = [
  "Sort Order",
  "O*NET-SOC Code",
  "O*NET-SOC Title",
  "NEM Code",
  "National Employment Matrix Occupational Title"
];
function parseNemOnetToSocCrosswalk(input) {
  const table = readXlsxTable(input.bytes, {
    source: NEM_ONET_TO_SOC_ID,
    file: input.file,
    sheet: NEM_ONET_TO_SOC_SHEET,
    headerRow: 5,
    requiredColumns: COLUMNS2
  });
  const seen = /* @__PURE__ */ new Map();
  const optional = (text) => {
    const cell = text.trim();
    return cell === "" || cell === MISSING ? null : cell;
  };
  const records = table.rows.map((row) => {
    const sortOrder = table.number(row, "Sort Order");
    const from = table.text(row, "O*NET-SOC Code").trim();
    if (!ONET_SOC2.test(from)) {
      throw table.error(
        `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(from)}`,
        row.line,
        "O*NET-SOC Code"
      );
    }
    assertUniqueKey(table, seen, from, row, "O*NET-SOC Code");
    const to = table.text(row, "NEM Code").trim();
    if (!MATRIX_CODE.test(to)) {
      throw table.error(
        `must be a matrix code like 13-1020, got ${JSON.stringify(to)}`,
        row.line,
        "NEM Code"
      );
    }
    return {
      from,
      to,
      fromTitle: table.text(row, "O*NET-SOC Title").trim(),
      toTitle: table.text(row, "National Employment Matrix Occupational Title").trim(),
      row: row.line,
      sortOrder,
      oohProfileCode: optional(table.text(row, "OOH Profile Code")),
      oohProfileTitle: optional(table.text(row, "OOH Profile Title"))
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: NEM_ONET_TO_SOC_ID,
        label: "BLS O*NET-SOC to National Employment Matrix crosswalk",
        citation: "U.S. Bureau of Labor Statistics, Office of Occupational Statistics and Employment Projections, O*NET-SOC to National Employment Matrix (NEM) and Occupational Outlook Handbook Coverage Crosswalk (as of 9/6/2023).",
        vintage: "As of 9/6/2023 (2022 National Employment Matrix; O*NET-SOC 2019 taxonomy)",
        licence: "Public domain (U.S. Government work)",
        codeSystem: "onet-soc-2019",
        notes: "Gives the members of the 12 matrix aggregates (e.g. 13-1020)."
      },
      [sourceFileOf(input)]
    )
  };
}
function matrixAggregateMembers(records) {
  const parents = /* @__PURE__ */ new Map();
  for (const { from, to } of records) {
    const parent = from.slice(0, 7);
    const members = parents.get(to);
    if (members) members.add(parent);
    else parents.set(to, /* @__PURE__ */ new Set([parent]));
  }
  const aggregates = [];
  for (const [code, members] of parents) {
    if (members.size === 1 && members.has(code)) continue;
    aggregates.push([code, [...members].sort()]);
  }
  return Object.fromEntries(aggregates.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// ../sources/src/crosswalks/parse-soc-2010-to-2018-crosswalk.ts
var SOC_2010_TO_2018_ID = "soc-2010-to-2018-crosswalk";
var SOC_CODE2 = /^\d{2}-\d{4}$/;
var CHANGE_MARK = /\s*\(#{1,2}\)\s*$/;
var COLUMNS3 = ["2010 SOC Code", "2010 SOC Title", "2018 SOC Code", "2018 SOC Title"];
function parseSoc2010To2018Crosswalk(input) {
  const table = readDelimited(input.bytes, {
    source: SOC_2010_TO_2018_ID,
    file: input.file,
    requiredColumns: COLUMNS3
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const from = table.text(row, "2010 SOC Code").trim();
    const to = table.text(row, "2018 SOC Code").trim();
    for (const [code, column] of [
      [from, "2010 SOC Code"],
      [to, "2018 SOC Code"]
    ]) {
      if (!SOC_CODE2.test(code))
        throw table.error(`must be a SOC code like 29-2071, got ${JSON.stringify(code)}`, row.line, column);
    }
    const key = `${from} \u2192 ${to}`;
    const previous = seen.get(key);
    if (previous !== void 0)
      throw table.error(`duplicate pair ${key} (first seen on row ${previous})`, row.line, "2018 SOC Code");
    seen.set(key, row.line);
    return {
      from,
      to,
      fromTitle: table.text(row, "2010 SOC Title").replace(CHANGE_MARK, "").trim(),
      toTitle: table.text(row, "2018 SOC Title").replace(CHANGE_MARK, "").trim(),
      row: row.line
    };
  });
  return {
    records,
    descriptor: crosswalkDescriptor(
      {
        id: SOC_2010_TO_2018_ID,
        label: "BLS 2010 SOC to 2018 SOC crosswalk",
        citation: "U.S. Bureau of Labor Statistics, 2010 SOC to 2018 SOC crosswalk (soc_2010_to_2018_crosswalk.xlsx), CSV rendition.",
        vintage: "2018 SOC revision",
        licence: "Public domain (BLS / U.S. Government work)",
        codeSystem: "soc-2010",
        notes: "Many-to-many; a 2018 code fed by several 2010 codes takes the mean of their percentiles."
      },
      [sourceFileOf(input)]
    )
  };
}

// ../sources/src/crosswalks/load-crosswalks.ts
async function loadSoc2010To2018Crosswalk(path, displayPath = "crosswalk/soc_2010_to_2018_crosswalk.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSoc2010To2018Crosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}
async function loadNemOnetToSocCrosswalk(path, displayPath = "bls/nem-onet-to-soc-crosswalk.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseNemOnetToSocCrosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}
async function loadIscoToSoc2010Crosswalk(path, displayPath = "crosswalk/isco08_to_soc2010_crosswalk.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIscoToSoc2010Crosswalk({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/onet/onet-display-path.ts
function onetDisplayPath(path) {
  const normalised = path.replace(/\\/g, "/");
  const match = /(?:^|\/)(onet\/.+)$/.exec(normalised);
  return match?.[1] ?? normalised.slice(normalised.lastIndexOf("/") + 1);
}

// ../sources/src/onet/read-onet-table.ts
var ONET_ID = "onet";
function onetFormatOf(file, options) {
  return options.format ?? (/\.xlsx$/i.test(file) ? "xlsx" : "csv");
}
function readOnetTable(input, options, requiredColumns) {
  const origin = { source: ONET_ID, file: input.file };
  return onetFormatOf(input.file, options) === "xlsx" ? readXlsxTable(input.bytes, { ...origin, sheet: 0, headerRow: 1, requiredColumns }) : readDelimited(input.bytes, { ...origin, requiredColumns });
}
var ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
function readOnetSocCode(table, row, column = "O*NET-SOC Code") {
  const code = table.text(row, column).trim();
  if (!ONET_SOC_CODE.test(code)) {
    throw table.error(
      `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(code)}`,
      row.line,
      column
    );
  }
  return code;
}
function readRequiredText(table, row, column) {
  const text = table.text(row, column).trim();
  if (text === "") throw table.error("must not be empty", row.line, column);
  return text;
}
function readInteger(table, row, column, minimum, maximum) {
  const value = table.number(row, column);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw table.error(`must be an integer from ${minimum} to ${maximum}, got ${value}`, row.line, column);
  }
  return value;
}
var ONET_DATE = /^(0[1-9]|1[0-2])\/\d{4}$/;
function readOnetDate(table, row, column = "Date") {
  const date = table.text(row, column).trim();
  if (!ONET_DATE.test(date))
    throw table.error(`must be a month like 08/2023, got ${JSON.stringify(date)}`, row.line, column);
  return date;
}

// ../sources/src/onet/onet-descriptor.ts
var RELEASE_DATES = {
  "29.3": "May 2025",
  "30.3": "May 2026"
};
var RELEASE_FOLDER = /(?:^|[\\/])(\d{2}\.\d)[\\/]/;
function onetReleaseOf(file, options) {
  return options.release ?? RELEASE_FOLDER.exec(file)?.[1];
}
function onetDescriptor(what, inputs, options) {
  const release = onetReleaseOf(inputs[0]?.file ?? "", options);
  const date = release === void 0 ? void 0 : RELEASE_DATES[release];
  return {
    id: ONET_ID,
    label: `O*NET${release === void 0 ? "" : ` ${release}`} ${what}`,
    citation: `National Center for O*NET Development. O*NET${release === void 0 ? "" : ` ${release}`} Database. O*NET Resource Center, sponsored by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). https://www.onetcenter.org/database.html`,
    vintage: release === void 0 ? "O*NET Database (release not stated)" : `O*NET ${release} Database${date === void 0 ? "" : `, ${date} release`}`,
    licence: "CC BY 4.0 (O*NET Resource Center, USDOL/ETA); O*NET\xAE is a trademark of USDOL/ETA. Cite the release.",
    // O*NET describes occupations; it is not a score, so the direction has no meaning here.
    direction: "higher-is-more-resilient",
    codeSystem: "onet-soc-2019",
    files: inputs.map(sourceFileOf),
    notes: "Descriptive data (titles, tasks, job zones, education), not a score: the direction does not apply.",
    options: { release: release ?? null }
  };
}

// ../sources/src/onet/parse-onet-task-statements.ts
var TASK_TYPES = /* @__PURE__ */ new Map([
  ["Core", "Core"],
  ["Supplemental", "Supplemental"],
  ["", null]
]);
function parseOnetTaskStatements(input, options = {}) {
  const table = readOnetTable(input, options, [
    "O*NET-SOC Code",
    "Title",
    "Task ID",
    "Task",
    "Task Type",
    "Incumbents Responding",
    "Date",
    "Domain Source"
  ]);
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const onetSocCode = readOnetSocCode(table, row);
    const taskId = readInteger(table, row, "Task ID", 1, Number.MAX_SAFE_INTEGER);
    const previous = seen.get(taskId);
    if (previous !== void 0)
      throw table.error(`duplicate Task ID ${taskId} (first seen on row ${previous})`, row.line, "Task ID");
    seen.set(taskId, row.line);
    const typeText = table.text(row, "Task Type").trim();
    const taskType = TASK_TYPES.get(typeText);
    if (taskType === void 0) {
      throw table.error(
        `must be Core, Supplemental or empty, got ${JSON.stringify(typeText)}`,
        row.line,
        "Task Type"
      );
    }
    const incumbentsResponding = table.optionalNumber(row, "Incumbents Responding");
    if (incumbentsResponding !== null && (!Number.isInteger(incumbentsResponding) || incumbentsResponding < 0)) {
      throw table.error(
        `must be a whole number of respondents, got ${incumbentsResponding}`,
        row.line,
        "Incumbents Responding"
      );
    }
    return {
      onetSocCode,
      title: readRequiredText(table, row, "Title"),
      taskId,
      statement: readRequiredText(table, row, "Task"),
      taskType,
      incumbentsResponding,
      date: readOnetDate(table, row),
      domainSource: readRequiredText(table, row, "Domain Source"),
      row: row.line
    };
  });
  return { records, descriptor: onetDescriptor("task statements", [input], options) };
}

// ../sources/src/onet/load-onet-task-statements.ts
async function loadOnetTaskStatements(path, displayPath = onetDisplayPath(path), options = {}) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOnetTaskStatements({ bytes, file: displayPath, sha256: file.sha256 }, options);
}

// ../sources/src/task-signals/task-fields.ts
var TASK_ID = /^\d+(\.0+)?$/;
function readTaskId(table, row, column) {
  const cell = table.text(row, column).trim();
  const value = TASK_ID.test(cell) ? Number(cell) : Number.NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw table.error(`must be a positive integer Task ID, got ${JSON.stringify(cell)}`, row.line, column);
  }
  return value;
}
function readStatement(table, row, column) {
  const statement = table.text(row, column).trim();
  if (statement === "") throw table.error("must be a task statement, got an empty cell", row.line, column);
  return statement;
}
function readTaskType(table, row, column) {
  const cell = table.text(row, column).trim();
  if (cell === "") return null;
  if (cell === "Core" || cell === "Supplemental") return cell;
  throw table.error(`must be Core, Supplemental or empty, got ${JSON.stringify(cell)}`, row.line, column);
}
function readNumberOf(table, row, column, allowed) {
  const value = table.number(row, column);
  if (!allowed.includes(value)) {
    throw table.error(`must be one of ${allowed.join(", ")}, got ${value}`, row.line, column);
  }
  return value;
}
function readNumberBetween(table, row, column, minimum, maximum) {
  const value = table.number(row, column);
  if (value < minimum || value > maximum) {
    throw table.error(`must be in [${minimum}, ${maximum}], got ${value}`, row.line, column);
  }
  return value;
}
function assertUniqueTaskId(table, seen, taskId, row, column) {
  const previous = seen.get(taskId);
  if (previous !== void 0)
    throw table.error(`duplicate Task ID ${taskId} (first seen on row ${previous})`, row.line, column);
  seen.set(taskId, row.line);
}

// ../sources/src/task-signals/parse-aei-task-statements.ts
var AEI_TASK_STATEMENTS_ID = "anthropic-economic-index-task-statements";
function parseAeiTaskStatements(input) {
  const table = readDelimited(input.bytes, {
    source: AEI_TASK_STATEMENTS_ID,
    file: input.file,
    requiredColumns: ["O*NET-SOC Code", "Task ID", "Task"]
  });
  const records = table.rows.map(
    (row) => ({
      onetSocCode: readOnetSocCode(table, row, "O*NET-SOC Code"),
      title: table.text(row, "Title").trim(),
      taskId: readTaskId(table, row, "Task ID"),
      statement: readStatement(table, row, "Task"),
      taskType: readTaskType(table, row, "Task Type"),
      row: row.line
    })
  );
  return { records, descriptor: aeiTaskStatementsDescriptor(input) };
}
function aeiTaskStatementsDescriptor(input) {
  return {
    id: AEI_TASK_STATEMENTS_ID,
    label: "Anthropic Economic Index task list",
    citation: "Handa, K., Tamkin, A., McCain, M., et al. (2025). Which Economic Tasks are Performed with AI? arXiv:2503.04761. Data: Anthropic Economic Index, release 2025-02-10, onet_task_statements.csv (O*NET task statements, CC BY 4.0).",
    vintage: "release 2025-02-10",
    licence: "MIT (release_2025_02_10 card); O*NET task statements CC BY 4.0",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "The task universe of the Index: a task listed here without usage was observed at zero."
  };
}

// ../sources/src/task-signals/load-aei-task-statements.ts
async function loadAeiTaskStatements(path, displayPath = "anthropic/aei_2025_02_10/onet_task_statements.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAeiTaskStatements({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/task-signals/parse-aei-task-usage.ts
var AEI_TASK_USAGE_ID = "anthropic-economic-index-task-usage";
function parseAeiTaskUsage(input) {
  const table = readDelimited(input.bytes, {
    source: AEI_TASK_USAGE_ID,
    file: input.file,
    requiredColumns: ["task_name", "pct"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const statement = readStatement(table, row, "task_name");
    const previous = seen.get(statement);
    if (previous !== void 0)
      throw table.error(`duplicate task (first seen on row ${previous})`, row.line, "task_name");
    seen.set(statement, row.line);
    const share = table.number(row, "pct");
    if (share < 0 || share > 100) throw table.error(`must be in [0, 100], got ${share}`, row.line, "pct");
    return { statement, share, row: row.line };
  });
  return { records, descriptor: aeiTaskUsageDescriptor(input) };
}
function aeiTaskUsageDescriptor(input) {
  return {
    id: AEI_TASK_USAGE_ID,
    label: "Anthropic Economic Index task usage",
    citation: "Handa, K., Tamkin, A., McCain, M., et al. (2025). Which Economic Tasks are Performed with AI? Evidence from Millions of Claude Conversations. arXiv:2503.04761. Data: Anthropic Economic Index, release 2025-02-10 (huggingface.co/datasets/Anthropic/EconomicIndex).",
    vintage: "release 2025-02-10",
    licence: "MIT (release_2025_02_10 card); Economic Index dataset card CC BY",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "Share of conversations per O*NET task statement, in percent; joined to tasks by statement text."
  };
}

// ../sources/src/task-signals/load-aei-task-usage.ts
async function loadAeiTaskUsage(path, displayPath = "anthropic/aei_2025_02_10/onet_task_mappings.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAeiTaskUsage({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/task-signals/parse-althoff-reichardt-task-capabilities.ts
var ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID = "althoff-reichardt-task-capabilities";
function parseAlthoffReichardtTaskCapabilities(input) {
  const table = readDelimited(input.bytes, {
    source: ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
    file: input.file,
    requiredColumns: ["soc_code_onet", "task_id", "task_description", "task_weight", "automatable_genai"]
  });
  const hasRobots = table.columnIndex("automatable_smart_robots") !== void 0;
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const taskId = readTaskId(table, row, "task_id");
    assertUniqueTaskId(table, seen, taskId, row, "task_id");
    return {
      onetSocCode: readOnetSocCode(table, row, "soc_code_onet"),
      title: table.text(row, "occ_title").trim(),
      taskId,
      statement: readStatement(table, row, "task_description"),
      taskWeight: readNumberBetween(table, row, "task_weight", 0, 1),
      automatableGenai: readNumberOf(table, row, "automatable_genai", [0, 1]),
      automatableSmartRobots: hasRobots ? readNumberOf(table, row, "automatable_smart_robots", [0, 1]) : null,
      row: row.line
    };
  });
  return { records, descriptor: althoffReichardtTaskCapabilitiesDescriptor(input) };
}
function althoffReichardtTaskCapabilitiesDescriptor(input) {
  return {
    id: ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
    label: "Althoff & Reichardt task AI capabilities",
    citation: "Althoff, L. & Reichardt, H. (2026). Task-Specific Technical Change and Comparative Advantage. NBER Working Paper 35353. Data: github.com/lukasalthoff/ai_labor_markets, task_ai_capabilities.csv (release v1.2, GPT-4o ratings).",
    vintage: "data release v1.2 (2026-02-19), GPT-4o ratings",
    licence: "None declared in the repository; derived from O*NET (CC BY 4.0); cite the authors",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "Tasks on the O*NET-SOC 2010 taxonomy; automatable_genai is 0/1."
  };
}

// ../sources/src/task-signals/load-althoff-reichardt-task-capabilities.ts
async function loadAlthoffReichardtTaskCapabilities(path, displayPath = "althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAlthoffReichardtTaskCapabilities({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/task-signals/parse-eloundou-task-labels.ts
var ELOUNDOU_TASK_LABELS_ID = "eloundou-task-labels";
var EXPOSURE_LABELS = ["E0", "E1", "E2"];
function readExposureLabel(table, row, column) {
  if (table.columnIndex(column) === void 0) return null;
  const cell = table.text(row, column).trim();
  if (!EXPOSURE_LABELS.includes(cell))
    throw table.error(`must be E0, E1 or E2, got ${JSON.stringify(cell)}`, row.line, column);
  return cell;
}
function readOptionalOf(table, row, column, allowed) {
  return table.columnIndex(column) === void 0 ? null : readNumberOf(table, row, column, allowed);
}
function parseEloundouTaskLabels(input) {
  const table = readDelimited(input.bytes, {
    source: ELOUNDOU_TASK_LABELS_ID,
    file: input.file,
    delimiter: "	",
    requiredColumns: ["O*NET-SOC Code", "Task ID", "Task", "beta"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const taskId = readTaskId(table, row, "Task ID");
    assertUniqueTaskId(table, seen, taskId, row, "Task ID");
    return {
      onetSocCode: readOnetSocCode(table, row, "O*NET-SOC Code"),
      title: table.text(row, "Title").trim(),
      taskId,
      statement: readStatement(table, row, "Task"),
      taskType: readTaskType(table, row, "Task Type"),
      gpt4Exposure: readExposureLabel(table, row, "gpt4_exposure"),
      humanExposure: readExposureLabel(table, row, "human_exposure_agg"),
      alpha: readOptionalOf(table, row, "alpha", [0, 1]),
      beta: readNumberOf(table, row, "beta", [0, 0.5, 1]),
      gamma: readOptionalOf(table, row, "gamma", [0, 1]),
      automation: readOptionalOf(table, row, "automation", [0, 0.25, 0.5, 0.75, 1]),
      row: row.line
    };
  });
  return { records, descriptor: eloundouTaskLabelsDescriptor(input) };
}
function eloundouTaskLabelsDescriptor(input) {
  return {
    id: ELOUNDOU_TASK_LABELS_ID,
    label: "Eloundou et al. task exposure labels",
    citation: "Eloundou, T., Manning, S., Mishkin, P. & Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702), 1306\u20131308; arXiv:2303.10130. Data: github.com/openai/GPTs-are-GPTs, full_labelset.tsv.",
    vintage: "O*NET 27.2 tasks, labels 2023",
    licence: "MIT (openai/GPTs-are-GPTs, Copyright 2024 OpenAI); task statements from O*NET (CC BY 4.0)",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "beta = E1 + 0.5\xB7E2 from GPT-4 labels."
  };
}

// ../sources/src/task-signals/load-eloundou-task-labels.ts
async function loadEloundouTaskLabels(path, displayPath = "eloundou/full_labelset.tsv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEloundouTaskLabels({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/task-signals/parse-workbank-expert-ratings.ts
var WORKBANK_EXPERT_RATINGS_ID = "workbank-expert-ratings";
var RATINGS = [1, 2, 3, 4, 5];
function readOptionalRating(table, row, column) {
  return table.columnIndex(column) === void 0 ? null : readNumberOf(table, row, column, RATINGS);
}
function parseWorkbankExpertRatings(input) {
  const table = readDelimited(input.bytes, {
    source: WORKBANK_EXPERT_RATINGS_ID,
    file: input.file,
    requiredColumns: ["Task ID", "Task", "Automation Capacity Rating"]
  });
  const records = table.rows.map(
    (row) => ({
      taskId: readTaskId(table, row, "Task ID"),
      occupationTitle: table.text(row, "Occupation (O*NET-SOC Title)").trim(),
      statement: readStatement(table, row, "Task"),
      expert: table.text(row, "User ID").trim(),
      automationCapacity: readNumberOf(table, row, "Automation Capacity Rating", RATINGS),
      humanAgency: readOptionalRating(table, row, "Human Agency Scale Rating"),
      row: row.line
    })
  );
  return { records, descriptor: workbankExpertRatingsDescriptor(input) };
}
var WORKBANK_CITATION = "Shao, Y., Zope, H., Jiang, Y., Pei, J., Nguyen, D., Brynjolfsson, E. & Yang, D. (2025). Future of Work with AI Agents: Auditing Automation and Augmentation Potential across the U.S. Workforce. arXiv:2506.06576. Data: huggingface.co/datasets/SALT-NLP/WORKBank.";
function workbankExpertRatingsDescriptor(input) {
  return {
    id: WORKBANK_EXPERT_RATINGS_ID,
    label: "WORKBank expert-rated AI capability",
    citation: WORKBANK_CITATION,
    vintage: "v1 (June 2025)",
    licence: "Unstated in the mirror; check the SALT-NLP/WORKBank dataset card before redistribution",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "Automation Capacity Rating 1\u20135 per expert and task."
  };
}

// ../sources/src/task-signals/load-workbank-expert-ratings.ts
async function loadWorkbankExpertRatings(path, displayPath = "workbank/expert_rated_technological_capability.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWorkbankExpertRatings({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/task-signals/parse-workbank-task-metadata.ts
var WORKBANK_TASK_METADATA_ID = "workbank-task-metadata";
function parseWorkbankTaskMetadata(input) {
  const table = readDelimited(input.bytes, {
    source: WORKBANK_TASK_METADATA_ID,
    file: input.file,
    requiredColumns: ["O*NET-SOC Code", "Task ID", "Task"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const taskId = readTaskId(table, row, "Task ID");
    assertUniqueTaskId(table, seen, taskId, row, "Task ID");
    return {
      onetSocCode: readOnetSocCode(table, row, "O*NET-SOC Code"),
      title: table.text(row, "Occupation (O*NET-SOC Title)").trim(),
      taskId,
      statement: readStatement(table, row, "Task"),
      taskType: readTaskType(table, row, "Task Type"),
      row: row.line
    };
  });
  return { records, descriptor: workbankTaskMetadataDescriptor(input) };
}
function workbankTaskMetadataDescriptor(input) {
  return {
    id: WORKBANK_TASK_METADATA_ID,
    label: "WORKBank task list",
    citation: WORKBANK_CITATION,
    vintage: "v1 (June 2025)",
    licence: "Unstated in the mirror; check the SALT-NLP/WORKBank dataset card before redistribution",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-task",
    files: [sourceFileOf(input)],
    notes: "Task statements with O*NET metadata for the tasks WORKBank rated."
  };
}

// ../sources/src/task-signals/load-workbank-task-metadata.ts
async function loadWorkbankTaskMetadata(path, displayPath = "workbank/task_statement_with_metadata.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWorkbankTaskMetadata({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/ai-resilience-model/load-ai-resilience-model-inputs.ts
var AI_RESILIENCE_MODEL_FILES = {
  /** O*NET 30.3 task statements: the tasks the model rates. */
  tasks: "onet/30.3/task_statements.csv",
  /** Althoff & Reichardt task capabilities (`automatable_genai`, `task_weight`). */
  althoffReichardt: "althoff_reichardt/task_ai_capabilities_v1.2_gpt4o.csv",
  /** Eloundou et al. task labels (GPT-4 `beta`). */
  eloundou: "eloundou/full_labelset.tsv",
  /** WORKBank expert ratings of automation capacity. */
  workbankRatings: "workbank/expert_rated_technological_capability.csv",
  /** WORKBank's task list (each rated task's occupation). */
  workbankTasks: "workbank/task_statement_with_metadata.csv",
  /** Anthropic Economic Index (Feb 2025) usage share per task statement. */
  aeiUsage: "anthropic/aei_2025_02_10/onet_task_mappings.csv",
  /** The Economic Index's own task list (observed-zero usage). */
  aeiTaskStatements: "anthropic/aei_2025_02_10/onet_task_statements.csv",
  /** SOC 2010 → 2018 crosswalk (the optional crosswalk fallback). */
  socCrosswalk: "crosswalk/soc_2010_to_2018_crosswalk.csv"
};
async function loadAiResilienceModelInputs(dataDirectory) {
  const path = (relative) => join(dataDirectory, relative);
  const files = AI_RESILIENCE_MODEL_FILES;
  const [
    tasks,
    althoffReichardt,
    eloundou,
    workbankRatings,
    workbankTasks,
    aeiUsage,
    aeiTaskStatements,
    crosswalk
  ] = await Promise.all([
    loadOnetTaskStatements(path(files.tasks), files.tasks),
    loadAlthoffReichardtTaskCapabilities(path(files.althoffReichardt), files.althoffReichardt),
    loadEloundouTaskLabels(path(files.eloundou), files.eloundou),
    loadWorkbankExpertRatings(path(files.workbankRatings), files.workbankRatings),
    loadWorkbankTaskMetadata(path(files.workbankTasks), files.workbankTasks),
    loadAeiTaskUsage(path(files.aeiUsage), files.aeiUsage),
    loadAeiTaskStatements(path(files.aeiTaskStatements), files.aeiTaskStatements),
    loadSoc2010To2018Crosswalk(path(files.socCrosswalk), files.socCrosswalk)
  ]);
  return {
    tasks: tasks.records,
    althoffReichardt: althoffReichardt.records,
    eloundou: eloundou.records,
    workbankRatings: workbankRatings.records,
    workbankTasks: workbankTasks.records,
    aeiUsage: aeiUsage.records,
    aeiTaskStatements: aeiTaskStatements.records,
    socCrosswalk: crosswalk.records,
    files: [
      ...[
        tasks,
        althoffReichardt,
        eloundou,
        workbankRatings,
        workbankTasks,
        aeiUsage,
        aeiTaskStatements,
        crosswalk
      ].flatMap((source) => source.descriptor.files)
    ]
  };
}

// ../sources/src/aioe/parse-aioe.ts
var AIOE_ID = "aioe";
var FELTEN_2021 = "Felten, E., Raj, M. & Seamans, R. (2021). Occupational, industry, and geographic exposure to artificial intelligence: A novel dataset and its potential uses. Strategic Management Journal 42(12):2195\u20132217. doi:10.1002/smj.3286.";
var FELTEN_2023 = "Felten, E., Raj, M. & Seamans, R. (2023). How will Language Modelers like ChatGPT Affect Occupations and Industries? arXiv:2303.01157.";
var LAYOUTS = {
  aioe: {
    id: AIOE_ID,
    label: "AI Occupational Exposure (Felten, Raj & Seamans 2021)",
    sheet: "Appendix A",
    valueColumn: "AIOE",
    citation: `${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, AIOE_DataAppendix.xlsx.`,
    vintage: "O*NET 2020 abilities, EFF AI progress metrics; file of 2021-06-11"
  },
  "language-modeling": {
    id: `${AIOE_ID}-language-modeling`,
    label: "Language-modeling AIOE (Felten, Raj & Seamans 2023)",
    sheet: "LM AIOE",
    valueColumn: "Language Modeling AIOE",
    citation: `${FELTEN_2023} Method of ${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, Language Modeling AIOE and AIIE.xlsx.`,
    vintage: "March 2023"
  },
  "image-generation": {
    id: `${AIOE_ID}-image-generation`,
    label: "Image-generation AIOE (Felten, Raj & Seamans 2023)",
    sheet: "IG AIOE",
    valueColumn: "Image Generation AIOE",
    citation: `${FELTEN_2023} Method of ${FELTEN_2021} Data: github.com/AIOE-Data/AIOE, Image Generation AIOE and AIIE.xlsx.`,
    vintage: "May 2023"
  }
};
var SOC_2010 = /^\d{2}-\d{4}$/;
function parseAioe(input) {
  return parseAioeSheet(input, LAYOUTS.aioe);
}
function parseAioeVariant(input, options) {
  const variant = options?.variant;
  if (variant !== "language-modeling" && variant !== "image-generation") {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `unknown AIOE variant ${JSON.stringify(variant)} (expected language-modeling or image-generation)`
    );
  }
  return parseAioeSheet(input, LAYOUTS[variant], variant);
}
function parseAioeSheet(input, layout, variant) {
  const table = readXlsxTable(input.bytes, {
    source: layout.id,
    file: input.file,
    sheet: layout.sheet,
    requiredColumns: ["SOC Code", "Occupation Title", layout.valueColumn]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "SOC Code").trim();
    if (!SOC_2010.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        "SOC Code"
      );
    }
    assertUniqueKey(table, seen, code, row, "SOC Code");
    const value = table.number(row, layout.valueColumn);
    return { code, value, title: table.text(row, "Occupation Title").trim(), row: row.line };
  });
  const descriptor = {
    id: layout.id,
    label: layout.label,
    citation: layout.citation,
    vintage: layout.vintage,
    licence: "none stated (no LICENSE file; the authors ask to cite Felten, Raj & Seamans 2021)",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2010",
    files: [sourceFileOf(input)],
    notes: "Standardised score (mean 0, sd 1 across occupations); higher = more exposed.",
    ...variant === void 0 ? {} : { options: { variant } }
  };
  return { records, descriptor };
}

// ../sources/src/aioe/load-aioe.ts
var AIOE_FILES = {
  aioe: "aioe/AIOE_DataAppendix.xlsx",
  "language-modeling": "aioe/language_modeling_aioe_aiie.xlsx",
  "image-generation": "aioe/image_generation_aioe_aiie.xlsx"
};
async function loadAioe(path, displayPath = AIOE_FILES.aioe) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAioe({ bytes, file: displayPath, sha256: file.sha256 });
}
async function loadAioeVariant(path, variant, displayPath = AIOE_FILES[variant]) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAioeVariant({ bytes, file: displayPath, sha256: file.sha256 }, { variant });
}

// ../sources/src/anthropic-observed-exposure/parse-anthropic-observed-exposure.ts
var ANTHROPIC_OBSERVED_EXPOSURE_ID = "anthropic-observed-exposure";
var SOC_20182 = /^\d{2}-\d{4}$/;
function parseAnthropicObservedExposure(input) {
  const table = readDelimited(input.bytes, {
    source: ANTHROPIC_OBSERVED_EXPOSURE_ID,
    file: input.file,
    requiredColumns: ["occ_code", "observed_exposure"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "occ_code").trim();
    if (!SOC_20182.test(code)) {
      throw table.error(
        `must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`,
        row.line,
        "occ_code"
      );
    }
    assertUniqueKey(table, seen, code, row, "occ_code");
    const value = table.number(row, "observed_exposure");
    if (value < 0 || value > 1)
      throw table.error(`must be in [0, 1], got ${value}`, row.line, "observed_exposure");
    return { code, value, row: row.line };
  });
  return { records, descriptor: anthropicObservedExposureDescriptor(input) };
}
function anthropicObservedExposureDescriptor(input) {
  return {
    id: ANTHROPIC_OBSERVED_EXPOSURE_ID,
    label: "Anthropic observed exposure",
    citation: "Massenkoff, M. & McCrory, P. (2026). Observed AI exposure of US occupations from Claude usage. Anthropic Economic Research, March 2026.",
    vintage: "March 2026",
    licence: "CC BY 4.0 (Anthropic Economic Index data); cite the authors",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2018",
    files: [sourceFileOf(input)]
  };
}

// ../sources/src/anthropic-observed-exposure/load-anthropic-observed-exposure.ts
async function loadAnthropicObservedExposure(path, displayPath = "anthropic/job_exposure.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseAnthropicObservedExposure({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/bls-oews/parse-oews.ts
var OEWS_ID = "bls-oews";
var OEWS_SHEET = "national_M2024_dl";
var OEWS_NOTES_SHEET = "Field Descriptions";
var OEWS_MAY_2024_TOP_CODES = { annual: 239200, hourly: 115 };
var COLUMNS4 = [
  "OCC_CODE",
  "OCC_TITLE",
  "O_GROUP",
  "TOT_EMP",
  "H_MEAN",
  "A_MEAN",
  "H_MEDIAN",
  "A_MEDIAN",
  "ANNUAL",
  "HOURLY"
];
var GROUPS = ["total", "major", "minor", "broad", "detailed"];
var SOC_CODE3 = /^\d{2}-\d{4}$/;
var NOT_AVAILABLE = "*";
var TOP_CODED = "#";
var EMPLOYMENT_NOT_AVAILABLE = "**";
function parseOews(input) {
  const origin = { source: OEWS_ID, file: input.file };
  const table = readXlsxTable(input.bytes, { ...origin, sheet: OEWS_SHEET, headerRow: 1 });
  const upperHeader = table.header.map((name) => name.toUpperCase());
  const normalised = new Table(table.origin, upperHeader, table.rows, table.headerLine);
  normalised.requireColumns(COLUMNS4);
  const topCodes = readTopCodes(input.bytes, origin);
  const seen = /* @__PURE__ */ new Map();
  const records = normalised.rows.map((row) => {
    const code = normalised.text(row, "OCC_CODE").trim();
    if (!SOC_CODE3.test(code)) {
      throw normalised.error(
        `must be a SOC code like 29-2072, got ${JSON.stringify(code)}`,
        row.line,
        "OCC_CODE"
      );
    }
    const group = normalised.text(row, "O_GROUP").trim();
    if (!GROUPS.includes(group)) {
      throw normalised.error(
        `must be one of ${GROUPS.join(", ")}, got ${JSON.stringify(group)}`,
        row.line,
        "O_GROUP"
      );
    }
    const key = `${code} ${group}`;
    const previous = seen.get(key);
    if (previous !== void 0) {
      throw normalised.error(
        `duplicate code ${code} at level ${group} (first seen on row ${previous})`,
        row.line,
        "OCC_CODE"
      );
    }
    seen.set(key, row.line);
    const meanWage = readWage(normalised, row, "A_MEAN", topCodes.annual);
    const medianWage = readWage(normalised, row, "A_MEDIAN", topCodes.annual);
    const hourlyMeanWage = readWage(normalised, row, "H_MEAN", topCodes.hourly);
    const hourlyMedianWage = readWage(normalised, row, "H_MEDIAN", topCodes.hourly);
    return {
      code,
      title: normalised.text(row, "OCC_TITLE").trim(),
      group,
      employment: normalised.optionalNumber(row, "TOT_EMP", [EMPLOYMENT_NOT_AVAILABLE]),
      meanWage: meanWage.value,
      meanWageTopCoded: meanWage.topCoded,
      medianWage: medianWage.value,
      medianWageTopCoded: medianWage.topCoded,
      hourlyMeanWage: hourlyMeanWage.value,
      hourlyMeanWageTopCoded: hourlyMeanWage.topCoded,
      hourlyMedianWage: hourlyMedianWage.value,
      hourlyMedianWageTopCoded: hourlyMedianWage.topCoded,
      annualOnly: isTrue(normalised, row, "ANNUAL"),
      hourlyOnly: isTrue(normalised, row, "HOURLY"),
      row: row.line
    };
  });
  return { records, descriptor: oewsDescriptor(input, topCodes) };
}
function selectOewsDetailed(records) {
  return new Map(
    records.filter((record) => record.group === "detailed").map((record) => [record.code, record])
  );
}
function readWage(table, row, column, topCode) {
  const cell = table.text(row, column).trim();
  if (cell === TOP_CODED) return { value: topCode, topCoded: true };
  if (cell === NOT_AVAILABLE) return { value: null, topCoded: false };
  return { value: table.number(row, column), topCoded: false };
}
function isTrue(table, row, column) {
  const cell = table.text(row, column).trim().toUpperCase();
  if (cell === "" || cell === "FALSE") return false;
  if (cell === "TRUE" || cell === "1") return true;
  throw table.error(`must be TRUE or empty, got ${JSON.stringify(cell)}`, row.line, column);
}
var TOP_CODE_NOTE = /#\s*=.*?\$([\d,]+(?:\.\d+)?)\s*per hour or \$([\d,]+(?:\.\d+)?)\s*per year/i;
function readTopCodes(bytes, origin) {
  if (!listXlsxSheets(bytes, origin).includes(OEWS_NOTES_SHEET)) return OEWS_MAY_2024_TOP_CODES;
  for (const row of readXlsxSheet(bytes, { ...origin, sheet: OEWS_NOTES_SHEET }).rows) {
    const match = TOP_CODE_NOTE.exec(row.cells.join(" "));
    if (match?.[1] && match[2]) {
      return { hourly: Number(match[1].replaceAll(",", "")), annual: Number(match[2].replaceAll(",", "")) };
    }
  }
  return OEWS_MAY_2024_TOP_CODES;
}
function oewsDescriptor(input, topCodes) {
  return {
    id: OEWS_ID,
    label: "BLS Occupational Employment and Wage Statistics, May 2024",
    citation: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2024 national cross-industry estimates (national_M2024_dl.xlsx).",
    vintage: "OEWS May 2024 national estimates (from oesm24nat.zip)",
    licence: "Public domain (U.S. Government work)",
    direction: "higher-is-more-resilient",
    codeSystem: "soc-2018",
    files: [sourceFileOf(input)],
    notes: "Wages and employment facts, not a scoring source. * = not available (null); # = at or above the top code (kept as the top code with a flag); ** = employment not available.",
    options: { topCodedAnnualWage: topCodes.annual, topCodedHourlyWage: topCodes.hourly }
  };
}

// ../sources/src/bls-oews/load-oews.ts
async function loadOews(path, displayPath = "bls/national_M2024_dl.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOews({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/bls-projections/read-bls-matrix-table.ts
var BLS_PROJECTIONS_ID = "bls-projections";
var BLS_MISSING = "\u2014";
var MATRIX_COLUMNS = {
  title: "2024 National Employment Matrix title",
  code: "2024 National Employment Matrix code",
  occupationType: "Occupation type"
};
var MATRIX_CODE2 = /^\d{2}-\d{4}$/;
var OCCUPATION_TYPES = ["Summary", "Line item"];
function readBlsMatrixTable(bytes, file, sheet, requiredColumns) {
  const table = readXlsxTable(bytes, {
    source: BLS_PROJECTIONS_ID,
    file,
    sheet,
    headerRow: 2,
    requiredColumns: [...Object.values(MATRIX_COLUMNS), ...requiredColumns]
  });
  let end = table.rows.length;
  while (end > 0 && table.text(table.rows[end - 1], MATRIX_COLUMNS.code).trim() === "") end--;
  const footnotes = table.rows.slice(end).map(
    (row) => row.cells.filter((cell) => cell.trim() !== "").join(" ").trim()
  );
  const data = table.rows.slice(0, end);
  if (data.length === 0) throw table.error(`sheet "${sheet}" has no data rows before its footnotes`);
  return { table: new Table(table.origin, table.header, data, table.headerLine), footnotes };
}
function readMatrixRowIdentity(table, row) {
  const code = table.text(row, MATRIX_COLUMNS.code).trim();
  if (!MATRIX_CODE2.test(code)) {
    throw table.error(
      `must be a National Employment Matrix code like 29-2072, got ${JSON.stringify(code)}`,
      row.line,
      MATRIX_COLUMNS.code
    );
  }
  const rawTitle = table.text(row, MATRIX_COLUMNS.title).trimEnd();
  const title = rawTitle.trimStart();
  if (title === "") throw table.error("must not be empty", row.line, MATRIX_COLUMNS.title);
  const indent = rawTitle.length - title.length;
  if (indent % 2 !== 0) {
    throw table.error(
      `is indented by ${indent} spaces; the hierarchy is shown in steps of two`,
      row.line,
      MATRIX_COLUMNS.title
    );
  }
  const occupationType = table.text(row, MATRIX_COLUMNS.occupationType).trim();
  if (!OCCUPATION_TYPES.includes(occupationType)) {
    throw table.error(
      `must be "Summary" or "Line item", got ${JSON.stringify(occupationType)}`,
      row.line,
      MATRIX_COLUMNS.occupationType
    );
  }
  return { code, title, indentLevel: indent / 2, occupationType };
}

// ../sources/src/bls-projections/bls-projections-descriptors.ts
var BLS_ANNUAL_OPENINGS_ID = "bls-annual-openings";
var BLS_EMPLOYMENT_CHANGE_ID = "bls-employment-change";
var BLS_PROJECTIONS_CITATION = "U.S. Bureau of Labor Statistics, Employment Projections 2024\u201334, Table 1.2 Occupational projections, 2024\u20132034, and worker characteristics, 2024 (occupation.xlsx, 2024 National Employment Matrix; median wages from OEWS May 2024).";
var BLS_PROJECTIONS_VINTAGE = "Employment Projections 2024-34 (2024 National Employment Matrix; published 2025)";
var BLS_LICENCE = "Public domain (U.S. Government work)";
function blsProjectionsDescriptor(files) {
  return {
    id: BLS_PROJECTIONS_ID,
    label: "BLS Employment Projections 2024\u201334",
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: "higher-is-more-resilient",
    codeSystem: "bls-matrix",
    files,
    notes: 'Employment and openings in thousands; percent change as published (one decimal); a top-coded median wage (">=$239,200") is kept as 239200 with a flag. Direction applies to openings and growth.'
  };
}
function blsOpeningsDescriptor(files) {
  return {
    id: BLS_ANNUAL_OPENINGS_ID,
    label: "BLS projected annual openings 2024\u201334",
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: "higher-is-more-resilient",
    codeSystem: "bls-matrix",
    files,
    notes: "Occupational openings, 2024\u201334 annual average, thousands, as published."
  };
}
function blsEmploymentChangeDescriptor(files) {
  return {
    id: BLS_EMPLOYMENT_CHANGE_ID,
    label: "BLS projected employment change 2024\u201334, percent",
    citation: BLS_PROJECTIONS_CITATION,
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: "higher-is-more-resilient",
    codeSystem: "bls-matrix",
    files,
    notes: "Employment change, percent, 2024\u201334, as published (one decimal; many ties)."
  };
}

// ../sources/src/bls-projections/cross-check-bls-openings.ts
function crossCheckBlsOpenings(projections, openingsTable) {
  const openingsByCode = new Map(openingsTable.map((record) => [record.code, record.annualOpenings]));
  const mismatches = [];
  let compared = 0;
  for (const record of projections) {
    if (record.occupationType !== "Line item") continue;
    compared++;
    const other = openingsByCode.get(record.code) ?? null;
    if (other !== record.annualOpenings) {
      mismatches.push({ code: record.code, projections: record.annualOpenings, openingsTable: other });
    }
  }
  return { compared, mismatches };
}

// ../sources/src/bls-projections/employment-facts-of.ts
function employmentFactsOf(record) {
  return {
    employment2024: record.employment2024,
    employment2034: record.employment2034,
    employmentChangePercent: record.employmentChangePercent,
    annualOpenings: record.annualOpenings,
    medianWage: record.medianWage,
    medianWageTopCoded: record.medianWageTopCoded,
    typicalEducation: record.typicalEducation,
    workExperience: record.workExperience,
    onTheJobTraining: record.onTheJobTraining,
    citation: BLS_PROJECTIONS_CITATION
  };
}

// ../sources/src/bls-projections/parse-bls-openings-table.ts
var BLS_OPENINGS_SHEET = "Table 1.10";
var BLS_SEPARATIONS_OPENINGS_ID = "bls-separations-openings";
var BLS_OPENINGS_COLUMNS = {
  employment2024: "Employment, 2024",
  employment2034: "Employment, 2034",
  employmentChange: "Employment change, numeric, 2024\u201334",
  employmentChangePercent: "Employment change, percent, 2024\u201334",
  laborForceExitRate: "Labor force exit rate, 2024\u201334 annual average",
  occupationalTransferRate: "Occupational transfer rate, 2024\u201334 annual average",
  separationsRate: "Total occupational separations rate, 2024\u201334 annual average",
  laborForceExits: "Labor force exits, 2024\u201334 annual average",
  occupationalTransfers: "Occupational transfers, 2024\u201334 annual average",
  separations: "Total occupational separations, 2024\u201334 annual average",
  annualOpenings: "Occupational openings, 2024\u201334 annual average"
};
function parseBlsOpeningsTable(input) {
  const { table } = readBlsMatrixTable(
    input.bytes,
    input.file,
    BLS_OPENINGS_SHEET,
    Object.values(BLS_OPENINGS_COLUMNS)
  );
  const seen = /* @__PURE__ */ new Map();
  const columns = BLS_OPENINGS_COLUMNS;
  const records = table.rows.map((row) => {
    const identity = readMatrixRowIdentity(table, row);
    assertUniqueKey(table, seen, identity.code, row, MATRIX_COLUMNS.code);
    const number = (column) => table.optionalNumber(row, column, [BLS_MISSING]);
    return {
      ...identity,
      employment2024: number(columns.employment2024),
      employment2034: number(columns.employment2034),
      employmentChange: number(columns.employmentChange),
      employmentChangePercent: number(columns.employmentChangePercent),
      laborForceExitRate: number(columns.laborForceExitRate),
      occupationalTransferRate: number(columns.occupationalTransferRate),
      separationsRate: number(columns.separationsRate),
      laborForceExits: number(columns.laborForceExits),
      occupationalTransfers: number(columns.occupationalTransfers),
      separations: number(columns.separations),
      annualOpenings: number(columns.annualOpenings),
      row: row.line
    };
  });
  return { records, descriptor: blsOpeningsTableDescriptor([sourceFileOf(input)]) };
}
function blsOpeningsTableDescriptor(files) {
  return {
    id: BLS_SEPARATIONS_OPENINGS_ID,
    label: "BLS occupational separations and openings 2024\u201334",
    citation: "U.S. Bureau of Labor Statistics, Employment Projections 2024\u201334, Table 1.10 Occupational separations and openings, projected 2024\u201334 (occupation.xlsx).",
    vintage: BLS_PROJECTIONS_VINTAGE,
    licence: BLS_LICENCE,
    direction: "higher-is-more-resilient",
    codeSystem: "bls-matrix",
    files,
    notes: "Cross-check of Table 1.2 openings; employment in thousands."
  };
}

// ../sources/src/bls-projections/parse-bls-projections.ts
var BLS_PROJECTIONS_SHEET = "Table 1.2";
var BLS_PROJECTIONS_COLUMNS = {
  employment2024: "Employment, 2024",
  employment2034: "Employment, 2034",
  employmentDistribution2024: "Employment distribution, percent, 2024",
  employmentDistribution2034: "Employment distribution, percent, 2034",
  employmentChange: "Employment change, numeric, 2024\u201334",
  employmentChangePercent: "Employment change, percent, 2024\u201334",
  selfEmployedPercent: "Percent self employed, 2024",
  annualOpenings: "Occupational openings, 2024\u201334 annual average",
  medianWage: "Median annual wage, dollars, 2024[1]",
  typicalEducation: "Typical education needed for entry",
  workExperience: "Work experience in a related occupation",
  onTheJobTraining: "Typical on-the-job training needed to attain competency in the occupation"
};
var TOP_CODED_WAGE = /^>=\$(\d{1,3}(?:,\d{3})*)$/;
function parseBlsProjections(input) {
  const { table } = readBlsMatrixTable(
    input.bytes,
    input.file,
    BLS_PROJECTIONS_SHEET,
    Object.values(BLS_PROJECTIONS_COLUMNS)
  );
  const seen = /* @__PURE__ */ new Map();
  const columns = BLS_PROJECTIONS_COLUMNS;
  const records = table.rows.map((row) => {
    const identity = readMatrixRowIdentity(table, row);
    assertUniqueKey(table, seen, identity.code, row, MATRIX_COLUMNS.code);
    const number = (column) => table.optionalNumber(row, column, [BLS_MISSING]);
    const wage = readMedianWage(table, row);
    return {
      ...identity,
      employment2024: number(columns.employment2024),
      employment2034: number(columns.employment2034),
      employmentDistribution2024: number(columns.employmentDistribution2024),
      employmentDistribution2034: number(columns.employmentDistribution2034),
      employmentChange: number(columns.employmentChange),
      employmentChangePercent: number(columns.employmentChangePercent),
      selfEmployedPercent: number(columns.selfEmployedPercent),
      annualOpenings: number(columns.annualOpenings),
      medianWage: wage.value,
      medianWageTopCoded: wage.topCoded,
      typicalEducation: optionalText(table, row, columns.typicalEducation),
      workExperience: optionalText(table, row, columns.workExperience),
      onTheJobTraining: optionalText(table, row, columns.onTheJobTraining),
      row: row.line
    };
  });
  return { records, descriptor: blsProjectionsDescriptor([sourceFileOf(input)]) };
}
function readMedianWage(table, row) {
  const column = BLS_PROJECTIONS_COLUMNS.medianWage;
  const cell = table.text(row, column).trim();
  const topCode = TOP_CODED_WAGE.exec(cell)?.[1];
  if (topCode !== void 0) return { value: Number(topCode.replaceAll(",", "")), topCoded: true };
  return { value: table.optionalNumber(row, column, [BLS_MISSING]), topCoded: false };
}
function optionalText(table, row, column) {
  const cell = table.text(row, column).trim();
  return cell === "" || cell === BLS_MISSING ? null : cell;
}

// ../sources/src/bls-projections/load-bls-projections.ts
async function loadBlsProjections(path, displayPath = "bls/occupation.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseBlsProjections({ bytes, file: displayPath, sha256: file.sha256 });
}
async function loadBlsOpeningsTable(path, displayPath = "bls/occupation.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseBlsOpeningsTable({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/bls-projections/select-bls-scoring-values.ts
function selectLineItemValues(parsed, pick, describe) {
  const records = [];
  for (const record of parsed.records) {
    if (record.occupationType !== "Line item") continue;
    const value = pick(record);
    if (value !== null) records.push({ code: record.code, value, title: record.title, row: record.row });
  }
  return { records, descriptor: describe(parsed.descriptor.files) };
}
function selectBlsAnnualOpenings(parsed) {
  return selectLineItemValues(parsed, (record) => record.annualOpenings, blsOpeningsDescriptor);
}
function selectBlsEmploymentChange(parsed) {
  return selectLineItemValues(
    parsed,
    (record) => record.employmentChangePercent,
    blsEmploymentChangeDescriptor
  );
}

// ../sources/src/crosswalks/crosswalk.ts
function appendTo(index, key, value) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
function createCrosswalk(links) {
  const targets = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const distinct = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { from, to } of links) {
    if (typeof from !== "string" || from.trim() === "" || typeof to !== "string" || to.trim() === "") {
      throw new AiResilienceError(
        "INVALID_ARGUMENT",
        `a crosswalk link needs two non-empty codes, got ${JSON.stringify({ from, to })}`
      );
    }
    const key = `${from}\0${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push({ from, to });
    appendTo(targets, from, to);
    appendTo(sources, to, from);
  }
  return {
    links: distinct,
    sourceCodes: [...targets.keys()],
    targetCodes: [...sources.keys()],
    targetsOf: (code) => targets.get(code) ?? [],
    sourcesOf: (code) => sources.get(code) ?? []
  };
}
function crosswalkLinks(nativeCodes, crosswalk) {
  const links = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const code of nativeCodes) {
    if (seen.has(code)) continue;
    seen.add(code);
    for (const target of crosswalk.targetsOf(code)) appendTo(links, target, code);
  }
  return Object.fromEntries([...links].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function composeCrosswalks(first, second) {
  return createCrosswalk(
    first.links.flatMap(({ from, to: middle }) => second.targetsOf(middle).map((to) => ({ from, to })))
  );
}
function createCrosswalkFromMembers(members) {
  return createCrosswalk(
    Object.entries(members).flatMap(([to, sources]) => sources.map((from) => ({ from, to })))
  );
}

// ../sources/src/eisfeldt/parse-eisfeldt.ts
var EISFELDT_GENAI_EXPOSURE_ID = "eisfeldt-genai-exposure";
var SOC_20102 = /^\d{2}-\d{4}$/;
var MEASURES = ["genaiexp_estz_total", "genaiexp_estz_core", "genaiexp_estz_supplemental"];
function parseEisfeldt(input) {
  const table = readDelimited(input.bytes, {
    source: EISFELDT_GENAI_EXPOSURE_ID,
    file: input.file,
    requiredColumns: ["soc2010", ...MEASURES]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = [];
  let empty = 0;
  for (const row of table.rows) {
    const code = table.text(row, "soc2010").trim();
    if (!SOC_20102.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        "soc2010"
      );
    }
    assertUniqueKey(table, seen, code, row, "soc2010");
    const values = MEASURES.map((column) => {
      const value = table.optionalNumber(row, column);
      if (value !== null && (value < 0 || value > 1))
        throw table.error(`must be a share in [0, 1], got ${value}`, row.line, column);
      return value;
    });
    if (values.every((value) => value === null)) {
      empty++;
      continue;
    }
    const [total, core, supplemental] = values;
    if (total == null || core == null || supplemental == null) {
      const missing = MEASURES[values.indexOf(null)];
      throw table.error(
        "must be a number when the row has other values, got an empty cell",
        row.line,
        missing
      );
    }
    records.push({ code, value: total, core, supplemental, row: row.line });
  }
  return { records, descriptor: eisfeldtDescriptor(input, records.length, empty) };
}
function eisfeldtDescriptor(input, scored, empty) {
  return {
    id: EISFELDT_GENAI_EXPOSURE_ID,
    label: "Generative-AI exposure (Eisfeldt, Schubert, Taska & Zhang 2023)",
    citation: "Eisfeldt, A. L., Schubert, G., Taska, B. & Zhang, M. B. (2023, revised). Generative AI and Firm Values. NBER Working Paper 31222. Occupation scores from github.com/gschubert/website, via github.com/rmmomin/jobs-ai-exposure.",
    vintage: "2023 (GPT-4 task classification; O*NET 2010-SOC)",
    licence: "none stated; cite the authors",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2010",
    files: [sourceFileOf(input)],
    notes: `Share of the occupation\u2019s tasks exposed to generative AI. ${scored} codes with values; ${empty} rows without any value left out.`
  };
}

// ../sources/src/eisfeldt/load-eisfeldt.ts
async function loadEisfeldt(path, displayPath = "eisfeldt/genaiexp_estz_occscores.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEisfeldt({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/eloundou-occupation/parse-eloundou-occupations.ts
var ELOUNDOU_GPT4_EXPOSURE_ID = "eloundou-gpt4-exposure";
var ELOUNDOU_MEASURES = [
  "dv_rating_alpha",
  "dv_rating_beta",
  "dv_rating_gamma",
  "human_rating_alpha",
  "human_rating_beta",
  "human_rating_gamma"
];
var DEFAULT_ELOUNDOU_MEASURE = "dv_rating_beta";
var ONET_SOC3 = /^\d{2}-\d{4}\.\d{2}$/;
var CODE_COLUMN = "O*NET-SOC Code";
function parseEloundouOccupations(input, options = {}) {
  const measure = options.measure ?? DEFAULT_ELOUNDOU_MEASURE;
  if (!ELOUNDOU_MEASURES.includes(measure)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `unknown Eloundou measure ${JSON.stringify(measure)} (expected one of ${ELOUNDOU_MEASURES.join(", ")})`
    );
  }
  const table = readDelimited(input.bytes, {
    source: ELOUNDOU_GPT4_EXPOSURE_ID,
    file: input.file,
    requiredColumns: [CODE_COLUMN, "Title", ...ELOUNDOU_MEASURES]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, CODE_COLUMN).trim();
    if (!ONET_SOC3.test(code)) {
      throw table.error(
        `must be an O*NET-SOC code like 29-2072.00, got ${JSON.stringify(code)}`,
        row.line,
        CODE_COLUMN
      );
    }
    assertUniqueKey(table, seen, code, row, CODE_COLUMN);
    const share = (column) => {
      const value = table.number(row, column);
      if (value < 0 || value > 1)
        throw table.error(`must be a share in [0, 1], got ${value}`, row.line, column);
      return value;
    };
    const measures = {
      dvRatingAlpha: share("dv_rating_alpha"),
      dvRatingBeta: share("dv_rating_beta"),
      dvRatingGamma: share("dv_rating_gamma"),
      humanRatingAlpha: share("human_rating_alpha"),
      humanRatingBeta: share("human_rating_beta"),
      humanRatingGamma: share("human_rating_gamma")
    };
    return {
      code,
      value: share(measure),
      title: table.text(row, "Title").trim(),
      ...measures,
      row: row.line
    };
  });
  return { records, descriptor: eloundouDescriptor(input, measure) };
}
function eloundouDescriptor(input, measure) {
  return {
    id: ELOUNDOU_GPT4_EXPOSURE_ID,
    label: `Eloundou et al. LLM exposure (${measure.startsWith("dv_") ? "GPT-4" : "human"} ${measure.split("_").at(-1)})`,
    citation: "Eloundou, T., Manning, S., Mishkin, P. & Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702):1306\u20131308; arXiv:2303.10130. Data: github.com/openai/GPTs-are-GPTs, data/occ_level.csv.",
    vintage: "O*NET 27.2 task set (O*NET-SOC 2019); labels 2023; occ_level.csv added 2025-10-03",
    licence: "MIT (Copyright 2024 OpenAI)",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-soc-2019",
    files: [sourceFileOf(input)],
    notes: "Unweighted shares of each occupation\u2019s O*NET tasks: alpha = E1, beta = E1 + 0.5\xB7E2, gamma = E1 + E2.",
    options: { measure }
  };
}

// ../sources/src/eloundou-occupation/load-eloundou-occupations.ts
async function loadEloundouOccupations(path, displayPath = "eloundou/occ_level.csv", options = {}) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseEloundouOccupations({ bytes, file: displayPath, sha256: file.sha256 }, options);
}

// ../sources/src/ilo/parse-ilo-task-scores.ts
var ILO_GENAI_EXPOSURE_ID = "ilo-genai-exposure";
var ISCO_UNIT_GROUP = /^\d{4}$/;
var REQUIRED = ["ISCO_08", "Title", "taskID", "score_2025"];
function parseIloTaskScores(input) {
  const table = readXlsxTable(input.bytes, {
    source: ILO_GENAI_EXPOSURE_ID,
    file: input.file,
    requiredColumns: REQUIRED
  });
  const hasClass = table.columnIndex("potential25") !== void 0;
  const hasScore2023 = table.columnIndex("score_2023") !== void 0;
  const groups = /* @__PURE__ */ new Map();
  for (const row of table.rows) {
    const code = table.text(row, "ISCO_08").trim();
    if (!ISCO_UNIT_GROUP.test(code)) {
      throw table.error(
        `must be a 4-digit ISCO-08 unit group like 3252, got ${JSON.stringify(code)}`,
        row.line,
        "ISCO_08"
      );
    }
    const score = unitScore(table.number(row, "score_2025"));
    if (score === null) throw table.error("must be a score in [0, 1]", row.line, "score_2025");
    let group = groups.get(code);
    if (!group) {
      group = {
        record: {
          code,
          value: 0,
          title: table.text(row, "Title").trim(),
          taskCount: 0,
          meanScore2023: null,
          exposureClass: hasClass ? table.text(row, "potential25").trim() || null : null,
          row: row.line
        },
        sum: 0,
        sum2023: 0,
        count2023: 0,
        tasks: /* @__PURE__ */ new Map()
      };
      groups.set(code, group);
    }
    const taskId = table.text(row, "taskID").trim();
    if (taskId === "") throw table.error("must be a task id, got an empty cell", row.line, "taskID");
    const firstRow = group.tasks.get(taskId);
    if (firstRow !== void 0)
      throw table.error(
        `duplicate task ${code}/${taskId} (first seen on row ${firstRow})`,
        row.line,
        "taskID"
      );
    group.tasks.set(taskId, row.line);
    if (hasClass) {
      const exposureClass = table.text(row, "potential25").trim() || null;
      if (exposureClass !== group.record.exposureClass) {
        throw table.error(
          `unit group ${code} has two exposure classes: ${JSON.stringify(group.record.exposureClass)} (row ${group.record.row}) and ${JSON.stringify(exposureClass)}`,
          row.line,
          "potential25"
        );
      }
    }
    group.sum += score;
    group.record.taskCount++;
    if (hasScore2023) {
      const score2023 = table.optionalNumber(row, "score_2023");
      if (score2023 !== null) {
        if (unitScore(score2023) === null)
          throw table.error(`must be a score in [0, 1], got ${score2023}`, row.line, "score_2023");
        group.sum2023 += score2023;
        group.count2023++;
      }
    }
  }
  const records = [...groups.values()].map(({ record, sum, sum2023, count2023 }) => ({
    ...record,
    value: sum / record.taskCount,
    meanScore2023: count2023 === 0 ? null : sum2023 / count2023
  }));
  return {
    records,
    descriptor: iloDescriptor(input, "task scores aggregated to unit groups (mean score_2025)")
  };
}
function unitScore(value) {
  return value >= 0 && value <= 1 ? value : null;
}
function iloDescriptor(input, what) {
  return {
    id: ILO_GENAI_EXPOSURE_ID,
    label: `ILO generative-AI exposure 2025 (${what})`,
    citation: "Gmyrek, P., Berg, J., et al. (2025). Generative AI and Jobs: A Refined Global Index of Occupational Exposure. ILO Working Paper 140. doi:10.54394/HETP0387. Data: github.com/pgmyrek/2025_GenAI_scores_ISCO08.",
    vintage: "May 2025 (ISCO-08 task list; 2025 scores from GPT-4o and Gemini, expert-validated)",
    licence: "none stated (no LICENSE file in the repository); cite the ILO working paper",
    direction: "higher-is-more-exposed",
    codeSystem: "isco-08",
    files: [sourceFileOf(input)],
    notes: "ISCO-08 unit groups, not SOC: bring to SOC 2010 with crosswalk/isco08_to_soc2010_crosswalk.xlsx."
  };
}

// ../sources/src/ilo/parse-ilo-output-tree.ts
var ILO_EXPOSURE_CLASSES = [
  "Not Exposed",
  "Minimal Exposure",
  "Exposed: Gradient 1",
  "Exposed: Gradient 2",
  "Exposed: Gradient 3",
  "Exposed: Gradient 4"
];
var UNIT_GROUP_NAME = /^(\d{4}) - (.+)$/s;
var TASK_NAME = /^\(\s*([^)\s]+)\s*\)\s*-\s/;
var MAX_TREE_DEPTH = 64;
var UNIT_GROUP_LINE = /"name"\s*:\s*"(\d{4}) - /g;
function parseIloOutputTree(input) {
  const document = readJsonDocument(input.bytes, { source: ILO_GENAI_EXPOSURE_ID, file: input.file });
  const lines = keyLines(document.text, UNIT_GROUP_LINE);
  const records = [];
  const seen = /* @__PURE__ */ new Map();
  const visit = (node, path, depth) => {
    if (depth > MAX_TREE_DEPTH)
      throw jsonError(document, path, `nests more than ${MAX_TREE_DEPTH} levels deep before any unit group`);
    if (!isJsonObject(node))
      throw jsonError(document, path, `must be an object, got ${describeJsonValue(node)}`);
    const name = node.name;
    if (typeof name !== "string")
      throw jsonError(document, `${path}.name`, `must be a string, got ${describeJsonValue(name)}`);
    const unitGroup = UNIT_GROUP_NAME.exec(name);
    if (unitGroup) {
      const code = unitGroup[1];
      const previous = seen.get(code);
      if (previous !== void 0)
        throw jsonError(
          document,
          path,
          `unit group ${code} is listed twice (first at ${previous})`,
          lines.get(code)
        );
      seen.set(code, path);
      records.push(readUnitGroup(document, node, path, code, unitGroup[2].trim(), lines.get(code) ?? 1));
      return;
    }
    const children = node.children ?? [];
    if (!Array.isArray(children))
      throw jsonError(document, `${path}.children`, `must be an array, got ${describeJsonValue(children)}`);
    if (depth > 0 && children.length === 0) {
      throw jsonError(
        document,
        `${path}.name`,
        `must name an ISCO-08 unit group ("1234 - title") or be a group with children, got ${describeJsonValue(name)}`
      );
    }
    children.forEach((child, index) => {
      visit(child, `${path}.children[${index}]`, depth + 1);
    });
  };
  visit(document.value, "$", 0);
  if (records.length === 0)
    throw jsonError(document, "$", 'has no ISCO-08 unit group ("name": "1234 - \u2026")', 1);
  return { records, descriptor: iloDescriptor(input, "unit-group exposure classes") };
}
function readUnitGroup(document, node, path, code, title, line) {
  const risk = node.risk;
  const exposureLevel = ILO_EXPOSURE_CLASSES.indexOf(risk);
  if (exposureLevel < 0) {
    throw jsonError(
      document,
      `${path}.risk`,
      `unit group ${code} must have an exposure class (${ILO_EXPOSURE_CLASSES.join(", ")}), got ${describeJsonValue(risk)}`,
      line
    );
  }
  const tasks = node.children;
  if (!Array.isArray(tasks) || tasks.length === 0)
    throw jsonError(document, `${path}.children`, `unit group ${code} must list its tasks`, line);
  let sum = 0;
  tasks.forEach((task, index) => {
    const taskPath = `${path}.children[${index}].name`;
    const taskName = isJsonObject(task) ? task.name : void 0;
    const scoreText = typeof taskName === "string" ? TASK_NAME.exec(taskName)?.[1] : void 0;
    const score = scoreText === void 0 ? Number.NaN : Number(scoreText);
    if (!(score >= 0 && score <= 1)) {
      throw jsonError(
        document,
        taskPath,
        `a task of unit group ${code} must be named "( score ) - text" with a score in [0, 1], got ${describeJsonValue(taskName)}`,
        line
      );
    }
    sum += score;
  });
  return {
    code,
    value: sum / tasks.length,
    title,
    exposureClass: risk,
    exposureLevel,
    taskCount: tasks.length,
    row: line
  };
}

// ../sources/src/ilo/load-ilo-output-tree.ts
async function loadIloOutputTree(path, displayPath = "ilo/output_data.json") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIloOutputTree({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/ilo/load-ilo-task-scores.ts
async function loadIloTaskScores(path, displayPath = "ilo/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseIloTaskScores({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/microsoft-ai-applicability/microsoft-descriptor.ts
var MICROSOFT_AI_APPLICABILITY_ID = "microsoft-ai-applicability";
function microsoftDescriptor(label, input, notes) {
  return {
    id: MICROSOFT_AI_APPLICABILITY_ID,
    label,
    citation: "Tomlinson, K., Jaffe, S., Wang, W., Counts, S. & Suri, S. (2025). Working with AI: Measuring the Applicability of Generative AI to Occupations. arXiv:2507.07935. Microsoft Research (data: github.com/microsoft/working-with-ai).",
    vintage: "Bing Copilot US conversations 2024-01-01 to 2024-09-30; O*NET 29.0; SOC 2018; file of 2025-08-29",
    licence: "CC BY 4.0 (LICENSE.txt of microsoft/working-with-ai); cite the authors",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2018",
    files: [sourceFileOf(input)],
    notes
  };
}

// ../sources/src/microsoft-ai-applicability/read-microsoft-soc-code.ts
var SOC_20183 = /^\d{2}-\d{4}$/;
function readMicrosoftSocCode(table, row) {
  const code = table.text(row, "SOC Code").trim();
  if (!SOC_20183.test(code)) {
    throw table.error(
      `must be a SOC 2018 detailed code like 29-2072, got ${JSON.stringify(code)}`,
      row.line,
      "SOC Code"
    );
  }
  return code;
}
function readUnitInterval(table, row, column) {
  const value = table.number(row, column);
  if (value < 0 || value > 1) throw table.error(`must be in [0, 1], got ${value}`, row.line, column);
  return value;
}

// ../sources/src/microsoft-ai-applicability/parse-microsoft-ai-applicability.ts
function parseMicrosoftAiApplicability(input) {
  const table = readDelimited(input.bytes, {
    source: MICROSOFT_AI_APPLICABILITY_ID,
    file: input.file,
    requiredColumns: ["SOC Code", "title", "ai_applicability_score"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = readMicrosoftSocCode(table, row);
    assertUniqueKey(table, seen, code, row, "SOC Code");
    const value = readUnitInterval(table, row, "ai_applicability_score");
    const title = table.text(row, "title").trim();
    return title === "" ? { code, value, row: row.line } : { code, value, title, row: row.line };
  });
  return {
    records,
    descriptor: microsoftDescriptor(
      "Microsoft AI applicability",
      input,
      "Published for SOC 2018 detailed codes and some BLS matrix aggregates; 74 SOC codes without O*NET task data are absent."
    )
  };
}

// ../sources/src/microsoft-ai-applicability/load-microsoft-ai-applicability.ts
async function loadMicrosoftAiApplicability(path, displayPath = "microsoft/soc_ai_applicability_scores.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseMicrosoftAiApplicability({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/microsoft-ai-applicability/parse-microsoft-soc-metrics.ts
var MICROSOFT_SOC_METRICS = [
  "coverage_user",
  "coverage_ai",
  "completion_user",
  "completion_ai",
  "feedback_positive_fraction_user",
  "feedback_positive_fraction_ai",
  "impact_scope_user",
  "impact_scope_ai",
  "ai_applicability_score_user",
  "ai_applicability_score_ai"
];
function parseMicrosoftSocMetrics(input) {
  const table = readDelimited(input.bytes, {
    source: MICROSOFT_AI_APPLICABILITY_ID,
    file: input.file,
    requiredColumns: ["SOC Code", "title", ...MICROSOFT_SOC_METRICS]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = readMicrosoftSocCode(table, row);
    assertUniqueKey(table, seen, code, row, "SOC Code");
    const metrics = {};
    for (const metric of MICROSOFT_SOC_METRICS) metrics[metric] = readUnitInterval(table, row, metric);
    return { code, title: table.text(row, "title").trim(), metrics, row: row.line };
  });
  return {
    records,
    descriptor: microsoftDescriptor(
      "Microsoft AI applicability metrics",
      input,
      "Per-SOC components of the applicability score; the direction applies to the ai_applicability_score_* columns."
    )
  };
}

// ../sources/src/microsoft-ai-applicability/load-microsoft-soc-metrics.ts
async function loadMicrosoftSocMetrics(path, displayPath = "microsoft/soc_metrics.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseMicrosoftSocMetrics({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/onet/parse-onet-education.ts
var REQUIRED_LEVEL_OF_EDUCATION_SCALE = "RL";
function readCategories(input, options) {
  const table = readOnetTable(input, options, ["Scale ID", "Category", "Category Description"]);
  const categories = /* @__PURE__ */ new Map();
  for (const row of table.rows) {
    if (table.text(row, "Scale ID").trim() !== REQUIRED_LEVEL_OF_EDUCATION_SCALE) continue;
    const category = readInteger(table, row, "Category", 1, 99);
    if (categories.has(category))
      throw table.error(`duplicate category ${category} of scale RL`, row.line, "Category");
    const label = readRequiredText(table, row, "Category Description");
    categories.set(category, { label, shortLabel: label.split(/ - | \(/)[0].trim() });
  }
  if (categories.size === 0)
    throw table.error("has no rows of scale RL (Required Level of Education)", void 0, "Scale ID");
  return categories;
}
function readSuppress(table, row) {
  const flag = table.text(row, "Recommend Suppress").trim();
  if (flag !== "Y" && flag !== "N" && flag !== "")
    throw table.error(`must be Y, N or empty, got ${JSON.stringify(flag)}`, row.line, "Recommend Suppress");
  return flag === "Y";
}
function parseOnetEducation(input, categoriesInput, options = {}) {
  const categories = readCategories(categoriesInput, options);
  const table = readOnetTable(input, options, [
    "O*NET-SOC Code",
    "Title",
    "Scale ID",
    "Category",
    "Data Value",
    "N",
    "Recommend Suppress",
    "Date",
    "Domain Source"
  ]);
  const byCode = /* @__PURE__ */ new Map();
  for (const row of table.rows) {
    if (table.text(row, "Scale ID").trim() !== REQUIRED_LEVEL_OF_EDUCATION_SCALE) continue;
    const code = readOnetSocCode(table, row);
    const category = readInteger(table, row, "Category", 1, 99);
    const label = categories.get(category);
    if (label === void 0)
      throw table.error(`category ${category} is not in ${categoriesInput.file}`, row.line, "Category");
    const percent = table.number(row, "Data Value");
    if (percent < 0 || percent > 100)
      throw table.error(`must be a percentage in [0, 100], got ${percent}`, row.line, "Data Value");
    let entry = byCode.get(code);
    if (entry === void 0) {
      entry = {
        first: row,
        title: readRequiredText(table, row, "Title"),
        shares: /* @__PURE__ */ new Map(),
        sampleSize: readInteger(table, row, "N", 0, Number.MAX_SAFE_INTEGER),
        date: readOnetDate(table, row),
        domainSource: readRequiredText(table, row, "Domain Source")
      };
      byCode.set(code, entry);
    }
    if (entry.shares.has(category))
      throw table.error(`duplicate category ${category} for ${code}`, row.line, "Category");
    entry.shares.set(category, {
      category,
      ...label,
      percent,
      suppressRecommended: readSuppress(table, row)
    });
  }
  const records = [...byCode].map(([code, entry]) => {
    const distribution = [];
    for (const category of [...categories.keys()].sort((a, b) => a - b)) {
      const share = entry.shares.get(category);
      if (share === void 0)
        throw table.error(`${code} has no row for category ${category}`, entry.first.line, "Category");
      distribution.push(share);
    }
    const modal = distribution.reduce((best, share) => share.percent > best.percent ? share : best);
    return {
      code,
      title: entry.title,
      distribution,
      modalCategory: modal.category,
      modalLabel: modal.label,
      modalShortLabel: modal.shortLabel,
      sampleSize: entry.sampleSize,
      date: entry.date,
      domainSource: entry.domainSource,
      row: entry.first.line
    };
  });
  if (records.length === 0)
    throw table.error("has no rows of scale RL (Required Level of Education)", void 0, "Scale ID");
  return { records, descriptor: onetDescriptor("education", [input, categoriesInput], options) };
}

// ../sources/src/onet/load-onet-education.ts
async function loadOnetEducation(path, categoriesPath, options = {}) {
  const displayPath = onetDisplayPath(path);
  const categoriesDisplayPath = onetDisplayPath(categoriesPath);
  const education = await readSourceFile(path, displayPath);
  const categories = await readSourceFile(categoriesPath, categoriesDisplayPath);
  return parseOnetEducation(
    { bytes: education.bytes, file: displayPath, sha256: education.file.sha256 },
    { bytes: categories.bytes, file: categoriesDisplayPath, sha256: categories.file.sha256 },
    options
  );
}

// ../sources/src/onet/parse-onet-job-zones.ts
function parseOnetJobZones(input, options = {}) {
  const table = readOnetTable(input, options, [
    "O*NET-SOC Code",
    "Title",
    "Job Zone",
    "Date",
    "Domain Source"
  ]);
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = readOnetSocCode(table, row);
    assertUniqueKey(table, seen, code, row, "O*NET-SOC Code");
    return {
      code,
      title: readRequiredText(table, row, "Title"),
      jobZone: readInteger(table, row, "Job Zone", 1, 5),
      date: readOnetDate(table, row),
      domainSource: readRequiredText(table, row, "Domain Source"),
      row: row.line
    };
  });
  return { records, descriptor: onetDescriptor("job zones", [input], options) };
}

// ../sources/src/onet/load-onet-job-zones.ts
async function loadOnetJobZones(path, displayPath = onetDisplayPath(path), options = {}) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOnetJobZones({ bytes, file: displayPath, sha256: file.sha256 }, options);
}

// ../sources/src/onet/parse-onet-occupations.ts
function parseOnetOccupations(input, options = {}) {
  const table = readOnetTable(input, options, ["O*NET-SOC Code", "Title", "Description"]);
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = readOnetSocCode(table, row);
    assertUniqueKey(table, seen, code, row, "O*NET-SOC Code");
    return {
      code,
      title: readRequiredText(table, row, "Title"),
      description: table.text(row, "Description").trim(),
      row: row.line
    };
  });
  return { records, descriptor: onetDescriptor("occupation data", [input], options) };
}

// ../sources/src/onet/load-onet-occupations.ts
async function loadOnetOccupations(path, displayPath = onetDisplayPath(path), options = {}) {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseOnetOccupations({ bytes, file: displayPath, sha256: file.sha256 }, options);
}

// ../sources/src/sml/parse-sml.ts
var SML_ID = "sml";
var ONET_SOC4 = /^\d{2}-\d{4}\.\d{2}$/;
function parseSml(input) {
  const table = readDelimited(input.bytes, {
    source: SML_ID,
    file: input.file,
    requiredColumns: ["occ_code", "Title", "mSML", "vmSML", "sdmSML"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "occ_code").trim();
    if (!ONET_SOC4.test(code)) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(code)}`,
        row.line,
        "occ_code"
      );
    }
    assertUniqueKey(table, seen, code, row, "occ_code");
    const value = table.number(row, "mSML");
    if (value < 1 || value > 5) throw table.error(`must be on the 1\u20135 scale, got ${value}`, row.line, "mSML");
    const variance = table.number(row, "vmSML");
    if (variance < 0) throw table.error(`must be \u2265 0, got ${variance}`, row.line, "vmSML");
    const standardDeviation = table.number(row, "sdmSML");
    if (standardDeviation < 0) throw table.error(`must be \u2265 0, got ${standardDeviation}`, row.line, "sdmSML");
    return {
      code,
      value,
      title: table.text(row, "Title").trim(),
      variance,
      standardDeviation,
      row: row.line
    };
  });
  return { records, descriptor: smlDescriptor(input) };
}
function smlDescriptor(input) {
  return {
    id: SML_ID,
    label: "Suitability for Machine Learning (Brynjolfsson, Mitchell & Rock 2018)",
    citation: "Brynjolfsson, E., Mitchell, T. & Rock, D. (2018). What Can Machines Learn, and What Does It Mean for Occupations and the Economy? AEA Papers and Proceedings 108:43\u201347. Scores as redistributed by Tolan et al. (2021) (github.com/nandomp/AIlabour).",
    vintage: "2018 (O*NET detailed work activities, 2010 taxonomy)",
    licence: "none stated (no top-level LICENSE in the redistributing repository); cite the authors",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-soc-2010",
    files: [sourceFileOf(input)],
    notes: "Mean suitability for machine learning of the occupation\u2019s tasks, 1\u20135 scale."
  };
}

// ../sources/src/sml/load-sml.ts
async function loadSml(path, displayPath = "sml/SML_score.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSml({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/soc-2018/soc-2018-descriptor.ts
var SOC_2018_ID = "soc-2018";
var SOC_LEVEL_PATTERNS = {
  major: /^\d{2}-0000$/,
  minor: /^\d{2}-\d{2}00$/,
  broad: /^\d{2}-\d{3}0$/,
  detailed: /^\d{2}-\d{4}$/
};
function soc2018Descriptor(label, files) {
  return {
    id: SOC_2018_ID,
    label,
    citation: "U.S. Bureau of Labor Statistics on behalf of the Office of Management and Budget and the Standard Occupational Classification Policy Committee (2017). 2018 Standard Occupational Classification System.",
    vintage: "2018 SOC (final, November 2017, reference year January 2018)",
    licence: "Public domain (U.S. Government work)",
    direction: "higher-is-more-resilient",
    codeSystem: "soc-2018",
    files,
    notes: "A classification, not a scored measure: the direction is not meaningful."
  };
}

// ../sources/src/soc-2018/parse-soc-definitions-2018.ts
var SOC_DEFINITIONS_SHEET = "2018 SOC";
var LEVELS = {
  Major: "major",
  Minor: "minor",
  Broad: "broad",
  Detailed: "detailed"
};
function parseSocDefinitions2018(input) {
  const table = readXlsxTable(input.bytes, {
    source: SOC_2018_ID,
    file: input.file,
    sheet: SOC_DEFINITIONS_SHEET,
    headerRow: 8,
    requiredColumns: ["SOC Group", "SOC Code", "SOC Title", "SOC Definition"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const group = table.text(row, "SOC Group").trim();
    const level = LEVELS[group];
    if (level === void 0) {
      throw table.error(
        `must be Major, Minor, Broad or Detailed, got ${JSON.stringify(group)}`,
        row.line,
        "SOC Group"
      );
    }
    const code = table.text(row, "SOC Code").trim();
    if (!SOC_LEVEL_PATTERNS[level].test(code)) {
      throw table.error(`must be a ${level} SOC code, got ${JSON.stringify(code)}`, row.line, "SOC Code");
    }
    assertUniqueKey(table, seen, code, row, "SOC Code");
    const title = table.text(row, "SOC Title").trim();
    if (title === "") throw table.error("must not be empty", row.line, "SOC Title");
    const definition = table.text(row, "SOC Definition").trim();
    if (level === "detailed" && definition === "") {
      throw table.error(`must not be empty for detailed occupation ${code}`, row.line, "SOC Definition");
    }
    return { code, level, title, definition: definition === "" ? null : definition, row: row.line };
  });
  return { records, descriptor: soc2018Descriptor("2018 SOC definitions", [sourceFileOf(input)]) };
}

// ../sources/src/soc-2018/parse-soc-structure-2018.ts
var SOC_STRUCTURE_SHEET = "2018 Structure";
var LEVEL_COLUMNS = [
  ["major", "Major Group"],
  ["minor", "Minor Group"],
  ["broad", "Broad Group"],
  ["detailed", "Detailed Occupation"]
];
var HEADER_ROW = 8;
function parseSocStructure2018(input) {
  const table = readXlsxTable(input.bytes, {
    source: SOC_2018_ID,
    file: input.file,
    sheet: SOC_STRUCTURE_SHEET,
    headerRow: HEADER_ROW,
    requiredColumns: LEVEL_COLUMNS.map(([, column]) => column)
  });
  const titleIndex = table.requireColumns(["Detailed Occupation"])["Detailed Occupation"] + 1;
  const titleColumn = table.header[titleIndex] || "title (column after Detailed Occupation)";
  const current = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const filled = LEVEL_COLUMNS.filter(([, column2]) => table.text(row, column2).trim() !== "");
    if (filled.length !== 1) {
      throw table.error(
        `must fill exactly one of the code columns, found ${filled.length}`,
        row.line,
        filled[1]?.[1] ?? "Major Group"
      );
    }
    const [level, column] = filled[0];
    const code = table.text(row, column).trim();
    if (!SOC_LEVEL_PATTERNS[level].test(code)) {
      throw table.error(`must be a ${level} SOC code, got ${JSON.stringify(code)}`, row.line, column);
    }
    const previous = seen.get(code);
    if (previous !== void 0)
      throw table.error(`duplicate code ${code} (first seen on row ${previous})`, row.line, column);
    seen.set(code, row.line);
    const title = (row.cells[titleIndex] ?? "").trim();
    if (title === "") throw table.error("must not be empty", row.line, titleColumn);
    const depth = LEVEL_COLUMNS.findIndex(([name]) => name === level);
    const parent = depth === 0 ? null : current.get(LEVEL_COLUMNS[depth - 1][0]) ?? null;
    const major = depth === 0 ? code : current.get("major") ?? "";
    if (depth > 0 && (parent === null || major.slice(0, 2) !== code.slice(0, 2))) {
      throw table.error(
        `has no ${LEVEL_COLUMNS[depth - 1][0]} group above it in major group ${code.slice(0, 2)}-0000`,
        row.line,
        column
      );
    }
    current.set(level, code);
    for (const [deeper] of LEVEL_COLUMNS.slice(depth + 1)) current.delete(deeper);
    return { code, title, level, parent, major, row: row.line };
  });
  return { records, descriptor: soc2018Descriptor("2018 SOC structure", [sourceFileOf(input)]) };
}

// ../sources/src/soc-2018/load-soc-2018.ts
async function loadSocStructure2018(path, displayPath = "bls/soc_structure_2018.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSocStructure2018({ bytes, file: displayPath, sha256: file.sha256 });
}
async function loadSocDefinitions2018(path, displayPath = "bls/soc_2018_definitions.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseSocDefinitions2018({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/wage-bill/parse-wage-bill.ts
var WAGE_BILL_ID = "wage-bill";
var WAGE_BILL_SCENARIOS = [
  "v1.2-genai",
  "v1.2-gen_plus_physical_ai",
  "v1.3-genai"
];
var DEFAULT_WAGE_BILL_SCENARIO = "v1.2-gen_plus_physical_ai";
var WAGE_BILL_FILES = {
  "v1.2": "althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv",
  "v1.3": "althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv"
};
var MINOR_GROUP = /^\d{2}-\d{2}$/;
var PHYSICAL_AI_COLUMN = "pct_ch_wage_bill_gen_plus_physical_ai";
function wageBillScenarioParts(scenario) {
  if (!WAGE_BILL_SCENARIOS.includes(scenario)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `unknown wage-bill scenario ${JSON.stringify(scenario)} (expected one of ${WAGE_BILL_SCENARIOS.join(", ")})`
    );
  }
  const dash = scenario.indexOf("-");
  return {
    release: scenario.slice(0, dash),
    aiScenario: scenario.slice(dash + 1)
  };
}
function parseWageBill(input, options = {}) {
  const scenario = options.scenario ?? DEFAULT_WAGE_BILL_SCENARIO;
  const { release, aiScenario } = wageBillScenarioParts(scenario);
  const valueColumn = `pct_ch_wage_bill_${aiScenario}`;
  const table = readDelimited(input.bytes, {
    source: WAGE_BILL_ID,
    file: input.file,
    requiredColumns: ["soc_code", "occ_title", "occ_group", "tot_employment", valueColumn]
  });
  assertRelease(table, release);
  const codes = /* @__PURE__ */ new Map();
  const prefixes = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "soc_code").trim();
    if (!MINOR_GROUP.test(code)) {
      throw table.error(
        `must be a SOC 2010 minor group like 15-11, got ${JSON.stringify(code)}`,
        row.line,
        "soc_code"
      );
    }
    assertUniqueKey(table, codes, code, row, "soc_code");
    const prefix = code.slice(0, 4);
    const sharing = prefixes.get(prefix);
    if (sharing !== void 0) {
      throw table.error(
        `groups ${sharing} and ${code} share the prefix ${prefix}, so detailed codes cannot be assigned to one group`,
        row.line,
        "soc_code"
      );
    }
    prefixes.set(prefix, code);
    const value = table.number(row, valueColumn);
    if (value < -1) throw table.error(`must be a change \u2265 \u22121 (\u2212100 %), got ${value}`, row.line, valueColumn);
    const employment = table.number(row, "tot_employment");
    return {
      code,
      value,
      title: table.text(row, "occ_title").trim(),
      majorGroup: table.text(row, "occ_group").trim(),
      employment,
      row: row.line
    };
  });
  return { records, descriptor: wageBillDescriptor(input, scenario) };
}
function assertRelease(table, release) {
  const hasPhysicalAi = table.columnIndex(PHYSICAL_AI_COLUMN) !== void 0;
  if (release === "v1.3" && hasPhysicalAi) {
    throw table.error(
      `is a release v1.2 file (it has ${PHYSICAL_AI_COLUMN}), not v1.3: use ${WAGE_BILL_FILES["v1.3"]} or a v1.2 scenario`,
      table.headerLine,
      PHYSICAL_AI_COLUMN
    );
  }
  if (release === "v1.2" && !hasPhysicalAi) {
    throw table.error(
      `missing column: a release v1.2 file has it (is this the v1.3 file? use scenario v1.3-genai)`,
      table.headerLine,
      PHYSICAL_AI_COLUMN
    );
  }
}
var SCENARIO_LABELS = {
  "v1.2-genai": "release v1.2 (GPT-4o ratings), generative AI",
  "v1.2-gen_plus_physical_ai": "release v1.2 (GPT-4o ratings), generative plus physical AI",
  "v1.3-genai": "release v1.3 (Qwen-2.5-72B ratings, moderate 2030 scenario), generative AI"
};
function wageBillDescriptor(input, scenario) {
  const { release } = wageBillScenarioParts(scenario);
  return {
    id: WAGE_BILL_ID,
    label: `Wage-bill change (Althoff & Reichardt 2026), ${SCENARIO_LABELS[scenario]}`,
    citation: "Althoff, L. & Reichardt, H. (2026). Task-Specific Technical Change and Comparative Advantage. NBER Working Paper 35353. Data: github.com/lukasalthoff/ai_labor_markets, model_predictions/occupations/occupation_ai_effects.csv.",
    vintage: release === "v1.2" ? "data release v1.2 (2026-02-19), GPT-4o task ratings" : "data release v1.3 (2026-06-06), Qwen-2.5-72B-Instruct-AWQ ratings, moderate 2030 scenario",
    licence: "none declared (no LICENSE file in the repository); cite the authors, confirm terms before redistributing",
    direction: "higher-is-more-resilient",
    codeSystem: "soc-2010-minor-group",
    files: [sourceFileOf(input)],
    notes: "Model-predicted steady-state change of each SOC 2010 minor group\u2019s wage bill (wage_bill_post / wage_bill_pre \u2212 1). A detailed SOC 2018 code takes the group with its first four characters (see wageBillGroupFor).",
    options: { scenario }
  };
}

// ../sources/src/wage-bill/load-wage-bill.ts
async function loadWageBill(path, displayPath, options = {}) {
  const { release } = wageBillScenarioParts(options.scenario ?? DEFAULT_WAGE_BILL_SCENARIO);
  const shownPath = displayPath ?? WAGE_BILL_FILES[release];
  const { bytes, file } = await readSourceFile(path, shownPath);
  return parseWageBill({ bytes, file: shownPath, sha256: file.sha256 }, options);
}

// ../sources/src/wage-bill/wage-bill-group-for.ts
var WAGE_BILL_GROUP_OVERRIDES = { "19-5": "29-90" };
function wageBillGroupFor(code, groups) {
  const prefix = parseOccupationCode(code).soc.slice(0, 4);
  const override = WAGE_BILL_GROUP_OVERRIDES[prefix];
  let found = null;
  for (const group of groups) {
    if (override === void 0 ? group.startsWith(prefix) : group === override) {
      found = group;
      break;
    }
  }
  return found;
}

// ../sources/src/webb/parse-webb.ts
var WEBB_AI_EXPOSURE_ID = "webb-ai-exposure";
var ONET_SOC5 = /^\d{2}-\d{4}\.\d{2}$/;
function parseWebb(input) {
  const table = readXlsxTable(input.bytes, {
    source: WEBB_AI_EXPOSURE_ID,
    file: input.file,
    sheet: "exposure_by_soc4",
    requiredColumns: ["index", "occ_code", "ai_score"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "occ_code").trim();
    if (!ONET_SOC5.test(code)) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(code)}`,
        row.line,
        "occ_code"
      );
    }
    assertUniqueKey(table, seen, code, row, "occ_code");
    const value = table.number(row, "ai_score");
    if (value < 0) throw table.error(`must be a score \u2265 0, got ${value}`, row.line, "ai_score");
    return { code, value, title: table.text(row, "index").trim(), row: row.line };
  });
  return { records, descriptor: webbDescriptor(input) };
}
function webbDescriptor(input) {
  return {
    id: WEBB_AI_EXPOSURE_ID,
    label: "Webb (2020) AI-patent exposure",
    citation: "Webb, M. (2020). The Impact of Artificial Intelligence on the Labor Market. Working paper, Stanford University (SSRN 3482150). Scores as redistributed by Tolan et al. (2021), Measuring the occupational impact of AI, JAIR 71 (github.com/nandomp/AIlabour).",
    vintage: "2020 working paper (AI patents \xD7 O*NET 2010-taxonomy tasks)",
    licence: "none stated (no top-level LICENSE in the redistributing repository); cite Webb (2020)",
    direction: "higher-is-more-exposed",
    codeSystem: "onet-soc-2010",
    files: [sourceFileOf(input)],
    notes: "Raw overlap score (0 to about 2); reached through a third-party replication repository."
  };
}

// ../sources/src/webb/load-webb.ts
async function loadWebb(path, displayPath = "webb/exposure_by_soc4.xlsx") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWebb({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/will-robots-take-my-job/parse-will-robots-take-my-job.ts
var WILL_ROBOTS_TAKE_MY_JOB_ID = "will-robots-take-my-job";
var WILL_ROBOTS_MISSING_VALUE = -1;
var ONET_SOC_2010 = /^(\d{2}-\d{4})\.(\d{2})$/;
function parseWillRobotsTakeMyJob(input) {
  const table = readDelimited(input.bytes, {
    source: WILL_ROBOTS_TAKE_MY_JOB_ID,
    file: input.file,
    requiredColumns: ["SOCcode", "JobName", "ChanceAuto"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = [];
  const missing = [];
  for (const row of table.rows) {
    const onetSocCode = table.text(row, "SOCcode").trim();
    const match = ONET_SOC_2010.exec(onetSocCode);
    if (!match) {
      throw table.error(
        `must be an O*NET-SOC 2010 code like 29-2071.00, got ${JSON.stringify(onetSocCode)}`,
        row.line,
        "SOCcode"
      );
    }
    const previous = seen.get(onetSocCode);
    if (previous !== void 0)
      throw table.error(`duplicate code ${onetSocCode} (first seen on row ${previous})`, row.line, "SOCcode");
    seen.set(onetSocCode, row.line);
    const title = table.text(row, "JobName").trim();
    const value = table.number(row, "ChanceAuto");
    if (value === WILL_ROBOTS_MISSING_VALUE) {
      missing.push({ onetSocCode, title, row: row.line });
      continue;
    }
    if (value < 0 || value > 100) {
      throw table.error(`must be in [0, 100], or -1 for missing, got ${value}`, row.line, "ChanceAuto");
    }
    if (match[2] !== "00") {
      throw table.error(
        `has a value on ${onetSocCode}: valid values must sit on .00 codes, the source's 6-digit universe`,
        row.line,
        "ChanceAuto"
      );
    }
    records.push({ code: match[1], onetSocCode, value, title, row: row.line });
  }
  return {
    records,
    missing,
    descriptor: willRobotsTakeMyJobDescriptor(input, records.length, missing.length)
  };
}
function willRobotsTakeMyJobDescriptor(input, valid, missing) {
  return {
    id: WILL_ROBOTS_TAKE_MY_JOB_ID,
    label: "Will Robots Take My Job (Frey & Osborne)",
    citation: 'Will Robots Take My Job? (willrobotstakemyjob.com), "chance of automation" per O*NET-SOC occupation, scraped by adamkq/onet-dataviz (jobData.csv, January 2020); the values are the probabilities of Frey, C. B. & Osborne, M. A. (2017). The future of employment: How susceptible are jobs to computerisation? Technological Forecasting and Social Change 114, 254\u2013280 (working paper 2013), \xD7 100.',
    vintage: "scraped January 2020 (file of 2020-01-20); Frey & Osborne 2013 probabilities; O*NET-SOC 2010",
    licence: "unstated (no licence; scraped third-party website data): cite the site and Frey & Osborne",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2010",
    files: [sourceFileOf(input)],
    notes: `${valid} valid values, all on .00 codes, keyed by their 6-digit SOC 2010 code; ${missing} rows with ChanceAuto = -1 (not on the site) excluded. Values are 0-100.`
  };
}

// ../sources/src/will-robots-take-my-job/parse-frey-osborne-appendix.ts
var SOC_20103 = /^\d{2}-\d{4}$/;
function parseFreyOsborneAppendix(input) {
  const table = readDelimited(input.bytes, {
    source: WILL_ROBOTS_TAKE_MY_JOB_ID,
    file: input.file,
    requiredColumns: ["SOC code", "Probability", "Occupation"]
  });
  const seen = /* @__PURE__ */ new Map();
  const records = table.rows.map((row) => {
    const code = table.text(row, "SOC code").trim();
    if (!SOC_20103.test(code)) {
      throw table.error(
        `must be a SOC 2010 detailed code like 29-2071, got ${JSON.stringify(code)}`,
        row.line,
        "SOC code"
      );
    }
    assertUniqueKey(table, seen, code, row, "SOC code");
    const value = table.number(row, "Probability");
    if (value < 0 || value > 1) throw table.error(`must be in [0, 1], got ${value}`, row.line, "Probability");
    return { code, value, title: table.text(row, "Occupation").trim(), row: row.line };
  });
  return { records, descriptor: freyOsborneAppendixDescriptor(input) };
}
function freyOsborneAppendixDescriptor(input) {
  return {
    id: WILL_ROBOTS_TAKE_MY_JOB_ID,
    label: "Frey & Osborne probability of computerisation (appendix; fallback for Will Robots Take My Job)",
    citation: "Frey, C. B. & Osborne, M. A. (2017). The future of employment: How susceptible are jobs to computerisation? Technological Forecasting and Social Change 114, 254\u2013280 (Oxford Martin School working paper, 2013), appendix table; transcribed by ignaciourbina/labor-force.",
    vintage: "2013 (O*NET 2010 features; SOC 2010); transcription of 2025-06-25",
    licence: "unstated (values transcribed from the published paper appendix): cite Frey & Osborne",
    direction: "higher-is-more-exposed",
    codeSystem: "soc-2010",
    files: [sourceFileOf(input)],
    notes: "Probability on the published 0-1 scale (Will Robots Take My Job shows 100 x the probability)."
  };
}

// ../sources/src/will-robots-take-my-job/load-frey-osborne-appendix.ts
async function loadFreyOsborneAppendix(path, displayPath = "frey_osborne/frey_osborne_automation_risk_index_clean.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseFreyOsborneAppendix({ bytes, file: displayPath, sha256: file.sha256 });
}

// ../sources/src/will-robots-take-my-job/load-will-robots-take-my-job.ts
async function loadWillRobotsTakeMyJob(path, displayPath = "frey_osborne/willrobotstakemyjob_scrape_jobData.csv") {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWillRobotsTakeMyJob({ bytes, file: displayPath, sha256: file.sha256 });
}
export {
  ADAPTIVE_CAPACITY_CODE_COLUMN,
  ADAPTIVE_CAPACITY_EMPLOYMENT_COLUMN,
  ADAPTIVE_CAPACITY_ID,
  ADAPTIVE_CAPACITY_PROXY_FILE,
  ADAPTIVE_CAPACITY_TITLE_COLUMN,
  ADAPTIVE_CAPACITY_VALUE_COLUMN,
  AEI_TASK_STATEMENTS_ID,
  AEI_TASK_USAGE_ID,
  AIOE_FILES,
  AIOE_ID,
  AI_RESILIENCE_MODEL_FILES,
  AI_RESILIENCE_MODEL_ID,
  ALTHOFF_REICHARDT_TASK_CAPABILITIES_ID,
  ANTHROPIC_OBSERVED_EXPOSURE_ID,
  BLS_ANNUAL_OPENINGS_ID,
  BLS_EMPLOYMENT_CHANGE_ID,
  BLS_LICENCE,
  BLS_MISSING,
  BLS_OPENINGS_SHEET,
  BLS_PROJECTIONS_CITATION,
  BLS_PROJECTIONS_ID,
  BLS_PROJECTIONS_SHEET,
  BLS_PROJECTIONS_VINTAGE,
  BLS_SEPARATIONS_OPENINGS_ID,
  CompensatedSum,
  DEFAULT_AI_RESILIENCE_MODEL_OPTIONS,
  DEFAULT_ELOUNDOU_MEASURE,
  DEFAULT_WAGE_BILL_SCENARIO,
  EISFELDT_GENAI_EXPOSURE_ID,
  ELOUNDOU_GPT4_EXPOSURE_ID,
  ELOUNDOU_MEASURES,
  ELOUNDOU_TASK_LABELS_ID,
  ILO_EXPOSURE_CLASSES,
  ILO_GENAI_EXPOSURE_ID,
  ISCO_TO_SOC_2010_ID,
  ISCO_TO_SOC_2010_SHEET,
  MATRIX_AGGREGATE_CODES,
  MAX_SOURCE_FILE_BYTES,
  MICROSOFT_AI_APPLICABILITY_ID,
  MICROSOFT_SOC_METRICS,
  NEM_ONET_TO_SOC_ID,
  NEM_ONET_TO_SOC_SHEET,
  OEWS_ID,
  OEWS_MAY_2024_TOP_CODES,
  OEWS_NOTES_SHEET,
  OEWS_SHEET,
  ONET_ID,
  REQUIRED_LEVEL_OF_EDUCATION_SCALE,
  SML_ID,
  SOC_2010_TO_2018_ID,
  SOC_2018_ID,
  SOC_DEFINITIONS_SHEET,
  SOC_LEVEL_PATTERNS,
  SOC_STRUCTURE_SHEET,
  TASK_SIGNAL_IDS,
  Table,
  UNKNOWN_SHA256,
  WAGE_BILL_FILES,
  WAGE_BILL_GROUP_OVERRIDES,
  WAGE_BILL_ID,
  WAGE_BILL_SCENARIOS,
  WEBB_AI_EXPOSURE_ID,
  WILL_ROBOTS_MISSING_VALUE,
  WILL_ROBOTS_TAKE_MY_JOB_ID,
  WORKBANK_CITATION,
  WORKBANK_EXPERT_RATINGS_ID,
  WORKBANK_TASK_METADATA_ID,
  blsEmploymentChangeDescriptor,
  blsOpeningsDescriptor,
  blsProjectionsDescriptor,
  buildAiResilienceModel,
  compensatedSum,
  compensation,
  composeCrosswalks,
  createCrosswalk,
  createCrosswalkFromMembers,
  crossCheckBlsOpenings,
  crosswalkLinks,
  decodeText,
  employmentFactsOf,
  linearQuantile,
  listXlsxSheets,
  loadAdaptiveCapacityProxy,
  loadAdaptiveCapacityResults,
  loadAeiTaskStatements,
  loadAeiTaskUsage,
  loadAiResilienceModelInputs,
  loadAioe,
  loadAioeVariant,
  loadAlthoffReichardtTaskCapabilities,
  loadAnthropicObservedExposure,
  loadBlsOpeningsTable,
  loadBlsProjections,
  loadEisfeldt,
  loadEloundouOccupations,
  loadEloundouTaskLabels,
  loadFreyOsborneAppendix,
  loadIloOutputTree,
  loadIloTaskScores,
  loadIscoToSoc2010Crosswalk,
  loadMicrosoftAiApplicability,
  loadMicrosoftSocMetrics,
  loadNemOnetToSocCrosswalk,
  loadOews,
  loadOnetEducation,
  loadOnetJobZones,
  loadOnetOccupations,
  loadOnetTaskStatements,
  loadSml,
  loadSoc2010To2018Crosswalk,
  loadSocDefinitions2018,
  loadSocStructure2018,
  loadWageBill,
  loadWebb,
  loadWillRobotsTakeMyJob,
  loadWorkbankExpertRatings,
  loadWorkbankTaskMetadata,
  matrixAggregateMembers,
  normaliseTaskStatement,
  parseAdaptiveCapacityProxy,
  parseAdaptiveCapacityResults,
  parseAeiTaskStatements,
  parseAeiTaskUsage,
  parseAioe,
  parseAioeVariant,
  parseAlthoffReichardtTaskCapabilities,
  parseAnthropicObservedExposure,
  parseBlsOpeningsTable,
  parseBlsProjections,
  parseEisfeldt,
  parseEloundouOccupations,
  parseEloundouTaskLabels,
  parseFreyOsborneAppendix,
  parseIloOutputTree,
  parseIloTaskScores,
  parseIscoToSoc2010Crosswalk,
  parseMicrosoftAiApplicability,
  parseMicrosoftSocMetrics,
  parseNemOnetToSocCrosswalk,
  parseNumberStrict,
  parseOews,
  parseOnetEducation,
  parseOnetJobZones,
  parseOnetOccupations,
  parseOnetTaskStatements,
  parseSml,
  parseSoc2010To2018Crosswalk,
  parseSocDefinitions2018,
  parseSocStructure2018,
  parseWageBill,
  parseWebb,
  parseWillRobotsTakeMyJob,
  parseWorkbankExpertRatings,
  parseWorkbankTaskMetadata,
  readDelimited,
  readSourceFile,
  readXlsxSheet,
  readXlsxTable,
  resolveAiResilienceModelOptions,
  selectBlsAnnualOpenings,
  selectBlsEmploymentChange,
  selectOewsDetailed,
  sourceFileOf,
  wageBillGroupFor,
  wageBillScenarioParts
};
//# sourceMappingURL=src-QYBINDYQ.js.map