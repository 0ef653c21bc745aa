import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/snapshot-directory.ts
import { existsSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
function installedSnapshotDirectory() {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 12; depth++) {
    const candidate = join(directory, "node_modules", "@airesilience", "data");
    if (existsSync(join(candidate, "package.json"))) return join(candidate, "snapshot");
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  try {
    return join(dirname(fileURLToPath(import.meta.resolve("@airesilience/data/package.json"))), "snapshot");
  } catch (cause) {
    throw new AiResilienceError(
      "IO",
      "cannot find the installed @airesilience/data package to read its snapshot",
      {
        cause
      }
    );
  }
}

// ../data/src/snapshot/snapshot-version-error.ts
var SnapshotVersionError = class extends AiResilienceError {
  /** The version found, or null when the file is not a snapshot. */
  found;
  /**
   * @param file - the snapshot file.
   * @param found - the version it carries, or null.
   */
  constructor(file, found) {
    super(
      "SNAPSHOT_VERSION",
      found === null ? `${file} is not an airesilience snapshot (no format marker): rebuild it with \`airesilience data build\`` : `${file} is a snapshot of version ${found}, but this @airesilience/data reads version ${SNAPSHOT_VERSION}: rebuild it with \`airesilience data build\``
    );
    this.name = "SnapshotVersionError";
    this.found = found;
  }
};
var SNAPSHOT_VERSION = 4;

// ../data/src/snapshot/snapshot.ts
var SNAPSHOT_FILES = {
  /** The dataset file: occupations, the list of sources with their descriptors, coverage, file checksums. */
  dataset: "dataset.json",
  /** The folder of the source files, one per source: its universe and links (see {@link sourceFileOf}). */
  sources: "sources",
  /** The folder of the group files (tasks, descriptions, facts), one per SOC major group (see {@link taskFileOf}). */
  tasks: "tasks"
};
function sourceFileOf(sourceId) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `a source id is kebab-case, got ${JSON.stringify(sourceId)}`
    );
  }
  return `${SNAPSHOT_FILES.sources}/${sourceId}.json`;
}
function taskFileOf(majorGroup) {
  if (!/^\d{2}$/.test(majorGroup)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `a SOC major group is two digits, got ${JSON.stringify(majorGroup)}`
    );
  }
  return `${SNAPSHOT_FILES.tasks}/${majorGroup}.json`;
}
function majorGroupOf(code) {
  return code.slice(0, 2);
}
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function encodeTasks(majorGroup, group) {
  const byCode = group.tasks;
  const signals = /* @__PURE__ */ new Map();
  const joins = /* @__PURE__ */ new Map();
  const indexOf = (map, key) => {
    let index = map.get(key);
    if (index === void 0) {
      index = map.size;
      map.set(key, index);
    }
    return index;
  };
  const tasks = {};
  for (const [code, list] of byCode) {
    const encoded = list.map((task) => {
      const flat = [];
      for (const signal of task.signals) {
        flat.push(indexOf(signals, signal.signal), signal.value, indexOf(joins, signal.join));
      }
      return [
        task.taskId,
        task.statement,
        task.taskType,
        task.resilience,
        task.automationLikelihood,
        task.weight,
        flat
      ];
    });
    tasks[code] = JSON.stringify(encoded);
  }
  return {
    format: "airesilience-tasks",
    snapshotVersion: SNAPSHOT_VERSION,
    majorGroup,
    signals: [...signals.keys()],
    joins: [...joins.keys()],
    tasks,
    descriptions: group.descriptions,
    facts: group.facts
  };
}
function toSnapshot(built) {
  const files = /* @__PURE__ */ new Map();
  for (const source of Object.values(built.dataset.sources)) {
    for (const file of source.descriptor.files) files.set(file.path, file);
  }
  const groups = /* @__PURE__ */ new Map();
  const groupOf = (code) => {
    const key = majorGroupOf(code);
    let group = groups.get(key);
    if (group === void 0) {
      group = { tasks: [], descriptions: {}, facts: {} };
      groups.set(key, group);
    }
    return group;
  };
  for (const occupation of built.dataset.occupations) groupOf(occupation.code);
  for (const code of Object.keys(built.tasks).sort(byText))
    groupOf(code).tasks.push([code, built.tasks[code] ?? []]);
  for (const code of Object.keys(built.descriptions).sort(byText)) {
    groupOf(code).descriptions[code] = built.descriptions[code];
  }
  for (const code of Object.keys(built.facts).sort(byText)) groupOf(code).facts[code] = built.facts[code];
  const { sources, ...dataset } = built.dataset;
  const sourceIds = Object.keys(sources);
  return {
    dataset: {
      format: "airesilience-dataset",
      snapshotVersion: SNAPSHOT_VERSION,
      dataset,
      sources: sourceIds.map((id) => ({ id, descriptor: sources[id].descriptor })),
      matrixCodeOf: built.matrixCodeOf,
      coverage: built.coverage,
      taskModel: built.taskModel,
      files: [...files.values()].sort((a, b) => byText(a.path, b.path))
    },
    sources: sourceIds.map((id) => ({
      id,
      document: {
        format: "airesilience-source",
        snapshotVersion: SNAPSHOT_VERSION,
        id,
        universe: sources[id].universe,
        linkTable: linkTableOf(sources[id])
      }
    })),
    tasks: [...groups.keys()].sort(byText).map((majorGroup) => ({ majorGroup, document: encodeTasks(majorGroup, groups.get(majorGroup)) }))
  };
}
function checkVersion(value, format, file) {
  const document = value;
  if (typeof document !== "object" || document === null || document.format !== format) {
    throw new SnapshotVersionError(file, null);
  }
  if (document.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new SnapshotVersionError(
      file,
      typeof document.snapshotVersion === "number" ? document.snapshotVersion : null
    );
  }
}
function parseDatasetSnapshot(value, file = SNAPSHOT_FILES.dataset) {
  checkVersion(value, "airesilience-dataset", file);
  const document = value;
  if (typeof document.dataset !== "object" || document.dataset === null || !Array.isArray(document.dataset.occupations)) {
    throw damaged(file, "no dataset with occupations");
  }
  if (!Array.isArray(document.sources)) throw damaged(file, "no list of sources");
  for (const source of document.sources) {
    if (typeof source?.id !== "string" || typeof source.descriptor !== "object" || source.descriptor === null) {
      throw damaged(file, "a source without an id or a descriptor");
    }
  }
  return document;
}
function parseSourceSnapshot(value, file) {
  const name = file ?? `${SNAPSHOT_FILES.sources}/<id>.json`;
  checkVersion(value, "airesilience-source", name);
  const document = value;
  if (typeof document.id !== "string") throw damaged(name, "no source id");
  const universe = document.universe;
  if (typeof universe !== "object" || universe === null || !Array.isArray(universe.codes) || !Array.isArray(universe.values)) {
    throw damaged(name, "no universe with codes and values");
  }
  const table = document.linkTable;
  if (typeof table !== "object" || table === null || !Array.isArray(table.codes) || !Array.isArray(table.offsets) || !Array.isArray(table.targets)) {
    throw damaged(name, "no link table with codes, offsets and targets");
  }
  return document;
}
function linkTableOf(values) {
  const indexOf = new Map(values.universe.codes.map((code, index) => [code, index]));
  const codes = Object.keys(values.links);
  const offsets = [0];
  const targets = [];
  for (const code of codes) {
    for (const native of values.links[code]) {
      const index = indexOf.get(native);
      if (index === void 0) {
        throw new AiResilienceError(
          "DATA_INTEGRITY",
          `${values.descriptor.id}: ${code} links to ${native}, which is not in the universe`
        );
      }
      targets.push(index);
    }
    offsets.push(targets.length);
  }
  return { codes, offsets, targets };
}
function damaged(file, reason) {
  return new AiResilienceError("DATA_INTEGRITY", `${file} is damaged (${reason}): rebuild the snapshot`);
}
function parseTasksSnapshot(value, file, select) {
  const name = file ?? `${SNAPSHOT_FILES.tasks}/<major group>.json`;
  checkVersion(value, "airesilience-tasks", name);
  const document = value;
  const { signals, joins, majorGroup } = document;
  if (!Array.isArray(signals) || !Array.isArray(joins) || typeof majorGroup !== "string") {
    throw damaged(name, "no signals, joins or majorGroup");
  }
  if (typeof document.tasks !== "object" || document.tasks === null) throw damaged(name, "no tasks");
  const { descriptions, facts } = document;
  if (typeof descriptions !== "object" || descriptions === null || typeof facts !== "object" || facts === null) {
    throw damaged(name, "no descriptions or facts");
  }
  const tasks = {};
  for (const [code, text] of Object.entries(document.tasks)) {
    if (select !== void 0 && !select(code)) continue;
    let encoded;
    try {
      encoded = typeof text === "string" ? JSON.parse(text) : void 0;
    } catch {
      encoded = void 0;
    }
    if (!Array.isArray(encoded)) throw damaged(name, `the tasks of ${code} are not a JSON list`);
    tasks[code] = encoded.map((entry) => {
      if (!Array.isArray(entry) || entry.length !== 7 || !Array.isArray(entry[6]) || entry[6].length % 3 !== 0) {
        throw damaged(name, `a task of ${code} is not a 7-item tuple with a signal list`);
      }
      const flat = entry[6];
      const taskSignals = [];
      for (let i = 0; i < flat.length; i += 3) {
        const signal = signals[flat[i]];
        const join3 = joins[flat[i + 2]];
        if (signal === void 0 || join3 === void 0) {
          throw damaged(name, `task ${entry[0]} of ${code} names a signal or join that is not listed`);
        }
        taskSignals.push({ signal, value: flat[i + 1], join: join3 });
      }
      return {
        taskId: entry[0],
        statement: entry[1],
        taskType: entry[2],
        resilience: entry[3],
        automationLikelihood: entry[4],
        weight: entry[5],
        signals: taskSignals
      };
    });
  }
  return {
    format: "airesilience-tasks",
    snapshotVersion: SNAPSHOT_VERSION,
    majorGroup,
    tasks,
    descriptions,
    facts
  };
}

// ../data/src/atomic-write/atomic-file.ts
import { mkdir, open, rename, stat, unlink } from "fs/promises";
import { basename, dirname as dirname2, join as join2, resolve } from "path";
async function openAtomicFile(path, options = {}) {
  const target = resolve(path);
  const directory = dirname2(target);
  if (options.createParentDirectories) {
    try {
      await mkdir(directory, { recursive: true });
    } catch (cause) {
      throw ioError(`cannot create the directory ${directory} for ${path}`, cause);
    }
  }
  const mode = options.mode ?? await existingMode(target);
  const temporaryPath = join2(directory, `.${basename(target)}.${randomSuffix()}.tmp`);
  let handle;
  try {
    handle = await open(temporaryPath, "wx", mode);
  } catch (cause) {
    if (cause.code === "ENOENT") {
      throw ioError(
        `cannot write ${path}: the directory ${directory} does not exist (pass createParentDirectories: true to create it)`,
        cause
      );
    }
    throw ioError(`cannot create a temporary file beside ${path}`, cause);
  }
  if (mode !== void 0) await handle.chmod(mode).catch(() => void 0);
  return new OpenAtomicFile(target, temporaryPath, handle);
}
var OpenAtomicFile = class {
  path;
  temporaryPath;
  #handle;
  #state = "open";
  constructor(path, temporaryPath, handle) {
    this.path = path;
    this.temporaryPath = temporaryPath;
    this.#handle = handle;
  }
  async write(chunk) {
    const handle = this.#openHandle("write to");
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let offset = 0;
    try {
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        offset += bytesWritten;
      }
    } catch (cause) {
      throw ioError(`cannot write ${this.path} (temporary file ${this.temporaryPath})`, cause);
    }
  }
  async commit() {
    const handle = this.#openHandle("commit");
    try {
      await handle.sync();
      await handle.close();
      this.#handle = void 0;
      await rename(this.temporaryPath, this.path);
    } catch (cause) {
      await this.abort();
      throw ioError(`cannot replace ${this.path} with its new content`, cause);
    }
    this.#state = "committed";
    await syncDirectory(dirname2(this.path));
  }
  async abort() {
    if (this.#state !== "open") return;
    this.#state = "aborted";
    const handle = this.#handle;
    this.#handle = void 0;
    await handle?.close().catch(() => void 0);
    await unlink(this.temporaryPath).catch(() => void 0);
  }
  #openHandle(action) {
    if (this.#state !== "open" || this.#handle === void 0) {
      throw new AiResilienceError(
        "IO",
        `cannot ${action} ${this.path}: the atomic write is already ${this.#state}`
      );
    }
    return this.#handle;
  }
};
async function existingMode(path) {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.mode & 4095 : void 0;
  } catch {
    return void 0;
  }
}
async function syncDirectory(directory) {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
  } finally {
    await handle?.close().catch(() => void 0);
  }
}
function randomSuffix() {
  let hex = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(6))) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function ioError(message, cause) {
  const detail = cause instanceof Error ? `: ${cause.message}` : "";
  return new AiResilienceError("IO", `[data] ${message}${detail}`, { cause });
}

// ../data/src/atomic-write/write-file-atomic.ts
async function writeFileAtomic(path, data, options = {}) {
  const file = await openAtomicFile(path, options);
  try {
    if (typeof data === "string" || data instanceof Uint8Array) {
      await file.write(data);
    } else {
      for await (const chunk of data) await file.write(chunk);
    }
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

export {
  SNAPSHOT_FILES,
  sourceFileOf,
  taskFileOf,
  majorGroupOf,
  toSnapshot,
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  openAtomicFile,
  writeFileAtomic,
  installedSnapshotDirectory
};
//# sourceMappingURL=chunk-ATTVIM43.js.map