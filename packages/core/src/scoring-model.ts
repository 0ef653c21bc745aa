import type { Dataset, LinkTable, Occupation } from './dataset.js';
import { DatasetError } from './dataset-error.js';
import { computeLevelCuts, type LevelCuts } from './dimension-level.js';
import { linkedCodesOf, linkTableOf } from './link-table.js';
import type { Methodology } from './methodology.js';
import {
  combineRow,
  createLayout,
  createRowBuffers,
  type MethodologyLayout,
  type RowBuffers,
} from './methodology-layout.js';
import { isOccupationCode } from './occupation-code.js';
import { computePercentiles, MAX_WEIGHT_SUM } from './percentile.js';
import type { RowFacts } from './row-facts.js';
import type { Provenance, SourceProvenance } from './score-result.js';
import { medianSorted } from './sorted-statistics.js';
import { validateMethodologyAgainstDataset } from './validate-methodology-against-dataset.js';
import { toValidatedMethodology } from './validated-methodology.js';

/**
 * Everything computed once per (dataset, methodology) pair: every occupation's source percentiles, raw
 * values, score and dimension scores, the scored universe and its median, the level cuts, the provenance.
 *
 * @internal
 */
export interface ScoringModel {
  /** The dataset. */
  dataset: Dataset;
  /** The validated methodology. */
  methodology: Methodology;
  /** The flat layout of the methodology. */
  layout: MethodologyLayout;
  /** The dataset's occupations. */
  occupations: Occupation[];
  /** Occupation code → row. */
  rowOf: Map<string, number>;
  /** Each source of the layout, ready to link occupations to its percentiles. */
  columns: SourceColumn[];
  /** 1 for the rows computed so far (the scored universe at first; the others when scored). */
  computed: Uint8Array;
  /** Percentiles, `row · S + s`, NaN when missing. */
  percentiles: Float64Array;
  /** Raw values (mean of the linked native values), `row · S + s`, NaN when missing. */
  raws: Float64Array;
  /** Frozen lists of the native codes of each cell (`row · S + s`), made when a result first shows them. */
  frozenNativeCodes: (readonly string[] | undefined)[];
  /** Scores by row, NaN when the occupation has no data (or its row is not computed yet). */
  scores: Float64Array;
  /** The per-row buffers of {@link combineRow}. */
  buffers: RowBuffers;
  /** The scores of the scored universe, ascending. */
  universe: Float64Array;
  /** The median of {@link ScoringModel.universe}. */
  median: number;
  /** The level cuts of each dimension. */
  levelCuts: LevelCuts[];
  /** The provenance shared by every result (frozen). */
  provenance: Provenance;
  /** Cached Monte Carlo weight draws by options key. */
  weightDraws: Map<string, unknown>;
  /** Scratch flags, one per evidence group, reused while building results. */
  groupFlags: Uint8Array;
  /** The ids of the agreement dimension's sources (confidence), in methodology order. */
  agreementIds: readonly string[];
  /** Scratch numbers to sort the agreement percentiles in, reused while building results. */
  agreementScratch: Float64Array;
  /** What the results of each row show, made when a result of the row is first built (see row-facts.ts). */
  rowFacts: (RowFacts | undefined)[];
}

/**
 * One source of a scoring model: its native universe, ranked, and its links as a table (the source's own
 * `linkTable`, or one made from its `links`).
 *
 * @internal
 */
export interface SourceColumn {
  /** The source id. */
  id: string;
  /** The universe's codes. */
  universeCodes: readonly string[];
  /** The percentile of each native code, in universe order. */
  nativePercentiles: Float64Array;
  /** The value of each native code, in universe order. */
  nativeValues: readonly number[];
  /** The links. */
  table: LinkTable;
  /** Each row's entry in {@link SourceColumn.table}, -1 for none. */
  entryOfRow: Int32Array;
}

const cache = new WeakMap<Dataset, WeakMap<Methodology, ScoringModel>>();

/**
 * The scoring model of a dataset and a methodology, computed once and cached for the pair of objects
 * (treat both as immutable once scored).
 *
 * @internal
 */
export function getScoringModel(dataset: Dataset, methodology: Methodology): ScoringModel {
  let byMethodology = cache.get(dataset);
  if (byMethodology === undefined) {
    byMethodology = new WeakMap();
    cache.set(dataset, byMethodology);
  }
  let model = byMethodology.get(methodology);
  if (model === undefined) {
    model = buildScoringModel(dataset, methodology);
    byMethodology.set(methodology, model);
  }
  return model;
}

/**
 * Builds a scoring model without the cache.
 *
 * @internal
 */
export function buildScoringModel(dataset: Dataset, given: Methodology): ScoringModel {
  const methodology = toValidatedMethodology(given);
  validateMethodologyAgainstDataset(methodology, dataset);
  const layout = createLayout(methodology);
  const occupations = dataset.occupations;
  if (!Array.isArray(occupations)) throw new DatasetError(null, 'occupations must be an array');
  const rowOf = new Map<string, number>();
  occupations.forEach((occupation, row) => {
    if (!isOccupationCode(occupation.code)) {
      throw new DatasetError(
        null,
        `occupations[${row}].code ${JSON.stringify(occupation.code)} is not a SOC or O*NET-SOC code`,
      );
    }
    if (rowOf.has(occupation.code))
      throw new DatasetError(null, `occupation ${occupation.code} is listed twice`);
    rowOf.set(occupation.code, row);
  });

  const sourceCount = layout.sources.length;
  const rowCount = occupations.length;
  const occupationCodes = occupations.map((occupation) => occupation.code);
  // Link tables that share their list of codes (a loaded snapshot's all do, and those made from links here)
  // share its rows, found once.
  const entriesOf = new Map<readonly string[], Int32Array>();
  const columns = layout.sources.map((source): SourceColumn => {
    const values = dataset.sources[source.id]!;
    const { codes, values: nativeValues, weights } = values.universe;
    if (!Array.isArray(codes) || !Array.isArray(nativeValues) || codes.length !== nativeValues.length) {
      throw new DatasetError(
        source.id,
        'universe.codes and universe.values must be arrays of the same length',
      );
    }
    const seen = new Set<string>();
    for (let index = 0; index < codes.length; index++) {
      const code = codes[index]!;
      seen.add(code);
      if (seen.size !== index + 1) {
        throw new DatasetError(source.id, `universe code ${JSON.stringify(code)} is listed twice`);
      }
      if (!Number.isFinite(nativeValues[index])) {
        throw new DatasetError(
          source.id,
          `universe value of ${JSON.stringify(code)} must be a finite number, got ${nativeValues[index]}`,
        );
      }
    }
    if (methodology.weighting === 'employment') checkWeights(source.id, codes, weights);
    // The source's link table when it has one (reading `links` would make the record from it), else one
    // made from its links: one way of linking for the engine.
    let table = values.linkTable;
    if (table === undefined) {
      if (typeof values.links !== 'object' || values.links === null) {
        throw new DatasetError(source.id, 'links must be an object');
      }
      table = linkTableOf(source.id, values.links, codes, occupationCodes);
    }
    const entryOfRow = linkEntries(source.id, table, codes.length, rowOf, entriesOf);
    const nativePercentiles = computePercentiles(nativeValues, {
      direction: source.direction,
      ties: methodology.ties,
      ...(methodology.weighting === 'employment' && weights !== undefined ? { weights } : {}),
    });
    return { id: source.id, universeCodes: codes, nativePercentiles, nativeValues, table, entryOfRow };
  });

  const agreementIds =
    layout.agreementDimension === -1
      ? []
      : methodology.dimensions[layout.agreementDimension]!.sources.map((source) => source.id);
  const model: ScoringModel = {
    dataset,
    methodology,
    layout,
    occupations,
    rowOf,
    columns,
    computed: new Uint8Array(rowCount),
    percentiles: new Float64Array(rowCount * sourceCount).fill(Number.NaN),
    raws: new Float64Array(rowCount * sourceCount).fill(Number.NaN),
    frozenNativeCodes: new Array(rowCount * sourceCount),
    scores: new Float64Array(rowCount).fill(Number.NaN),
    buffers: createRowBuffers(layout, rowCount),
    universe: new Float64Array(0),
    median: Number.NaN,
    levelCuts: [],
    provenance: buildProvenance(dataset, methodology),
    weightDraws: new Map(),
    groupFlags: new Uint8Array(layout.groupCount),
    agreementIds,
    agreementScratch: new Float64Array(agreementIds.length),
    rowFacts: new Array(rowCount),
  };
  // The scored universe is the line items with a score (every scored occupation when none has one): only
  // those rows are needed now; the others (mostly O*NET-SOC codes) are computed when scored.
  let universeRows = occupations.flatMap((occupation, row) => (occupation.lineItem ? [row] : []));
  computeRows(model, universeRows);
  universeRows = universeRows.filter((row) => !Number.isNaN(model.scores[row]!));
  if (universeRows.length === 0) {
    computeAllRows(model);
    universeRows = occupations.flatMap((_, row) => (Number.isNaN(model.scores[row]!) ? [] : [row]));
  }
  const { scores, buffers } = model;
  const universe = Float64Array.from(universeRows, (row) => scores[row]!).sort();
  const dimensionCount = layout.dimensionWeights.length;
  const levelCuts = methodology.dimensions.map((_, d) => {
    if (methodology.levels.kind === 'fixed') return computeLevelCuts(methodology.levels);
    const values: number[] = [];
    for (const row of universeRows) {
      const value = buffers.dimensionScores[row * dimensionCount + d]!;
      if (!Number.isNaN(value)) values.push(value);
    }
    return computeLevelCuts(methodology.levels, values);
  });

  model.universe = universe;
  model.median = medianSorted(universe);
  model.levelCuts = levelCuts;
  return model;
}

/**
 * Computes one occupation's row of the model (its sources' percentiles and raw values, its dimension scores
 * and score), once.
 *
 * @internal
 */
export function computeRow(model: ScoringModel, row: number): void {
  if (model.computed[row] !== 1) computeRows(model, [row]);
}

/**
 * Computes the rows not yet computed among `rows`: source by source, then the scores. One loop per source
 * over all the rows, rather than a call per row, so that the engine optimises it early (a command line
 * computes about 830 rows before the JIT would otherwise have warmed up).
 *
 * @internal
 */
export function computeRows(model: ScoringModel, rows: readonly number[]): void {
  const { layout, columns, percentiles, raws, computed } = model;
  const pending: number[] = [];
  for (const row of rows) if (computed[row] !== 1) pending.push(row);
  const sourceCount = columns.length;
  for (let s = 0; s < sourceCount; s++) {
    const { entryOfRow, table, nativePercentiles, nativeValues } = columns[s]!;
    const { offsets, targets } = table;
    for (let p = 0; p < pending.length; p++) {
      const row = pending[p]!;
      const entry = entryOfRow[row]!;
      if (entry < 0) continue;
      const start = offsets[entry]!;
      const end = offsets[entry + 1]!;
      if (end === start) continue;
      let percentileSum = 0;
      let rawSum = 0;
      for (let k = start; k < end; k++) {
        const index = targets[k]!;
        percentileSum += nativePercentiles[index]!;
        rawSum += nativeValues[index]!;
      }
      const cell = row * sourceCount + s;
      percentiles[cell] = percentileSum / (end - start);
      raws[cell] = rawSum / (end - start);
    }
  }
  for (const row of pending) {
    model.scores[row] = combineRow(layout, percentiles, row * sourceCount, model.buffers, row);
    computed[row] = 1;
  }
}

/**
 * The native codes a cell's value came from, or null when it has none.
 *
 * @internal
 */
export function linkedNativeCodes(model: ScoringModel, cell: number): readonly string[] | null {
  const sourceCount = model.columns.length;
  const column = model.columns[cell % sourceCount]!;
  const entry = column.entryOfRow[Math.floor(cell / sourceCount)]!;
  if (entry < 0) return null;
  const codes = linkedCodesOf(column.table, column.universeCodes, entry);
  return codes.length === 0 ? null : codes;
}

/**
 * Checks a source's link table and finds each occupation's entry in it.
 *
 * @param sourceId - the source, for errors.
 * @param table - the link table.
 * @param universeSize - the number of native codes.
 * @param rowOf - occupation code → row.
 * @param entriesOf - the rows already found for a list of codes, shared by the tables that share it.
 * @returns each row's entry, -1 for none.
 * @throws {@link DatasetError} naming the source and what is wrong.
 */
function linkEntries(
  sourceId: string,
  table: LinkTable,
  universeSize: number,
  rowOf: Map<string, number>,
  entriesOf: Map<readonly string[], Int32Array>,
): Int32Array {
  const fail = (reason: string) => new DatasetError(sourceId, `linkTable ${reason}`);
  if (typeof table !== 'object' || table === null) throw fail('must be an object');
  const { codes, offsets, targets } = table;
  if (!Array.isArray(codes)) throw fail('must have a codes array');
  if (typeof offsets?.length !== 'number' || typeof targets?.length !== 'number') {
    throw fail('must have offsets and targets arrays');
  }
  if (offsets.length !== codes.length + 1) {
    throw fail(`has ${offsets.length} offsets for ${codes.length} codes (expected ${codes.length + 1})`);
  }
  if (offsets[0] !== 0 || offsets[codes.length] !== targets.length) {
    throw fail(`offsets must run from 0 to the number of targets (${targets.length})`);
  }
  for (let i = 0; i < codes.length; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (!Number.isInteger(end) || end < start) {
      throw fail(`offsets[${i + 1}] must be an integer ≥ offsets[${i}], got ${end}`);
    }
  }
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k]!;
    if (!Number.isInteger(target) || target < 0 || target >= universeSize) {
      throw fail(
        `targets[${k}] must be an index into the universe (0 to ${universeSize - 1}), got ${target}`,
      );
    }
  }
  let entryOfRow = entriesOf.get(codes);
  if (entryOfRow === undefined) {
    entryOfRow = new Int32Array(rowOf.size).fill(-1);
    for (let i = 0; i < codes.length; i++) {
      const row = rowOf.get(codes[i]!);
      if (row === undefined) continue;
      if (entryOfRow[row] !== -1) throw fail(`lists ${JSON.stringify(codes[i])} twice`);
      entryOfRow[row] = i;
    }
    entriesOf.set(codes, entryOfRow);
  }
  return entryOfRow;
}

/**
 * Computes every row of the model not yet computed.
 *
 * @internal
 */
export function computeAllRows(model: ScoringModel): void {
  computeRows(
    model,
    model.occupations.map((_, row) => row),
  );
}

function checkWeights(
  sourceId: string,
  codes: readonly string[],
  weights: readonly number[] | undefined,
): void {
  if (weights === undefined) {
    throw new DatasetError(sourceId, 'employment weighting needs universe.weights, and this source has none');
  }
  if (weights.length !== codes.length) {
    throw new DatasetError(
      sourceId,
      `universe.weights has ${weights.length} entries for ${codes.length} codes`,
    );
  }
  weights.forEach((weight, index) => {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new DatasetError(
        sourceId,
        `universe weight of ${JSON.stringify(codes[index])} must be a finite number ≥ 0, got ${weight}`,
      );
    }
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (codes.length > 0 && !(total > 0 && total <= MAX_WEIGHT_SUM)) {
    throw new DatasetError(
      sourceId,
      `universe.weights must have a positive sum of at most ${MAX_WEIGHT_SUM}, got ${total}`,
    );
  }
}

function buildProvenance(dataset: Dataset, methodology: Methodology): Provenance {
  const sources: SourceProvenance[] = methodology.dimensions.flatMap((dimension) =>
    dimension.sources.map((source) => {
      const descriptor = dataset.sources[source.id]!.descriptor;
      return {
        id: source.id,
        label: descriptor.label,
        vintage: descriptor.vintage,
        citation: descriptor.citation,
        licence: descriptor.licence,
        proxy: descriptor.proxy ?? false,
        files: descriptor.files.map((file) => ({ path: file.path, sha256: file.sha256 })),
      };
    }),
  );
  const provenance: Provenance = {
    methodologyId: methodology.id,
    methodologyVersion: methodology.version,
    ...(methodology.specificationVersion === undefined
      ? {}
      : { specificationVersion: methodology.specificationVersion }),
    dataset: dataset.label,
    ties: methodology.ties,
    weighting: methodology.weighting,
    scenario: { ...methodology.scenario },
    sources,
  };
  return deepFreezeProvenance(provenance);
}

function deepFreezeProvenance(provenance: Provenance): Provenance {
  for (const source of provenance.sources) {
    for (const file of source.files) Object.freeze(file);
    Object.freeze(source.files);
    Object.freeze(source);
  }
  Object.freeze(provenance.sources);
  Object.freeze(provenance.scenario);
  return Object.freeze(provenance);
}
