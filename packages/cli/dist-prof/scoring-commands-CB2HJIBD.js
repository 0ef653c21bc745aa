import {
  groupOccupationArguments,
  requireOccupationCode
} from "./chunk-WD3EX5FT.js";
import {
  oneOf,
  outputFormat,
  positiveInteger
} from "./chunk-BPJ5LWTF.js";
import {
  methodologySourceIds,
  validateMethodologyAgainstDataset
} from "./chunk-I7RKLA7A.js";
import {
  DEFAULT_METHODOLOGY,
  formatCsv,
  formatCsvTable,
  formatHtml,
  formatMarkdown,
  formatText
} from "./chunk-2NQ36A6W.js";
import {
  toValidatedMethodology
} from "./chunk-VABRXRSJ.js";
import {
  isOccupationCode,
  parseOccupationCode
} from "./chunk-4N4XA4QS.js";
import {
  SNAPSHOT_FILES,
  installedSnapshotDirectory,
  majorGroupOf,
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  sourceFileOf,
  taskFileOf,
  writeFileAtomic
} from "./chunk-ATTVIM43.js";
import {
  CliUsageError
} from "./chunk-5HVIVQ3A.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../core/src/dataset-error.ts
var DatasetError = class extends AiResilienceError {
  /** The source at fault, or null when the problem is not a source's. */
  source;
  /**
   * @param source - the source id at fault, or null.
   * @param reason - which rule was broken.
   */
  constructor(source, reason) {
    super("INVALID_DATASET", `[dataset] ${source === null ? "" : `source ${source}: `}${reason}`);
    this.name = "DatasetError";
    this.source = source;
  }
  /**
   * @returns the plain-object form, including the source.
   */
  toJSON() {
    return { ...super.toJSON(), source: this.source };
  }
};

// ../core/src/sorted-statistics.ts
function quantileSorted(sorted, q) {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const position = (count - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below];
  if (below + 1 >= count) return lower;
  return lower + (position - below) * (sorted[below + 1] - lower);
}
function medianSorted(sorted) {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  return count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ../core/src/dimension-level.ts
function assignDimensionLevel(score, cuts) {
  if (score < cuts.low) return "Low";
  if (score >= cuts.high) return "High";
  return "Med";
}
function computeLevelCuts(rule, universeScores = []) {
  if (rule.kind === "fixed") return { low: rule.low, high: rule.high };
  const sorted = Float64Array.from(universeScores).sort();
  return { low: quantileSorted(sorted, 1 / 3), high: quantileSorted(sorted, 2 / 3) };
}

// ../core/src/methodology-layout.ts
function createLayout(methodology) {
  const sources = [];
  const groups = /* @__PURE__ */ new Map();
  const dimensionStart = new Int32Array(methodology.dimensions.length + 1);
  methodology.dimensions.forEach((dimension, d) => {
    dimensionStart[d] = sources.length;
    for (const source of dimension.sources) {
      const group = source.evidenceGroup ?? source.id;
      let groupIndex = groups.get(group);
      if (groupIndex === void 0) {
        groupIndex = groups.size;
        groups.set(group, groupIndex);
      }
      sources.push({ ...source, dimensionIndex: d, dimensionId: dimension.id, group, groupIndex });
    }
  });
  dimensionStart[methodology.dimensions.length] = sources.length;
  return {
    methodology,
    sources,
    dimensionStart,
    dimensionWeights: Float64Array.from(methodology.dimensions, (dimension) => dimension.weight),
    sourceWeights: Float64Array.from(sources, (source) => source.weight),
    groupCount: groups.size,
    agreementDimension: methodology.dimensions.findIndex(
      (dimension) => dimension.id === methodology.confidence.agreementDimension
    )
  };
}
function createRowBuffers(layout, rows = 1) {
  const sourceCount = layout.sources.length;
  const dimensionCount = layout.dimensionWeights.length;
  return {
    sourceEffective: new Float64Array(rows * sourceCount),
    contributions: new Float64Array(rows * sourceCount),
    dimensionScores: new Float64Array(rows * dimensionCount),
    dimensionEffective: new Float64Array(rows * dimensionCount),
    dimensionContributions: new Float64Array(rows * dimensionCount)
  };
}
function combineRow(layout, percentiles, percentileOffset, buffers, row, sourceWeights = layout.sourceWeights, dimensionWeights = layout.dimensionWeights) {
  const sourceCount = layout.sources.length;
  const dimensionCount = dimensionWeights.length;
  const sourceBase = row * sourceCount;
  const dimensionBase = row * dimensionCount;
  const { sourceEffective, contributions, dimensionScores, dimensionEffective, dimensionContributions } = buffers;
  let dimensionTotal = 0;
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d];
    const end = layout.dimensionStart[d + 1];
    let available = 0;
    for (let s = start; s < end; s++) {
      if (!Number.isNaN(percentiles[percentileOffset + s])) available += sourceWeights[s];
    }
    if (available > 0) {
      let score = 0;
      for (let s = start; s < end; s++) {
        const percentile = percentiles[percentileOffset + s];
        if (Number.isNaN(percentile)) {
          sourceEffective[sourceBase + s] = 0;
        } else {
          const effective = sourceWeights[s] / available;
          sourceEffective[sourceBase + s] = effective;
          score += effective * percentile;
        }
      }
      dimensionScores[dimensionBase + d] = score;
      dimensionTotal += dimensionWeights[d];
    } else {
      for (let s = start; s < end; s++) sourceEffective[sourceBase + s] = 0;
      dimensionScores[dimensionBase + d] = Number.NaN;
    }
  }
  let total = 0;
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d];
    const end = layout.dimensionStart[d + 1];
    const missing = Number.isNaN(dimensionScores[dimensionBase + d]);
    const effective = missing || dimensionTotal === 0 ? 0 : dimensionWeights[d] / dimensionTotal;
    dimensionEffective[dimensionBase + d] = effective;
    let dimensionContribution = 0;
    for (let s = start; s < end; s++) {
      const percentile = percentiles[percentileOffset + s];
      const contribution = Number.isNaN(percentile) ? 0 : effective * sourceEffective[sourceBase + s] * percentile;
      contributions[sourceBase + s] = contribution;
      dimensionContribution += contribution;
      total += contribution;
    }
    dimensionContributions[dimensionBase + d] = dimensionContribution;
  }
  if (dimensionTotal === 0) return Number.NaN;
  return Math.min(Math.max(total, 0), 1);
}

// ../core/src/percentile.ts
function computePercentiles(values, options) {
  const count = values.length;
  for (let i = 0; i < count; i++) {
    if (!Number.isFinite(values[i])) {
      throw new AiResilienceError(
        "INVALID_ARGUMENT",
        `computePercentiles: values[${i}] must be a finite number, got ${values[i]}`
      );
    }
  }
  const ties = options.ties ?? "average";
  const exposed = options.direction === "higher-is-more-exposed";
  if (options.weights !== void 0) return weightedPercentiles(values, options.weights, exposed, ties);
  const sorted = new Float64Array(values).sort();
  const runs = /* @__PURE__ */ new Map();
  const runEnd = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    runEnd[i] = i + 1 < count && sorted[i + 1] === sorted[i] ? runEnd[i + 1] : i + 1;
    runs.set(sorted[i], i);
  }
  const result = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const value = values[i];
    const below = runs.get(value);
    const atOrBelow = runEnd[below];
    if (ties === "average") {
      const percentile = (below + atOrBelow + 1) / 2 / count;
      result[i] = exposed ? 1 - percentile : percentile;
    } else {
      result[i] = exposed ? (count - atOrBelow) / count : below / count;
    }
  }
  return result;
}
var MAX_WEIGHT_SUM = Number.MAX_VALUE / 2;
function weightedPercentiles(values, weights, exposed, ties) {
  const count = values.length;
  if (weights.length !== count) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `computePercentiles: weights must have one entry per value (${count}), got ${weights.length}`
    );
  }
  let total = 0;
  for (let i = 0; i < count; i++) {
    const weight = weights[i];
    if (!Number.isFinite(weight) || weight < 0) {
      throw new AiResilienceError(
        "INVALID_ARGUMENT",
        `computePercentiles: weights[${i}] must be a finite number \u2265 0, got ${weight}`
      );
    }
    total += weight;
  }
  if (count > 0 && !(total > 0 && total <= MAX_WEIGHT_SUM)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `computePercentiles: the weights must have a positive sum of at most ${MAX_WEIGHT_SUM}, got ${total}`
    );
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const result = new Float64Array(count);
  let below = 0;
  let start = 0;
  while (start < count) {
    const value = values[order[start]];
    let end = start;
    let tied = 0;
    while (end < count && values[order[end]] === value) tied += weights[order[end++]];
    const size = end - start;
    let percentile;
    if (ties === "average") {
      const resilient = (below + tied * (1 + 1 / size) / 2) / total;
      percentile = exposed ? 1 - resilient : resilient;
    } else {
      percentile = exposed ? (total - below - tied) / total : below / total;
    }
    for (let i = start; i < end; i++) result[order[i]] = percentile;
    below += tied;
    start = end;
  }
  return result;
}
function lowerBound(sorted, value, from = 0) {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
function upperBound(sorted, value, from = 0) {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

// ../core/src/scoring-model.ts
var cache = /* @__PURE__ */ new WeakMap();
function getScoringModel(dataset, methodology) {
  let byMethodology = cache.get(dataset);
  if (byMethodology === void 0) {
    byMethodology = /* @__PURE__ */ new WeakMap();
    cache.set(dataset, byMethodology);
  }
  let model = byMethodology.get(methodology);
  if (model === void 0) {
    model = buildScoringModel(dataset, methodology);
    byMethodology.set(methodology, model);
  }
  return model;
}
function buildScoringModel(dataset, given) {
  const methodology = toValidatedMethodology(given);
  validateMethodologyAgainstDataset(methodology, dataset);
  const layout = createLayout(methodology);
  const occupations = dataset.occupations;
  if (!Array.isArray(occupations)) throw new DatasetError(null, "occupations must be an array");
  const rowOf = /* @__PURE__ */ new Map();
  occupations.forEach((occupation, row) => {
    if (!isOccupationCode(occupation.code)) {
      throw new DatasetError(
        null,
        `occupations[${row}].code ${JSON.stringify(occupation.code)} is not a SOC or O*NET-SOC code`
      );
    }
    if (rowOf.has(occupation.code))
      throw new DatasetError(null, `occupation ${occupation.code} is listed twice`);
    rowOf.set(occupation.code, row);
  });
  const sourceCount = layout.sources.length;
  const rowCount = occupations.length;
  const columns = layout.sources.map((source) => {
    const values = dataset.sources[source.id];
    const { codes, values: nativeValues, weights } = values.universe;
    if (!Array.isArray(codes) || !Array.isArray(nativeValues) || codes.length !== nativeValues.length) {
      throw new DatasetError(
        source.id,
        "universe.codes and universe.values must be arrays of the same length"
      );
    }
    const nativeIndex = /* @__PURE__ */ new Map();
    for (let index = 0; index < codes.length; index++) {
      const code = codes[index];
      nativeIndex.set(code, index);
      if (nativeIndex.size !== index + 1) {
        throw new DatasetError(source.id, `universe code ${JSON.stringify(code)} is listed twice`);
      }
      if (!Number.isFinite(nativeValues[index])) {
        throw new DatasetError(
          source.id,
          `universe value of ${JSON.stringify(code)} must be a finite number, got ${nativeValues[index]}`
        );
      }
    }
    if (methodology.weighting === "employment") checkWeights(source.id, codes, weights);
    const table = values.linkTable;
    const entryOfRow = table === void 0 ? null : linkEntries(source.id, table, codes.length, rowOf);
    if (table === void 0 && (typeof values.links !== "object" || values.links === null)) {
      throw new DatasetError(source.id, "links must be an object");
    }
    const nativePercentiles = computePercentiles(nativeValues, {
      direction: source.direction,
      ties: methodology.ties,
      ...methodology.weighting === "employment" && weights !== void 0 ? { weights } : {}
    });
    return {
      id: source.id,
      nativeIndex,
      nativePercentiles,
      nativeValues,
      links: table === void 0 ? values.links : null,
      entryOfRow,
      offsets: table?.offsets ?? NO_INDEXES,
      targets: table?.targets ?? NO_INDEXES,
      universeCodes: codes
    };
  });
  const agreementIds = layout.agreementDimension === -1 ? [] : methodology.dimensions[layout.agreementDimension].sources.map((source) => source.id);
  const model = {
    dataset,
    methodology,
    layout,
    occupations,
    rowOf,
    columns,
    computed: new Uint8Array(rowCount),
    percentiles: new Float64Array(rowCount * sourceCount).fill(Number.NaN),
    raws: new Float64Array(rowCount * sourceCount).fill(Number.NaN),
    nativeCodes: new Array(rowCount * sourceCount).fill(null),
    frozenNativeCodes: new Array(rowCount * sourceCount),
    scores: new Float64Array(rowCount).fill(Number.NaN),
    buffers: createRowBuffers(layout, rowCount),
    universe: new Float64Array(0),
    median: Number.NaN,
    levelCuts: [],
    provenance: buildProvenance(dataset, methodology),
    weightDraws: /* @__PURE__ */ new Map(),
    groupFlags: new Uint8Array(layout.groupCount),
    agreementIds,
    agreementScratch: new Float64Array(agreementIds.length),
    rowFacts: new Array(rowCount)
  };
  let universeRows = occupations.flatMap((occupation, row) => occupation.lineItem ? [row] : []);
  computeRows(model, universeRows);
  universeRows = universeRows.filter((row) => !Number.isNaN(model.scores[row]));
  if (universeRows.length === 0) {
    computeAllRows(model);
    universeRows = occupations.flatMap((_, row) => Number.isNaN(model.scores[row]) ? [] : [row]);
  }
  const { scores, buffers } = model;
  const universe = Float64Array.from(universeRows, (row) => scores[row]).sort();
  const dimensionCount = layout.dimensionWeights.length;
  const levelCuts = methodology.dimensions.map((_, d) => {
    if (methodology.levels.kind === "fixed") return computeLevelCuts(methodology.levels);
    const values = [];
    for (const row of universeRows) {
      const value = buffers.dimensionScores[row * dimensionCount + d];
      if (!Number.isNaN(value)) values.push(value);
    }
    return computeLevelCuts(methodology.levels, values);
  });
  model.universe = universe;
  model.median = medianSorted(universe);
  model.levelCuts = levelCuts;
  return model;
}
function computeRow(model, row) {
  if (model.computed[row] !== 1) computeRows(model, [row]);
}
function computeRows(model, rows) {
  const { layout, columns, percentiles, raws, nativeCodes, computed, occupations } = model;
  const pending = [];
  for (const row of rows) if (computed[row] !== 1) pending.push(row);
  const sourceCount = columns.length;
  for (let s = 0; s < sourceCount; s++) {
    const column = columns[s];
    const { links, nativeIndex, nativePercentiles, nativeValues } = column;
    if (links === null) {
      computeFromLinkTable(model, column, s, pending);
      continue;
    }
    for (let p = 0; p < pending.length; p++) {
      const row = pending[p];
      const code = occupations[row].code;
      const linked = links[code];
      if (linked === void 0) continue;
      if (!Array.isArray(linked)) {
        throw new DatasetError(column.id, `links[${JSON.stringify(code)}] must be an array`);
      }
      const count = linked.length;
      if (count === 0) continue;
      let percentileSum = 0;
      let rawSum = 0;
      for (let k = 0; k < count; k++) {
        const index = nativeIndex.get(linked[k]);
        if (index === void 0) {
          throw new DatasetError(
            column.id,
            `links[${JSON.stringify(code)}] names ${JSON.stringify(linked[k])}, which is not in the universe`
          );
        }
        percentileSum += nativePercentiles[index];
        rawSum += nativeValues[index];
      }
      const cell = row * sourceCount + s;
      percentiles[cell] = percentileSum / count;
      raws[cell] = rawSum / count;
      nativeCodes[cell] = linked;
    }
  }
  for (const row of pending) {
    model.scores[row] = combineRow(layout, percentiles, row * sourceCount, model.buffers, row);
    computed[row] = 1;
  }
}
function computeFromLinkTable(model, column, s, pending) {
  const { percentiles, raws } = model;
  const sourceCount = model.columns.length;
  const { entryOfRow, offsets, targets, nativePercentiles, nativeValues } = column;
  for (let p = 0; p < pending.length; p++) {
    const row = pending[p];
    const entry = entryOfRow[row];
    if (entry < 0) continue;
    const start = offsets[entry];
    const end = offsets[entry + 1];
    if (end === start) continue;
    let percentileSum = 0;
    let rawSum = 0;
    for (let k = start; k < end; k++) {
      const index = targets[k];
      percentileSum += nativePercentiles[index];
      rawSum += nativeValues[index];
    }
    const cell = row * sourceCount + s;
    percentiles[cell] = percentileSum / (end - start);
    raws[cell] = rawSum / (end - start);
  }
}
function linkedNativeCodes(model, cell) {
  const linked = model.nativeCodes[cell];
  if (linked) return linked;
  const sourceCount = model.columns.length;
  const column = model.columns[cell % sourceCount];
  if (column.entryOfRow === null) return null;
  const entry = column.entryOfRow[Math.floor(cell / sourceCount)];
  if (entry < 0) return null;
  const codes = [];
  for (let k = column.offsets[entry]; k < column.offsets[entry + 1]; k++) {
    codes.push(column.universeCodes[column.targets[k]]);
  }
  return codes.length === 0 ? null : codes;
}
var NO_INDEXES = Object.freeze([]);
function linkEntries(sourceId, table, universeSize, rowOf) {
  const fail = (reason) => new DatasetError(sourceId, `linkTable ${reason}`);
  if (typeof table !== "object" || table === null) throw fail("must be an object");
  const { codes, offsets, targets } = table;
  if (!Array.isArray(codes)) throw fail("must have a codes array");
  if (typeof offsets?.length !== "number" || typeof targets?.length !== "number") {
    throw fail("must have offsets and targets arrays");
  }
  if (offsets.length !== codes.length + 1) {
    throw fail(`has ${offsets.length} offsets for ${codes.length} codes (expected ${codes.length + 1})`);
  }
  if (offsets[0] !== 0 || offsets[codes.length] !== targets.length) {
    throw fail(`offsets must run from 0 to the number of targets (${targets.length})`);
  }
  for (let i = 0; i < codes.length; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (!Number.isInteger(end) || end < start) {
      throw fail(`offsets[${i + 1}] must be an integer \u2265 offsets[${i}], got ${end}`);
    }
  }
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k];
    if (!Number.isInteger(target) || target < 0 || target >= universeSize) {
      throw fail(
        `targets[${k}] must be an index into the universe (0 to ${universeSize - 1}), got ${target}`
      );
    }
  }
  const entryOfRow = new Int32Array(rowOf.size).fill(-1);
  for (let i = 0; i < codes.length; i++) {
    const row = rowOf.get(codes[i]);
    if (row === void 0) continue;
    if (entryOfRow[row] !== -1) throw fail(`lists ${JSON.stringify(codes[i])} twice`);
    entryOfRow[row] = i;
  }
  return entryOfRow;
}
function computeAllRows(model) {
  computeRows(
    model,
    model.occupations.map((_, row) => row)
  );
}
function checkWeights(sourceId, codes, weights) {
  if (weights === void 0) {
    throw new DatasetError(sourceId, "employment weighting needs universe.weights, and this source has none");
  }
  if (weights.length !== codes.length) {
    throw new DatasetError(
      sourceId,
      `universe.weights has ${weights.length} entries for ${codes.length} codes`
    );
  }
  weights.forEach((weight, index) => {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new DatasetError(
        sourceId,
        `universe weight of ${JSON.stringify(codes[index])} must be a finite number \u2265 0, got ${weight}`
      );
    }
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (codes.length > 0 && !(total > 0 && total <= MAX_WEIGHT_SUM)) {
    throw new DatasetError(
      sourceId,
      `universe.weights must have a positive sum of at most ${MAX_WEIGHT_SUM}, got ${total}`
    );
  }
}
function buildProvenance(dataset, methodology) {
  const sources = methodology.dimensions.flatMap(
    (dimension) => dimension.sources.map((source) => {
      const descriptor = dataset.sources[source.id].descriptor;
      return {
        id: source.id,
        label: descriptor.label,
        vintage: descriptor.vintage,
        citation: descriptor.citation,
        licence: descriptor.licence,
        proxy: descriptor.proxy ?? false,
        files: descriptor.files.map((file) => ({ path: file.path, sha256: file.sha256 }))
      };
    })
  );
  const provenance = {
    methodologyId: methodology.id,
    methodologyVersion: methodology.version,
    ...methodology.specificationVersion === void 0 ? {} : { specificationVersion: methodology.specificationVersion },
    dataset: dataset.label,
    ties: methodology.ties,
    weighting: methodology.weighting,
    scenario: { ...methodology.scenario },
    sources
  };
  return deepFreezeProvenance(provenance);
}
function deepFreezeProvenance(provenance) {
  for (const source of provenance.sources) {
    for (const file of source.files) Object.freeze(file);
    Object.freeze(source.files);
    Object.freeze(source);
  }
  Object.freeze(provenance.sources);
  Object.freeze(provenance.scenario);
  return Object.freeze(provenance);
}

// ../core/src/unknown-occupation-error.ts
var UnknownOccupationError = class extends AiResilienceError {
  /** The code that was not found. */
  input;
  /** Close codes that are in the dataset, best first (at most five). */
  suggestions;
  /**
   * @param input - the code that was not found.
   * @param suggestions - close codes that are in the dataset, best first.
   */
  constructor(input, suggestions) {
    const hint = suggestions.length === 0 ? "" : `. Did you mean ${suggestions.map((entry) => `${entry.code} (${entry.title})`).join(", ")}?`;
    super("UNKNOWN_OCCUPATION", `Unknown occupation ${JSON.stringify(input)}: not in the dataset${hint}`);
    this.name = "UnknownOccupationError";
    this.input = input;
    this.suggestions = suggestions;
  }
  /**
   * @returns the plain-object form, including the input and the suggestions.
   */
  toJSON() {
    return { ...super.toJSON(), input: this.input, suggestions: this.suggestions };
  }
};

// ../core/src/find-occupation.ts
function findOccupationRow(model, input) {
  const { code } = parseOccupationCode(input);
  const row = model.rowOf.get(code);
  if (row === void 0) throw new UnknownOccupationError(code, suggestOccupations(model.occupations, code));
  computeRow(model, row);
  return row;
}
function suggestOccupations(occupations, code, limit = 5) {
  const target = codeNumber(code);
  return occupations.map((occupation) => ({
    occupation,
    prefix: commonPrefix(occupation.code, code),
    distance: Math.abs(codeNumber(occupation.code) - target)
  })).filter((entry) => entry.prefix >= 2).sort(
    (a, b) => b.prefix - a.prefix || a.distance - b.distance || (a.occupation.code < b.occupation.code ? -1 : a.occupation.code > b.occupation.code ? 1 : 0)
  ).slice(0, limit).map((entry) => ({ code: entry.occupation.code, title: entry.occupation.title }));
}
function commonPrefix(a, b) {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a[index] === b[index]) index++;
  return index;
}
function codeNumber(code) {
  return Number(code.slice(0, 2)) * 1e4 + Number(code.slice(3, 7)) + Number(code.slice(8) || 0) / 100;
}

// ../core/src/no-data-error.ts
var NoDataError = class extends AiResilienceError {
  /** The occupation code. */
  occupation;
  /** The id of the methodology it was scored with. */
  methodologyId;
  /**
   * @param occupation - the occupation code.
   * @param methodologyId - the methodology id.
   * @param sourceCount - how many sources the methodology has, for the message.
   */
  constructor(occupation, methodologyId, sourceCount = 8) {
    super("NO_DATA", noDataMessage(occupation, methodologyId, sourceCount));
    this.name = "NoDataError";
    this.occupation = occupation;
    this.methodologyId = methodologyId;
  }
  /**
   * @returns the plain-object form, including the occupation and the methodology id.
   */
  toJSON() {
    return { ...super.toJSON(), occupation: this.occupation, methodologyId: this.methodologyId };
  }
};
function noDataMessage(occupation, methodologyId, sourceCount) {
  return `No data for occupation ${JSON.stringify(occupation)}: none of the ${sourceCount} sources of methodology ${methodologyId} has a value`;
}

// ../core/src/score-records.ts
var SourceScore = class {
  sourceId;
  label;
  dimensionId;
  evidenceGroup;
  direction;
  raw;
  nativeCodes;
  percentile;
  weight;
  effectiveWeight;
  contribution;
  missing;
  constructor(sourceId, label, dimensionId, evidenceGroup, direction, raw, nativeCodes, percentile, weight, effectiveWeight, contribution) {
    this.sourceId = sourceId;
    this.label = label;
    this.dimensionId = dimensionId;
    this.evidenceGroup = evidenceGroup;
    this.direction = direction;
    this.raw = raw;
    this.nativeCodes = nativeCodes;
    this.percentile = percentile;
    this.weight = weight;
    this.effectiveWeight = effectiveWeight;
    this.contribution = contribution;
    this.missing = percentile === null;
  }
};
var DimensionScore = class {
  id;
  label;
  weight;
  effectiveWeight;
  score;
  level;
  contribution;
  sources;
  constructor(id, label, weight, effectiveWeight, score, level, contribution, sources) {
    this.id = id;
    this.label = label;
    this.weight = weight;
    this.effectiveWeight = effectiveWeight;
    this.score = score;
    this.level = level;
    this.contribution = contribution;
    this.sources = sources;
  }
};
var TierAssignment = class {
  name;
  index;
  above;
  constructor(name, index, above) {
    this.name = name;
    this.index = index;
    this.above = above;
  }
};
var MostDisagreeing = class {
  sourceId;
  percentile;
  deviation;
  constructor(sourceId, percentile, deviation) {
    this.sourceId = sourceId;
    this.percentile = percentile;
    this.deviation = deviation;
  }
};
var Confidence = class {
  level;
  sourcesWithData;
  sourcesTotal;
  agreementSourcesWithData;
  agreementSourcesTotal;
  dispersion;
  levelFromAgreement;
  coverageCap;
  mostDisagreeing;
  agreementMedian;
  constructor(level, sourcesWithData, sourcesTotal, agreementSourcesWithData, agreementSourcesTotal, dispersion, levelFromAgreement, coverageCap, mostDisagreeing, agreementMedian) {
    this.level = level;
    this.sourcesWithData = sourcesWithData;
    this.sourcesTotal = sourcesTotal;
    this.agreementSourcesWithData = agreementSourcesWithData;
    this.agreementSourcesTotal = agreementSourcesTotal;
    this.dispersion = dispersion;
    this.levelFromAgreement = levelFromAgreement;
    this.coverageCap = coverageCap;
    this.mostDisagreeing = mostDisagreeing;
    this.agreementMedian = agreementMedian;
  }
};
var Comparison = class {
  medianScore;
  scorePercentile;
  scoredOccupations;
  phrase;
  sentence;
  constructor(medianScore, scorePercentile, scoredOccupations, phrase, sentence) {
    this.medianScore = medianScore;
    this.scorePercentile = scorePercentile;
    this.scoredOccupations = scoredOccupations;
    this.phrase = phrase;
    this.sentence = sentence;
  }
};
var ScoreResult = class {
  code;
  title;
  score;
  scorePercent;
  tier;
  dimensions;
  missingSources;
  confidence;
  comparison;
  constructor(code, title, score, scorePercent, tier, dimensions, missingSources, confidence, comparison, uncertainty, provenance) {
    this.code = code;
    this.title = title;
    this.score = score;
    this.scorePercent = scorePercent;
    this.tier = tier;
    this.dimensions = dimensions;
    this.missingSources = missingSources;
    this.confidence = confidence;
    this.comparison = comparison;
    if (uncertainty !== void 0) this.uncertainty = uncertainty;
    this.provenance = provenance;
  }
};

// ../core/src/comparison.ts
function compareScore(score, sortedUniverse, median, sourcesWithData, rule, ties) {
  const scorePercentile = scorePercentileOf(score, sortedUniverse, ties);
  const phrase = choosePhrase(scorePercentile, rule);
  return new Comparison(
    median,
    scorePercentile,
    sortedUniverse.length,
    phrase,
    fillSentence(rule.sentence, phrase, sourcesWithData)
  );
}
function scorePercentileOf(score, sortedUniverse, ties) {
  const count = sortedUniverse.length;
  const below = lowerBound(sortedUniverse, score);
  return ties === "average" ? Math.min(1, (below + upperBound(sortedUniverse, score, below) + 1) / 2 / count) : below / count;
}
function choosePhrase(scorePercentile, rule) {
  for (let i = 0; i < rule.phrases.length; i++) {
    const entry = rule.phrases[i];
    if (entry.atLeast === null || scorePercentile >= entry.atLeast) return entry.phrase;
  }
  return rule.phrases[rule.phrases.length - 1].phrase;
}
var sentences = /* @__PURE__ */ new Map();
function fillSentence(template, phrase, count) {
  let byPhrase = sentences.get(template);
  if (byPhrase === void 0) {
    if (sentences.size > 100) sentences.clear();
    byPhrase = /* @__PURE__ */ new Map();
    sentences.set(template, byPhrase);
  }
  let byCount = byPhrase.get(phrase);
  if (byCount === void 0) {
    byCount = [];
    byPhrase.set(phrase, byCount);
  }
  let sentence = byCount[count];
  if (sentence === void 0) {
    sentence = buildSentence(template, phrase, count);
    if (count < 1e3) byCount[count] = sentence;
  }
  return sentence;
}
function buildSentence(template, phrase, count) {
  return template.replaceAll("{phrase}", phrase).replaceAll("{count}", String(count)).replaceAll("{sourceNoun}", count === 1 ? "source" : "sources");
}

// ../core/src/confidence.ts
var CONFIDENCE_LEVELS = Object.freeze([
  "High",
  "Medium-high",
  "Medium",
  "Low-medium",
  "Low"
]);
function confidenceOfAgreement(sourcesWithData, sourcesTotal, ids, percentiles, offset, scratch, rule) {
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const percentile = percentiles[offset + i];
    if (Number.isNaN(percentile)) continue;
    let position = count;
    while (position > 0 && scratch[position - 1] > percentile) {
      scratch[position] = scratch[position - 1];
      position--;
    }
    scratch[position] = percentile;
    count++;
  }
  const middle = count >> 1;
  const median = count === 0 ? null : count % 2 === 1 ? scratch[middle] : (scratch[middle - 1] + scratch[middle]) / 2;
  let dispersion = rule.dispersionWhenFewSources;
  if (count >= 2 && median !== null) {
    let total = 0;
    for (let i = 0; i < count; i++) total += Math.abs(scratch[i] - median);
    dispersion = total / count;
  }
  const thresholds2 = rule.dispersionThresholds;
  let agreementIndex = 0;
  while (agreementIndex < thresholds2.length && !(dispersion <= thresholds2[agreementIndex])) agreementIndex++;
  if (agreementIndex >= CONFIDENCE_LEVELS.length) agreementIndex = CONFIDENCE_LEVELS.length - 1;
  const capIndex = Math.max(
    lowestCap(rule.sourceCaps, sourcesWithData),
    lowestCap(rule.agreementSourceCaps, count)
  );
  let mostDisagreeing = null;
  if (count >= 3 && median !== null) {
    let chosen = -1;
    let largest = -1;
    for (let i = 0; i < ids.length; i++) {
      const percentile = percentiles[offset + i];
      if (Number.isNaN(percentile)) continue;
      const deviation = Math.abs(percentile - median);
      if (chosen === -1 || deviation > largest) {
        chosen = i;
        largest = deviation;
      }
    }
    mostDisagreeing = new MostDisagreeing(ids[chosen], percentiles[offset + chosen], largest);
  }
  return new Confidence(
    CONFIDENCE_LEVELS[Math.max(agreementIndex, capIndex)],
    sourcesWithData,
    sourcesTotal,
    count,
    ids.length,
    dispersion,
    CONFIDENCE_LEVELS[agreementIndex],
    capIndex === -1 ? null : CONFIDENCE_LEVELS[capIndex],
    mostDisagreeing,
    median
  );
}
function lowestCap(caps, count) {
  let index = -1;
  for (let i = 0; i < caps.length; i++) {
    const cap = caps[i];
    if (count <= cap.atMost) index = Math.max(index, CONFIDENCE_LEVELS.indexOf(cap.level));
  }
  return index;
}

// ../core/src/tier.ts
function tierPosition(percent2, tiers) {
  const last = tiers.length - 1;
  for (let position = 0; position < last; position++) {
    const above = tiers[position].above;
    if (above !== null && percent2 > above) return position;
  }
  return last;
}

// ../core/src/row-facts.ts
var RowFacts = class {
  /** Four per source in layout order: raw (null when missing), percentile (null), effective weight, contribution. */
  sourceValues;
  /** Three per dimension: effective weight, score (null when missing), contribution. */
  dimensionValues;
  /** The level of each dimension (null when missing). */
  levels;
  /** The score. */
  score;
  /** The score in percent, rounded half-up to one decimal. */
  scorePercent;
  /** The tier's position in the methodology's list (highest first). */
  tierPosition;
  /** The ids of the sources with no value. */
  missingSources;
  /** The confidence, copied into each result. */
  confidence;
  /** The comparison, copied into each result. */
  comparison;
  constructor(model, row) {
    const { layout, methodology, buffers } = model;
    const sourceCount = layout.sources.length;
    const dimensionCount = methodology.dimensions.length;
    const sourceBase = row * sourceCount;
    const dimensionBase = row * dimensionCount;
    const sourceValues = new Array(4 * sourceCount).fill(null);
    const dimensionValues = new Array(3 * dimensionCount).fill(null);
    const levels = new Array(dimensionCount).fill(null);
    const missingSources = [];
    for (let s = 0; s < sourceCount; s++) {
      const percentile = model.percentiles[sourceBase + s];
      const layoutSource = layout.sources[s];
      if (Number.isNaN(percentile)) {
        missingSources.push(layoutSource.id);
      } else {
        sourceValues[4 * s] = model.raws[sourceBase + s];
        sourceValues[4 * s + 1] = percentile;
      }
      sourceValues[4 * s + 2] = buffers.sourceEffective[sourceBase + s];
      sourceValues[4 * s + 3] = buffers.contributions[sourceBase + s];
    }
    for (let d = 0; d < dimensionCount; d++) {
      const score2 = buffers.dimensionScores[dimensionBase + d];
      dimensionValues[3 * d] = buffers.dimensionEffective[dimensionBase + d];
      dimensionValues[3 * d + 2] = buffers.dimensionContributions[dimensionBase + d];
      if (!Number.isNaN(score2)) {
        dimensionValues[3 * d + 1] = score2;
        levels[d] = assignDimensionLevel(score2, model.levelCuts[d]);
      }
    }
    const sourcesWithData = sourcesWithDataOf(model, row);
    const score = model.scores[row];
    const scorePercent = Math.floor(1e3 * score + 0.5) / 10;
    this.sourceValues = sourceValues;
    this.dimensionValues = dimensionValues;
    this.levels = levels;
    this.score = score;
    this.scorePercent = scorePercent;
    this.tierPosition = tierPosition(scorePercent, methodology.tiers);
    this.missingSources = missingSources;
    this.confidence = confidenceOfRow(model, row, sourcesWithData);
    this.comparison = compareScore(
      score,
      model.universe,
      model.median,
      sourcesWithData,
      methodology.comparison,
      methodology.ties
    );
  }
};
function countGroups(flags) {
  let count = 0;
  for (let group = 0; group < flags.length; group++) count += flags[group];
  return count;
}
function sourcesWithDataOf(model, row) {
  const { layout } = model;
  const groupsWithData = model.groupFlags.fill(0);
  const sourceBase = row * layout.sources.length;
  for (let s = 0; s < layout.sources.length; s++) {
    if (!Number.isNaN(model.percentiles[sourceBase + s])) groupsWithData[layout.sources[s].groupIndex] = 1;
  }
  return countGroups(groupsWithData);
}
function confidenceOfRow(model, row, sourcesWithData) {
  const { layout } = model;
  return confidenceOfAgreement(
    sourcesWithData,
    layout.groupCount,
    model.agreementIds,
    model.percentiles,
    layout.agreementDimension === -1 ? 0 : row * layout.sources.length + layout.dimensionStart[layout.agreementDimension],
    model.agreementScratch,
    model.methodology.confidence
  );
}
function rowFactsOf(model, row) {
  let facts = model.rowFacts[row];
  if (facts === void 0) {
    facts = new RowFacts(model, row);
    model.rowFacts[row] = facts;
  }
  return facts;
}
var NO_CODES = Object.freeze([]);
function frozenNativeCodes(model, cell) {
  let frozen = model.frozenNativeCodes[cell];
  if (frozen === void 0) {
    const linked = linkedNativeCodes(model, cell);
    frozen = linked === null ? NO_CODES : Object.freeze(linked.slice());
    model.frozenNativeCodes[cell] = frozen;
  }
  return frozen;
}
function buildScoreResult(model, row, uncertainty) {
  const { layout, methodology } = model;
  const facts = rowFactsOf(model, row);
  const { sourceValues, dimensionValues } = facts;
  const sourceBase = row * layout.sources.length;
  const dimensionCount = methodology.dimensions.length;
  const dimensions = new Array(dimensionCount);
  for (let d = 0; d < dimensionCount; d++) {
    const dimension = methodology.dimensions[d];
    const start = layout.dimensionStart[d];
    const sources = new Array(dimension.sources.length);
    for (let offset = 0; offset < dimension.sources.length; offset++) {
      const source = dimension.sources[offset];
      const s = start + offset;
      sources[offset] = new SourceScore(
        source.id,
        source.label,
        dimension.id,
        layout.sources[s].group,
        source.direction,
        sourceValues[4 * s],
        frozenNativeCodes(model, sourceBase + s),
        sourceValues[4 * s + 1],
        source.weight,
        sourceValues[4 * s + 2],
        sourceValues[4 * s + 3]
      );
    }
    dimensions[d] = new DimensionScore(
      dimension.id,
      dimension.label,
      dimension.weight,
      dimensionValues[3 * d],
      dimensionValues[3 * d + 1],
      facts.levels[d],
      dimensionValues[3 * d + 2],
      sources
    );
  }
  const tier = methodology.tiers[facts.tierPosition];
  const confidence = facts.confidence;
  const disagreeing = confidence.mostDisagreeing;
  const comparison = facts.comparison;
  const occupation = model.occupations[row];
  return new ScoreResult(
    occupation.code,
    occupation.title,
    facts.score,
    facts.scorePercent,
    new TierAssignment(tier.name, methodology.tiers.length - 1 - facts.tierPosition, tier.above),
    dimensions,
    facts.missingSources.slice(),
    new Confidence(
      confidence.level,
      confidence.sourcesWithData,
      confidence.sourcesTotal,
      confidence.agreementSourcesWithData,
      confidence.agreementSourcesTotal,
      confidence.dispersion,
      confidence.levelFromAgreement,
      confidence.coverageCap,
      disagreeing === null ? null : new MostDisagreeing(disagreeing.sourceId, disagreeing.percentile, disagreeing.deviation),
      confidence.agreementMedian
    ),
    new Comparison(
      comparison.medianScore,
      comparison.scorePercentile,
      comparison.scoredOccupations,
      comparison.phrase,
      comparison.sentence
    ),
    uncertainty,
    model.provenance
  );
}

// ../core/src/random.ts
var SeededRandom = class {
  // The four state words live in an Int32Array: as plain fields, values outside the small-integer range
  // would be boxed on every update (a heap allocation per draw).
  state = new Int32Array(4);
  spareNormal = Number.NaN;
  hasSpare = false;
  constructor(seed) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = state + 2654435769 >>> 0;
      let z = state;
      z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
      z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
      return (z ^ z >>> 16) >>> 0;
    };
    const words = this.state;
    for (let i = 0; i < 4; i++) words[i] = splitmix();
    if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  }
  /** The next 32-bit unsigned integer (xoshiro128**). */
  nextUint32() {
    return nextWord(this.state);
  }
  /** A uniform double in [0, 1) with 53 random bits. */
  uniform() {
    return nextUniform(this.state);
  }
  /** A standard normal draw (Box–Muller, both values used). */
  normal() {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spareNormal;
    }
    const u = 1 - this.uniform();
    const v = this.uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * v;
    this.spareNormal = radius * Math.sin(angle);
    this.hasSpare = true;
    return radius * Math.cos(angle);
  }
  /** A Gamma(shape, 1) draw: Marsaglia–Tsang, with the `U^(1/shape)` boost for shape < 1. */
  gamma(shape) {
    if (shape < 1) return this.gamma(shape + 1) * (1 - this.uniform()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (; ; ) {
      const x = this.normal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = 1 - this.uniform();
      const squared = x * x;
      if (u < 1 - 0.0331 * squared * squared) return d * v;
      if (Math.log(u) < 0.5 * squared + d * (1 - v + Math.log(v))) return d * v;
    }
  }
  /**
   * Writes a Dirichlet(alpha) draw into `target` from `offset`: independent gammas divided by their sum.
   * With `start` and `end`, the shapes are `alpha[start..end)` (no subarray is allocated per draw).
   */
  dirichlet(alpha, target, offset, start = 0, end = alpha.length) {
    const count = end - start;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const value = this.gamma(alpha[start + i]);
      target[offset + i] = value;
      sum += value;
    }
    if (!(sum > 0 && Number.isFinite(sum))) {
      this.dirichletVertex(alpha, target, offset, start, count);
      return;
    }
    for (let i = 0; i < count; i++) target[offset + i] = target[offset + i] / sum;
  }
  /**
   * Draws `rounds` rounds of Dirichlet vectors: in each round, for each block in order, a
   * Dirichlet(`alpha[start..end)`) vector written to `targets[target]` at `round · strides[target] + offset`.
   * The same numbers as calling {@link SeededRandom.dirichlet} block by block, round by round (a property
   * test compares them): the gamma and normal draws are restated in one loop, with the spare normal in a
   * local, because before the JIT has warmed up (all of a command-line run) that is about 5 ms faster on the
   * 10,000 draws of a report than the chain of `dirichlet` → `gamma` → `normal` calls.
   *
   * @param rounds - the number of rounds.
   * @param alpha - the shapes of every block, concatenated (each > 0).
   * @param blocks - four integers per block: alpha start, alpha end, target (0 or 1), offset in the round.
   * @param targets - the two arrays written to.
   * @param strides - the length of a round in each target.
   */
  fillDirichletRounds(rounds, alpha, blocks, targets, strides) {
    const words = this.state;
    let spare = this.spareNormal;
    let hasSpare = this.hasSpare;
    for (let round = 0; round < rounds; round++) {
      for (let block = 0; block < blocks.length; block += 4) {
        const start = blocks[block];
        const end = blocks[block + 1];
        const target = targets[blocks[block + 2]];
        const offset = round * strides[blocks[block + 2]] + blocks[block + 3];
        let sum = 0;
        for (let i = start; i < end; i++) {
          const given = alpha[i];
          const shape = given < 1 ? given + 1 : given;
          const dShape = shape - 1 / 3;
          const cShape = 1 / Math.sqrt(9 * dShape);
          let value = 0;
          for (; ; ) {
            let x;
            if (hasSpare) {
              hasSpare = false;
              x = spare;
            } else {
              const u1 = 1 - nextUniform(words);
              const v1 = nextUniform(words);
              const radius = Math.sqrt(-2 * Math.log(u1));
              const angle = 2 * Math.PI * v1;
              spare = radius * Math.sin(angle);
              hasSpare = true;
              x = radius * Math.cos(angle);
            }
            const base = 1 + cShape * x;
            if (base <= 0) continue;
            const cube = base * base * base;
            const u = 1 - nextUniform(words);
            const squared = x * x;
            if (u < 1 - 0.0331 * squared * squared || Math.log(u) < 0.5 * squared + dShape * (1 - cube + Math.log(cube))) {
              value = dShape * cube;
              break;
            }
          }
          if (given < 1) value *= (1 - nextUniform(words)) ** (1 / given);
          target[offset + i - start] = value;
          sum += value;
        }
        if (sum > 0 && Number.isFinite(sum)) {
          for (let i = offset; i < offset + end - start; i++) target[i] = target[i] / sum;
        } else {
          this.dirichletVertex(alpha, target, offset, start, end - start);
        }
      }
    }
    this.spareNormal = spare;
    this.hasSpare = hasSpare;
  }
  dirichletVertex(alpha, target, offset, start, count) {
    let total = 0;
    for (let i = 0; i < count; i++) total += alpha[start + i];
    let pick = this.uniform() * total;
    let chosen = count - 1;
    for (let i = 0; i < count; i++) {
      pick -= alpha[start + i];
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    for (let i = 0; i < count; i++) target[offset + i] = i === chosen ? 1 : 0;
  }
};
function nextWord(words) {
  const a = words[0];
  const b = words[1];
  const c = words[2] ^ a;
  const d = words[3] ^ b;
  words[1] = b ^ c;
  words[0] = a ^ d;
  words[2] = c ^ b << 9;
  words[3] = rotateLeft(d, 11);
  return Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
}
function nextUniform(words) {
  const high = nextWord(words) >>> 5;
  const low = nextWord(words) >>> 6;
  return (high * 67108864 + low) / 9007199254740992;
}
function rotateLeft(value, shift) {
  return value << shift | value >>> 32 - shift;
}

// ../core/src/select-quantiles.ts
var BIN_COUNT = 4096;
var binCounts = new Int32Array(BIN_COUNT);
var slotOfBin = new Int32Array(BIN_COUNT).fill(-1);
var binOfValue = new Uint16Array(0);
function selectQuantiles(values, quantiles) {
  const count = values.length;
  if (count === 0) return quantiles.map(() => Number.NaN);
  const positions = quantiles.map((q) => (count - 1) * q);
  const ranks = /* @__PURE__ */ new Set();
  for (const position of positions) {
    const below = Math.floor(position);
    ranks.add(below);
    if (below + 1 < count) ranks.add(below + 1);
  }
  const orderStatistics = count <= 256 ? bySorting(values, ranks) : byBinning(values, ranks);
  return positions.map((position) => {
    const below = Math.floor(position);
    const lower = orderStatistics.get(below);
    if (below + 1 >= count) return lower;
    return lower + (position - below) * (orderStatistics.get(below + 1) - lower);
  });
}
function bySorting(values, ranks) {
  const sorted = values.slice().sort();
  return new Map([...ranks].map((rank) => [rank, sorted[rank]]));
}
function byBinning(values, ranks) {
  const count = values.length;
  let min = values[0];
  let max = min;
  for (let i = 1; i < count; i++) {
    const value = values[i];
    if (value < min) min = value;
    else if (value > max) max = value;
  }
  const result = /* @__PURE__ */ new Map();
  if (min === max) {
    for (const rank of ranks) result.set(rank, min);
    return result;
  }
  const scale = BIN_COUNT / (max - min);
  const counts = binCounts.fill(0);
  if (binOfValue.length < count) binOfValue = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const raw = Math.floor((values[i] - min) * scale);
    const bin = raw < BIN_COUNT ? raw : BIN_COUNT - 1;
    binOfValue[i] = bin;
    counts[bin]++;
  }
  const wanted = [...ranks].sort((a, b) => a - b);
  const bins = [];
  const slotOfRank = [];
  let cumulative = 0;
  let next = 0;
  for (let bin = 0; bin < BIN_COUNT && next < wanted.length; bin++) {
    const size = counts[bin];
    while (next < wanted.length && wanted[next] < cumulative + size) {
      if (slotOfBin[bin] === -1) {
        slotOfBin[bin] = bins.length;
        bins.push({ bin, start: cumulative, members: new Float64Array(size), filled: 0 });
      }
      slotOfRank.push(slotOfBin[bin]);
      next++;
    }
    cumulative += size;
  }
  for (let i = 0; i < count; i++) {
    const slot = slotOfBin[binOfValue[i]];
    if (slot !== -1) {
      const entry = bins[slot];
      entry.members[entry.filled++] = values[i];
    }
  }
  for (const entry of bins) {
    entry.members.sort();
    slotOfBin[entry.bin] = -1;
  }
  wanted.forEach((rank, index) => {
    const entry = bins[slotOfRank[index]];
    result.set(rank, entry.members[rank - entry.start]);
  });
  return result;
}

// ../core/src/uncertainty.ts
var DEFAULT_UNCERTAINTY_OPTIONS = Object.freeze({
  draws: 1e4,
  seed: 1,
  concentration: 50
});
function resolveUncertaintyOptions(options = {}) {
  const given = options === true ? {} : options;
  const resolved = { ...DEFAULT_UNCERTAINTY_OPTIONS, ...given };
  if (!Number.isInteger(resolved.draws) || resolved.draws < 1 || resolved.draws > 1e7) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `uncertainty.draws must be an integer from 1 to 10,000,000, got ${resolved.draws}`
    );
  }
  if (!Number.isSafeInteger(resolved.seed)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `uncertainty.seed must be an integer, got ${resolved.seed}`
    );
  }
  if (!(Number.isFinite(resolved.concentration) && resolved.concentration > 0)) {
    throw new AiResilienceError(
      "INVALID_ARGUMENT",
      `uncertainty.concentration must be a finite number > 0, got ${resolved.concentration}`
    );
  }
  return resolved;
}
function drawWeights(layout, options) {
  const random = new SeededRandom(options.seed);
  const dimensionCount = layout.dimensionWeights.length;
  const sourceCount = layout.sources.length;
  const draws = options.draws;
  const alpha = new Float64Array(dimensionCount + sourceCount);
  const blocks = [];
  const dimensionWeights = new Float64Array(draws * dimensionCount);
  const sourceWeights = new Float64Array(draws * sourceCount);
  layout.dimensionWeights.forEach((weight, d) => {
    alpha[d] = weight * options.concentration;
  });
  layout.sourceWeights.forEach((weight, s) => {
    alpha[dimensionCount + s] = weight * options.concentration;
  });
  if (dimensionCount === 1) dimensionWeights.fill(1);
  else blocks.push(0, dimensionCount, 0, 0);
  for (let d = 0; d < dimensionCount; d++) {
    const start = layout.dimensionStart[d];
    const end = layout.dimensionStart[d + 1];
    if (end - start > 1) blocks.push(dimensionCount + start, dimensionCount + end, 1, start);
    else for (let draw = 0; draw < draws; draw++) sourceWeights[draw * sourceCount + start] = 1;
  }
  random.fillDirichletRounds(
    draws,
    alpha,
    Int32Array.from(blocks),
    [dimensionWeights, sourceWeights],
    [dimensionCount, sourceCount]
  );
  return { options, dimensionWeights, sourceWeights };
}
function modelWeightDraws(model, options) {
  const key = `${options.draws}:${options.seed}:${options.concentration}`;
  let draws = model.weightDraws.get(key);
  if (draws === void 0) {
    draws = drawWeights(model.layout, options);
    model.weightDraws.clear();
    model.weightDraws.set(key, draws);
  }
  return draws;
}
function createUncertaintyScratch(layout, draws) {
  return {
    scores: new Float64Array(draws),
    row: new Float64Array(layout.sources.length),
    available: new Int32Array(layout.sources.length),
    availableEnd: new Int32Array(layout.dimensionWeights.length)
  };
}
function computeUncertainty(model, row, weightDraws, scratch = createUncertaintyScratch(model.layout, weightDraws.options.draws)) {
  const { layout } = model;
  const tiers = model.methodology.tiers;
  const sourceCount = layout.sources.length;
  const dimensionCount = layout.dimensionWeights.length;
  const score = model.scores[row];
  const basePosition = tierPosition(Math.floor(1e3 * score + 0.5) / 10, tiers);
  const percentiles = scratch.row;
  percentiles.set(model.percentiles.subarray(row * sourceCount, (row + 1) * sourceCount));
  const leaveOneOut = [];
  let low = score;
  let high = score;
  let looTierChanged = false;
  const buffers = createRowBuffers(layout);
  for (let s = 0; s < sourceCount; s++) {
    const held = percentiles[s];
    if (Number.isNaN(held)) continue;
    percentiles[s] = Number.NaN;
    const without = combineRow(layout, percentiles, 0, buffers, 0);
    percentiles[s] = held;
    if (Number.isNaN(without)) continue;
    const position = tierPosition(Math.floor(1e3 * without + 0.5) / 10, tiers);
    if (position !== basePosition) looTierChanged = true;
    leaveOneOut.push({ sourceId: layout.sources[s].id, score: without, tier: tiers[position].name });
    if (without < low) low = without;
    if (without > high) high = without;
  }
  const { available, availableEnd, scores } = scratch;
  let count = 0;
  for (let d = 0; d < dimensionCount; d++) {
    for (let s = layout.dimensionStart[d]; s < layout.dimensionStart[d + 1]; s++) {
      if (!Number.isNaN(percentiles[s])) available[count++] = s;
    }
    availableEnd[d] = count;
  }
  const floor = tiers[basePosition].above;
  const lowerScore = floor === null ? Number.NEGATIVE_INFINITY : smallestScoreAbove(floor);
  const upperScore = basePosition === 0 ? Number.POSITIVE_INFINITY : smallestScoreAbove(tiers[basePosition - 1].above);
  const { dimensionWeights, sourceWeights, options } = weightDraws;
  const draws = options.draws;
  let changed = 0;
  for (let draw = 0; draw < draws; draw++) {
    const sourceBase = draw * sourceCount;
    const dimensionBase = draw * dimensionCount;
    let total = 0;
    let weightSum = 0;
    let cursor = 0;
    for (let d = 0; d < dimensionCount; d++) {
      const end = availableEnd[d];
      let numerator = 0;
      let denominator = 0;
      for (; cursor < end; cursor++) {
        const s = available[cursor];
        const weight = sourceWeights[sourceBase + s];
        numerator += weight * percentiles[s];
        denominator += weight;
      }
      if (denominator > 0) {
        const weight = dimensionWeights[dimensionBase + d];
        total += weight * numerator / denominator;
        weightSum += weight;
      }
    }
    const drawn = weightSum > 0 ? total / weightSum : score;
    scores[draw] = drawn;
    if (drawn < lowerScore || drawn >= upperScore) changed++;
  }
  const [p05, p50, p95] = selectQuantiles(scores, [0.05, 0.5, 0.95]);
  const tierChangeRate = changed / draws;
  return {
    leaveOneOut,
    leaveOneOutRange: [low, high],
    monteCarlo: {
      draws,
      seed: options.seed,
      concentration: options.concentration,
      p05,
      p50,
      p95,
      tierChangeRate
    },
    tierStable: !looTierChanged && tierChangeRate < 0.05
  };
}
var thresholds = /* @__PURE__ */ new Map();
function smallestScoreAbove(cut) {
  let threshold = thresholds.get(cut);
  if (threshold !== void 0) return threshold;
  const above = (x) => Math.floor(1e3 * x + 0.5) / 10 > cut;
  let low = -1;
  let high = 2;
  if (above(low)) return low;
  if (!above(high)) return Number.POSITIVE_INFINITY;
  for (; ; ) {
    const middle = low + (high - low) / 2;
    if (middle === low || middle === high) break;
    if (above(middle)) high = middle;
    else low = middle;
  }
  threshold = high;
  if (thresholds.size > 1e3) thresholds.clear();
  thresholds.set(cut, threshold);
  return threshold;
}

// ../core/src/score.ts
function scoreOccupation(dataset, code, methodology = DEFAULT_METHODOLOGY, options = {}) {
  const uncertaintyOptions = options.uncertainty ? resolveUncertaintyOptions(options.uncertainty) : null;
  const model = getScoringModel(dataset, methodology);
  const row = findOccupationRow(model, code);
  if (Number.isNaN(model.scores[row])) {
    throw new NoDataError(model.occupations[row].code, model.methodology.id, model.layout.sources.length);
  }
  const uncertainty = uncertaintyOptions === null ? void 0 : computeUncertainty(model, row, modelWeightDraws(model, uncertaintyOptions));
  return buildScoreResult(model, row, uncertainty);
}
function scoreAll(dataset, methodology = DEFAULT_METHODOLOGY, options = {}) {
  const uncertaintyOptions = options.uncertainty ? resolveUncertaintyOptions(options.uncertainty) : null;
  const model = getScoringModel(dataset, methodology);
  computeAllRows(model);
  const weightDraws = uncertaintyOptions === null ? null : modelWeightDraws(model, uncertaintyOptions);
  const scratch = weightDraws === null ? null : createUncertaintyScratch(model.layout, weightDraws.options.draws);
  const results = [];
  const excluded = [];
  for (let row = 0; row < model.occupations.length; row++) {
    const occupation = model.occupations[row];
    if (Number.isNaN(model.scores[row])) {
      excluded.push({
        code: occupation.code,
        title: occupation.title,
        reason: "no-data",
        message: noDataMessage(occupation.code, model.methodology.id, model.layout.sources.length)
      });
      continue;
    }
    const uncertainty = weightDraws === null || scratch === null ? void 0 : computeUncertainty(model, row, weightDraws, scratch);
    results.push(buildScoreResult(model, row, uncertainty));
  }
  return {
    results,
    excluded,
    medianScore: model.median,
    scoredOccupations: model.universe.length,
    provenance: model.provenance
  };
}

// src/format-table.ts
function formatTable(header, rows, rightAligned = []) {
  const widths = header.map(
    (name, column) => Math.max(name.length, ...rows.map((row) => (row[column] ?? "").length))
  );
  const line = (cells) => cells.map(
    (cell, column) => rightAligned.includes(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])
  ).join("  ").trimEnd();
  return `${[line(header), line(widths.map((width) => "\u2500".repeat(width))), ...rows.map(line)].join("\n")}
`;
}
function percent(score) {
  return score === null ? "\u2014" : `${(Math.floor(score * 1e3 + 0.5) / 10).toFixed(1)}%`;
}

// src/commands/score-command.ts
function summarise(result) {
  return {
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    tier: result.tier.name,
    dimensions: Object.fromEntries(
      result.dimensions.map((dimension) => [
        dimension.id,
        { score: dimension.score, level: dimension.level }
      ])
    ),
    confidence: result.confidence.level,
    missingSources: result.missingSources
  };
}
async function scoreCommand(context) {
  const { line } = context;
  if (line.positionals.length === 0)
    throw new CliUsageError("score needs at least one occupation code", "score");
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const results = groupOccupationArguments(line.positionals).map(
    (input) => scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology)
  );
  if (line.options.json) {
    await context.output(`${JSON.stringify(results.map(summarise), null, 2)}
`);
    return;
  }
  const rows = results.map((result) => [
    result.code,
    result.title,
    percent(result.score),
    result.tier.name,
    result.dimensions.map((dimension) => `${dimension.id.toUpperCase()} ${dimension.level ?? "\u2014"}`).join(" \xB7 "),
    result.confidence.level
  ]);
  await context.output(formatTable(["code", "title", "score", "tier", "levels", "confidence"], rows, [2]));
}

// src/commands/compare-command.ts
async function compareCommand(context) {
  const { line } = context;
  const queries = groupOccupationArguments(line.positionals);
  if (queries.length < 2) throw new CliUsageError("compare needs at least two occupation codes", "compare");
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const results = queries.map(
    (input) => scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology)
  );
  if (line.options.json) {
    await context.output(`${JSON.stringify(results.map(summarise), null, 2)}
`);
    return;
  }
  const rows = [
    ["title", ...results.map((result) => result.title)],
    ["score", ...results.map((result) => percent(result.score))],
    ["tier", ...results.map((result) => result.tier.name)],
    ["confidence", ...results.map((result) => result.confidence.level)]
  ];
  results[0].dimensions.forEach((dimension, d) => {
    rows.push([
      `${dimension.label} (${Math.round(dimension.weight * 100)}%)`,
      ...results.map((result) => {
        const own = result.dimensions[d];
        return `${percent(own.score)} ${own.level ?? ""}`.trim();
      })
    ]);
    dimension.sources.forEach((source, s) => {
      rows.push([
        `  ${source.label}`,
        ...results.map((result) => {
          const own = result.dimensions[d].sources[s];
          return own.percentile === null ? "\u2014" : `p${Math.round(own.percentile * 100)}`;
        })
      ]);
    });
  });
  await context.output(formatTable(["", ...results.map((result) => result.code)], rows));
}

// src/commands/explain-command.ts
var number = (value, digits = 4) => value === null ? "\u2014" : value.toFixed(digits);
async function explainCommand(context) {
  const { line } = context;
  const [input, ...extra] = groupOccupationArguments(line.positionals);
  if (input === void 0 || extra.length > 0) {
    throw new CliUsageError("explain needs exactly one occupation code", "explain");
  }
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const result = scoreOccupation(dataset, requireOccupationCode(input, dataset.occupations), methodology);
  if (line.options.json) {
    await context.output(
      `${JSON.stringify(
        {
          code: result.code,
          title: result.title,
          methodology: { id: methodology.id, version: methodology.version },
          score: result.score,
          scorePercent: result.scorePercent,
          tier: result.tier,
          confidence: result.confidence,
          dimensions: result.dimensions,
          missingSources: result.missingSources
        },
        null,
        2
      )}
`
    );
    return;
  }
  const out = [`${result.title} (${result.code}) \u2014 ${methodology.id} ${methodology.version}`, ""];
  out.push(
    "Each source is ranked in its own universe: P(x) = (#{v < x} + (#{v = x} + 1)/2) / N for higher-is-better",
    "values, R(x) = 1 \u2212 P(x) for exposure. A value reached through a crosswalk is the mean of its codes\u2019 percentiles.",
    ""
  );
  const rows = [];
  for (const dimension of result.dimensions) {
    for (const source of dimension.sources) {
      const universe = dataset.sources[source.sourceId]?.universe.codes.length ?? 0;
      rows.push([
        dimension.id.toUpperCase(),
        source.label,
        source.missing ? "no data" : number(source.raw),
        source.nativeCodes.join(";") || "\u2014",
        source.missing ? "\u2014" : `${source.direction === "higher-is-more-exposed" ? "R" : "P"} of ${universe}`,
        number(source.percentile),
        `${number(source.weight, 2)}\u2192${number(source.effectiveWeight, 3)}`,
        number(source.contribution)
      ]);
    }
  }
  out.push(
    formatTable(
      ["dim", "source", "raw", "from", "rank", "percentile", "weight", "contribution"],
      rows,
      [2, 5, 7]
    )
  );
  for (const dimension of result.dimensions) {
    const terms2 = dimension.sources.filter((source) => !source.missing).map((source) => `${number(source.effectiveWeight, 3)}\xD7${number(source.percentile)}`).join(" + ");
    out.push(
      `${dimension.label}: ${terms2 || "no data"} = ${number(dimension.score)} (${dimension.level ?? "\u2014"}); weight ${number(dimension.weight, 2)}\u2192${number(dimension.effectiveWeight, 3)}`
    );
  }
  const terms = result.dimensions.filter((dimension) => dimension.score !== null).map((dimension) => `${number(dimension.effectiveWeight, 3)}\xD7${number(dimension.score)}`).join(" + ");
  out.push(
    "",
    `score = ${terms} = ${number(result.score, 6)} \u2192 ${percent(result.score)} (rounded half-up) \u2192 ${result.tier.name}`,
    `sum of contributions = ${number(
      result.dimensions.reduce(
        (sum, dimension) => sum + dimension.sources.reduce((s, x) => s + x.contribution, 0),
        0
      ),
      6
    )}`,
    `confidence: ${result.confidence.level} (dispersion ${number(result.confidence.dispersion)}, ${result.confidence.sourcesWithData} of ${result.confidence.sourcesTotal} sources)`
  );
  if (result.missingSources.length > 0) out.push(`missing: ${result.missingSources.join(", ")}`);
  await context.output(`${out.join("\n")}
`);
}

// ../core/src/score-table.ts
function scoreTable(dataset, methodology = DEFAULT_METHODOLOGY) {
  const model = getScoringModel(dataset, methodology);
  computeAllRows(model);
  const { layout, occupations, buffers } = model;
  const rules = model.methodology;
  const sourceCount = layout.sources.length;
  const dimensionCount = rules.dimensions.length;
  const excluded = [];
  const rows = [];
  for (let row = 0; row < occupations.length; row++) {
    if (!Number.isNaN(model.scores[row])) {
      rows.push(row);
      continue;
    }
    const occupation = occupations[row];
    excluded.push({
      code: occupation.code,
      title: occupation.title,
      reason: "no-data",
      message: noDataMessage(occupation.code, rules.id, sourceCount)
    });
  }
  const length = rows.length;
  const codes = new Array(length);
  const titles = new Array(length);
  const scores = new Float64Array(length);
  const scorePercents = new Float64Array(length);
  const tiers = new Array(length);
  const confidence = new Array(length);
  const scorePercentiles = new Float64Array(length);
  const dimensions = rules.dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.label,
    scores: new Float64Array(length),
    levels: new Array(length).fill(null)
  }));
  const sources = layout.sources.map((source) => ({
    id: source.id,
    label: source.label,
    dimensionId: source.dimensionId,
    raws: new Float64Array(length),
    percentiles: new Float64Array(length),
    contributions: new Float64Array(length)
  }));
  for (let i = 0; i < length; i++) {
    const row = rows[i];
    const occupation = occupations[row];
    const score = model.scores[row];
    const scorePercent = Math.floor(1e3 * score + 0.5) / 10;
    codes[i] = occupation.code;
    titles[i] = occupation.title;
    scores[i] = score;
    scorePercents[i] = scorePercent;
    tiers[i] = rules.tiers[tierPosition(scorePercent, rules.tiers)].name;
    confidence[i] = confidenceOfRow(model, row, sourcesWithDataOf(model, row)).level;
    scorePercentiles[i] = scorePercentileOf(score, model.universe, rules.ties);
    for (let d = 0; d < dimensionCount; d++) {
      const dimensionScore = buffers.dimensionScores[row * dimensionCount + d];
      const column = dimensions[d];
      column.scores[i] = dimensionScore;
      if (!Number.isNaN(dimensionScore)) {
        column.levels[i] = assignDimensionLevel(dimensionScore, model.levelCuts[d]);
      }
    }
    for (let s = 0; s < sourceCount; s++) {
      const cell = row * sourceCount + s;
      const column = sources[s];
      column.raws[i] = model.raws[cell];
      column.percentiles[i] = model.percentiles[cell];
      column.contributions[i] = buffers.contributions[cell];
    }
  }
  return {
    length,
    codes,
    titles,
    scores,
    scorePercents,
    tiers,
    confidence,
    scorePercentiles,
    dimensions,
    sources,
    excluded,
    medianScore: model.median,
    scoredOccupations: model.universe.length,
    provenance: model.provenance
  };
}

// src/commands/export-command.ts
async function exportCommand(context) {
  const { line } = context;
  if (line.positionals.length > 0) throw new CliUsageError("export takes no arguments", "export");
  const format = outputFormat(line, ["csv", "json"]);
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  if (format === "csv") {
    await context.output(formatCsvTable(scoreTable(dataset, methodology)));
    return;
  }
  const all = scoreAll(dataset, methodology);
  const rows = all.results.map((result) => ({
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    tier: result.tier.name,
    confidence: result.confidence.level,
    scorePercentile: result.comparison.scorePercentile,
    dimensions: Object.fromEntries(
      result.dimensions.map((dimension) => [
        dimension.id,
        { score: dimension.score, level: dimension.level }
      ])
    ),
    sources: Object.fromEntries(
      result.dimensions.flatMap(
        (dimension) => dimension.sources.map((source) => [
          source.sourceId,
          { raw: source.raw, percentile: source.percentile, contribution: source.contribution }
        ])
      )
    ),
    missingSources: result.missingSources
  }));
  await context.output(
    `${JSON.stringify(
      {
        methodology: { id: methodology.id, version: methodology.version },
        medianScore: all.medianScore,
        provenance: all.results[0]?.provenance ?? null,
        occupations: rows,
        excluded: all.excluded
      },
      null,
      2
    )}
`
  );
}

// src/commands/methodology-command.ts
import { resolve } from "path";
function describe(methodology) {
  const lines = [
    `${methodology.label} (${methodology.id}, version ${methodology.version}${methodology.specificationVersion ? `, specification ${methodology.specificationVersion}` : ""})`,
    ""
  ];
  for (const dimension of methodology.dimensions) {
    lines.push(`${dimension.label} [${dimension.id}] \u2014 weight ${dimension.weight}`);
    for (const source of dimension.sources) {
      lines.push(
        `  ${source.weight.toFixed(2)}  ${source.label} [${source.id}] (${source.direction === "higher-is-more-exposed" ? "exposure: R" : "P"})`
      );
    }
  }
  lines.push("", "Tiers (score rounded half-up to one decimal, strictly above the cut):");
  for (const tier of [...methodology.tiers].reverse()) {
    lines.push(`  ${tier.above === null ? "else" : `> ${tier.above}`}  ${tier.name}`);
  }
  lines.push(
    "",
    `Levels: ${methodology.levels.kind === "fixed" ? `Low < ${methodology.levels.low} \u2264 Med < ${methodology.levels.high} \u2264 High` : "terciles"}`,
    `Ties: ${methodology.ties}; weighting: ${methodology.weighting}`,
    `Confidence: agreement among ${methodology.confidence.agreementDimension} sources, dispersion cuts ${methodology.confidence.dispersionThresholds.join(", ")}`
  );
  if (Object.keys(methodology.scenario).length > 0)
    lines.push(`Scenario: ${JSON.stringify(methodology.scenario)}`);
  return `${lines.join("\n")}
`;
}
async function methodologyCommand(context) {
  const { line, io } = context;
  const [action = "show", ...rest] = line.positionals;
  if (action === "show") {
    if (rest.length > 0) {
      throw new CliUsageError(
        "methodology show takes no file: use --methodology FILE to show yours",
        "methodology"
      );
    }
    const methodology = await context.methodology();
    await context.output(
      line.options.json ? `${JSON.stringify(methodology, null, 2)}
` : describe(methodology)
    );
    return;
  }
  if (action === "validate") {
    const [file, ...extra] = rest;
    if (file === void 0 || extra.length > 0) {
      throw new CliUsageError("methodology validate needs exactly one FILE", "methodology");
    }
    if (line.options.methodology !== void 0) {
      throw new CliUsageError(
        "methodology validate takes the FILE to check, not --methodology",
        "methodology"
      );
    }
    const dataset = await context.fullDataset();
    const { readMethodologyFile } = await import("./methodology-file-XUWC3Y7V.js");
    const methodology = await readMethodologyFile(resolve(io.cwd, file), dataset, file);
    const sources = methodology.dimensions.reduce((count, dimension) => count + dimension.sources.length, 0);
    if (line.options.json) {
      await context.output(
        `${JSON.stringify(
          {
            file,
            valid: true,
            id: methodology.id,
            version: methodology.version,
            dimensions: methodology.dimensions.length,
            sources,
            tiers: methodology.tiers.length
          },
          null,
          2
        )}
`
      );
      return;
    }
    await context.output(
      `${file}: valid \u2014 ${methodology.id} ${methodology.version}, ${methodology.dimensions.length} dimensions, ${sources} sources, ${methodology.tiers.length} tiers
`
    );
    return;
  }
  throw new CliUsageError(`unknown methodology action "${action}": use show or validate FILE`, "methodology");
}

// src/commands/rank-command.ts
async function rankCommand(context) {
  const { line } = context;
  if (line.positionals.length > 0) throw new CliUsageError("rank takes no arguments", "rank");
  const format = outputFormat(line, ["text", "csv", "json"]);
  const top = line.options.top === void 0 ? void 0 : positiveInteger(line.options.top, "top", 1);
  const dataset = await context.dataset();
  const methodology = await context.methodology();
  const by = oneOf(line.options.by, "by", [
    "score",
    ...methodology.dimensions.map((dimension) => dimension.id)
  ]);
  const { results } = scoreAll(dataset, methodology);
  const keyOf = (result) => by === "score" ? result.score : result.dimensions.find((dimension) => dimension.id === by)?.score ?? null;
  const lineItems = new Set(
    dataset.occupations.filter((occupation) => occupation.lineItem).map((o) => o.code)
  );
  const ranked = results.filter((result) => lineItems.has(result.code) && keyOf(result) !== null).sort((a, b) => keyOf(b) - keyOf(a) || (a.code < b.code ? -1 : 1));
  const shown = ranked.slice(0, top ?? ranked.length);
  if (format === "json") {
    await context.output(
      `${JSON.stringify(
        shown.map((result, index) => ({ rank: index + 1, ...summarise(result) })),
        null,
        2
      )}
`
    );
  } else if (format === "csv") {
    await context.output(formatCsv(shown.map((result) => ({ result }))));
  } else {
    const withScore = by !== "score";
    const rows = shown.map((result, index) => [
      String(index + 1),
      result.code,
      result.title,
      percent(keyOf(result)),
      ...withScore ? [percent(result.score)] : [],
      result.tier.name,
      result.confidence.level
    ]);
    const header = ["#", "code", "title", by, ...withScore ? ["score"] : [], "tier", "confidence"];
    await context.output(formatTable(header, rows, withScore ? [0, 3, 4] : [0, 3]));
  }
}

// ../data/src/snapshot/load-dataset.ts
import { existsSync, readFileSync } from "fs";
import { readFile } from "fs/promises";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

// ../data/src/snapshot/loaded-dataset.ts
function datasetFromSnapshot(snapshot, sources = [], snapshotDirectory = null) {
  const { dataset, format: _format, snapshotVersion: _version, ...details } = snapshot;
  const descriptors = new Map(details.sources.map((source) => [source.id, source.descriptor]));
  const values = {};
  for (const source of sources) {
    const descriptor = descriptors.get(source.id);
    if (descriptor === void 0) {
      throw new AiResilienceError(
        "DATA_INTEGRITY",
        `the source file of ${source.id} does not belong to this snapshot (it lists ${[...descriptors.keys()].join(", ")}): rebuild the snapshot`
      );
    }
    values[source.id] = sourceValuesOf(descriptor, source);
  }
  return { ...dataset, sources: values, details, snapshotDirectory };
}
function sourceValuesOf(descriptor, source) {
  const values = { descriptor, universe: source.universe };
  const settle = (links) => {
    Object.defineProperty(values, "links", {
      value: links,
      writable: true,
      enumerable: true,
      configurable: true
    });
    delete values.linkTable;
  };
  Object.defineProperty(values, "links", {
    get() {
      const table = source.linkTable;
      const links = {};
      for (let i = 0; i < table.codes.length; i++) {
        const natives = [];
        for (let k = table.offsets[i]; k < table.offsets[i + 1]; k++) {
          natives.push(source.universe.codes[table.targets[k]]);
        }
        links[table.codes[i]] = natives;
      }
      settle(links);
      return links;
    },
    set(links) {
      settle(links);
    },
    enumerable: true,
    configurable: true
  });
  Object.defineProperty(values, "linkTable", {
    value: source.linkTable,
    writable: true,
    enumerable: false,
    configurable: true
  });
  return values;
}
function tasksFor(code, dataset, tasks) {
  if (code.includes(".")) return tasks[code] ?? [];
  const own = tasks[`${code}.00`];
  if (own) return own;
  const children = Object.keys(tasks).filter((key) => key.startsWith(`${code}.`));
  const members = dataset.details.matrixCodeOf;
  const viaMatrix = children.length > 0 ? children : Object.keys(members).filter((key) => members[key] === code && tasks[key]);
  return viaMatrix.sort().flatMap((key) => tasks[key] ?? []).sort((a, b) => (b.resilience ?? -1) - (a.resilience ?? -1) || a.taskId - b.taskId);
}
function factsFor(code, dataset, facts) {
  const soc = code.slice(0, 7);
  if (facts[soc]) return facts[soc];
  const matrixCode = dataset.details.matrixCodeOf[code.includes(".") ? code : `${code}.00`];
  return matrixCode && facts[matrixCode] || null;
}
function occupationDetailsOf(groups) {
  return {
    tasks: Object.assign({}, ...groups.map((group) => group.tasks)),
    descriptions: Object.assign({}, ...groups.map((group) => group.descriptions)),
    facts: Object.assign({}, ...groups.map((group) => group.facts))
  };
}
function profileGroupsOf(dataset, code) {
  const members = dataset.details.matrixCodeOf;
  const groups = /* @__PURE__ */ new Set([majorGroupOf(code)]);
  const matrixCode = members[code.includes(".") ? code : `${code}.00`];
  if (matrixCode !== void 0) groups.add(majorGroupOf(matrixCode));
  if (!code.includes(".")) {
    for (const [onetSocCode, filedUnder] of Object.entries(members)) {
      if (filedUnder === code) groups.add(majorGroupOf(onetSocCode));
    }
  }
  return [...groups].sort();
}
function profileOf(dataset, code, details = {}) {
  const parsed = parseOccupationCode(code);
  const occupation = dataset.occupations.find((entry) => entry.code === parsed.code);
  if (!occupation) throw new AiResilienceError("UNKNOWN_OCCUPATION", `${parsed.code} is not in the dataset`);
  const descriptions = details.descriptions ?? {};
  return {
    code: occupation.code,
    title: occupation.title,
    description: descriptions[occupation.code] ?? descriptions[`${occupation.code}.00`] ?? null,
    facts: factsFor(occupation.code, dataset, details.facts ?? {}),
    tasks: tasksFor(occupation.code, dataset, details.tasks ?? {})
  };
}

// ../data/src/snapshot/load-dataset.ts
function defaultSnapshotDirectory() {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@airesilience/data") {
      return join(directory, "snapshot");
    }
    directory = dirname(directory);
  }
  throw new AiResilienceError(
    "IO",
    "cannot find the @airesilience/data package directory to read its snapshot"
  );
}
async function readJson(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    const missing = cause.code === "ENOENT";
    throw new AiResilienceError(
      "IO",
      missing ? `the snapshot ${path} is missing: build it with \`npm run build\` (or \`airesilience data build\`)` : `the snapshot ${path} cannot be read`,
      { cause }
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new AiResilienceError("DATA_INTEGRITY", `the snapshot ${path} is not valid JSON: rebuild it`, {
      cause
    });
  }
}
async function loadDataset(options = {}) {
  const directory = options.snapshotDirectory ?? defaultSnapshotDirectory();
  const path = join(directory, SNAPSHOT_FILES.dataset);
  const snapshot = parseDatasetSnapshot(await readJson(path), path);
  const available = snapshot.sources.map((source) => source.id);
  const wanted = options.sources ?? available;
  for (const id of wanted) {
    if (!available.includes(id)) {
      throw new AiResilienceError(
        "INVALID_ARGUMENT",
        `the snapshot has no source ${JSON.stringify(id)}; it has ${available.join(", ")}`
      );
    }
  }
  const sources = await Promise.all(
    [...new Set(wanted)].map(async (id) => {
      const file = join(directory, sourceFileOf(id));
      const source = parseSourceSnapshot(await readJson(file), file);
      if (source.id !== id) {
        throw new AiResilienceError(
          "DATA_INTEGRITY",
          `${file} holds the source ${source.id}, not ${id}: rebuild the snapshot`
        );
      }
      return source;
    })
  );
  return datasetFromSnapshot(snapshot, sources, directory);
}
var groupCache = /* @__PURE__ */ new Map();
async function loadGroup(directory, majorGroup, select) {
  const key = join(directory, taskFileOf(majorGroup));
  let pending = groupCache.get(key);
  if (!pending) {
    pending = readJson(key);
    pending.catch(() => groupCache.delete(key));
    groupCache.set(key, pending);
  }
  return parseTasksSnapshot(await pending, key, select);
}
async function getProfile(dataset, code) {
  const { code: own } = profileOf(dataset, code);
  const directory = dataset.snapshotDirectory;
  if (directory === null) return profileOf(dataset, own);
  const members = dataset.details.matrixCodeOf;
  const select = own.includes(".") ? (key) => key === own : (key) => key.startsWith(`${own}.`) || members[key] === own;
  const groups = profileGroupsOf(dataset, own);
  return profileOf(
    dataset,
    own,
    occupationDetailsOf(await Promise.all(groups.map((group) => loadGroup(directory, group, select))))
  );
}

// src/commands/report-command.ts
async function reportCommand(context) {
  const { line, io } = context;
  const format = outputFormat(line, ["text", "md", "html", "json"]);
  const draws = positiveInteger(line.options.draws, "draws", 1e4);
  const seed = positiveInteger(line.options.seed, "seed", 1);
  if (line.positionals.length === 0) {
    throw new CliUsageError("report needs an occupation code, e.g. 29-2072", "report");
  }
  const dataset = await context.dataset();
  const queries = groupOccupationArguments(line.positionals);
  const code = requireOccupationCode(queries[0], dataset.occupations);
  if (queries.length > 1) {
    throw new CliUsageError(
      `report takes one occupation, got ${queries.length}: use compare for several`,
      "report"
    );
  }
  const methodology = await context.methodology();
  const profile = getProfile(dataset, code);
  profile.catch(() => {
  });
  const result = scoreOccupation(dataset, code, methodology, { uncertainty: { draws, seed } });
  const input = { result, profile: await profile };
  const toTerminal = format === "text" && line.options.out === void 0 && io.stdoutIsTty;
  const color = toTerminal && !io.env.NO_COLOR;
  const width = toTerminal && io.stdoutColumns !== void 0 ? Math.max(40, Math.min(80, io.stdoutColumns)) : 80;
  const text = format === "json" ? (
    // Loaded for JSON only: its schema check needs zod, which the other formats do not.
    (await import("./report-json-6ZZ2JIC3.js")).formatJson(input)
  ) : format === "md" ? formatMarkdown(input, { methodology }) : format === "html" ? formatHtml(input, { methodology }) : formatText(input, { methodology, color, width });
  await context.output(text);
}

// src/commands/sources-command.ts
async function sourcesCommand(context) {
  const dataset = await context.fullDataset();
  const coverage = new Map(dataset.details.coverage.map((entry) => [entry.sourceId, entry]));
  const lineItems = dataset.occupations.filter((occupation) => occupation.lineItem).length;
  const rows = Object.entries(dataset.sources).map(([id, source]) => {
    const covered = coverage.get(id);
    return {
      id,
      label: source.descriptor.label,
      proxy: source.descriptor.proxy === true,
      citation: source.descriptor.citation,
      vintage: source.descriptor.vintage,
      licence: source.descriptor.licence,
      codeSystem: source.descriptor.codeSystem,
      nativeCodes: source.universe.codes.length,
      lineItemsDirect: covered?.lineItemsDirect ?? null,
      lineItemsLinked: covered?.lineItemsLinked ?? null,
      lineItems,
      files: source.descriptor.files
    };
  });
  if (context.line.options.json) {
    await context.output(`${JSON.stringify(rows, null, 2)}
`);
    return;
  }
  const text = rows.map(
    (row) => `${row.label}${row.proxy ? " (proxy)" : ""} [${row.id}]
  ${row.citation}
  vintage: ${row.vintage}
  licence: ${row.licence}
  coverage: ${row.nativeCodes} ${row.codeSystem} codes; ${row.lineItemsLinked ?? "?"} of ${row.lineItems} BLS occupations (${row.lineItemsDirect ?? "?"} directly)
  files: ${row.files.map((file) => `${file.path} (sha256 ${file.sha256.slice(0, 12)}\u2026)`).join(", ")}
`
  ).join("\n");
  await context.output(text);
}

// src/context.ts
import { stat } from "fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "path";
async function writeOutputFile(path, text, shownPath) {
  try {
    await writeFileAtomic(path, text);
  } catch (cause) {
    throw new AiResilienceError("IO", `cannot write ${shownPath}: ${await whyUnwritable(path, cause)}`, {
      cause
    });
  }
}
async function whyUnwritable(path, error) {
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) return "it is a directory";
  const parent = await stat(dirname2(path)).catch(() => null);
  if (parent === null) return `the directory ${dirname2(path)} does not exist`;
  if (!parent.isDirectory()) return `${dirname2(path)} is not a directory`;
  let cause = error;
  for (let depth = 0; cause && depth < 10; depth++) {
    const code = cause.code;
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EROFS") return "the file system is read-only";
    if (code === "ENOSPC") return "no space left on the device";
    if (code === "ENOENT") return `files cannot be created in ${dirname2(path)}`;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
      return `${code}: ${cause.message.replace(/^E[A-Z]+: /, "").replace(/, \w+ '.*$/, "")}`;
    }
    cause = cause.cause;
  }
  return error instanceof Error ? error.message : String(error);
}
function createContext(io, line) {
  let full;
  let lean;
  let methodology;
  const loadAll = () => {
    full ??= loadDataset({ snapshotDirectory: installedSnapshotDirectory() });
    return full;
  };
  const loadData = () => {
    if (line.options.methodology !== void 0) return loadAll();
    lean ??= full ?? loadDataset({
      snapshotDirectory: installedSnapshotDirectory(),
      sources: methodologySourceIds(DEFAULT_METHODOLOGY)
    });
    return lean;
  };
  return {
    io,
    line,
    dataset: loadData,
    fullDataset: loadAll,
    methodology: () => {
      methodology ??= (async () => {
        const file = line.options.methodology;
        if (file === void 0) return DEFAULT_METHODOLOGY;
        const { readMethodologyFile } = await import("./methodology-file-XUWC3Y7V.js");
        return readMethodologyFile(resolve2(io.cwd, file), await loadData(), file);
      })();
      return methodology;
    },
    output: async (text) => {
      const out = line.options.out;
      if (out === void 0) {
        io.stdout(text.endsWith("\n") ? text : `${text}
`);
        return;
      }
      await writeOutputFile(resolve2(io.cwd, out), text.endsWith("\n") ? text : `${text}
`, out);
      io.stderr(`wrote ${out}
`);
    }
  };
}
export {
  compareCommand,
  createContext,
  explainCommand,
  exportCommand,
  methodologyCommand,
  rankCommand,
  reportCommand,
  scoreCommand,
  sourcesCommand
};
//# sourceMappingURL=scoring-commands-CB2HJIBD.js.map