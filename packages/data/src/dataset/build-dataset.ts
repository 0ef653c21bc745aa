import { join } from 'node:path';
import type {
  Dataset,
  EmploymentFacts,
  Occupation,
  SourceDescriptor,
  SourceFile,
  SourceValues,
  TaskResilience,
} from '@airesilience/core';
import type { AiResilienceModelOptions, ModelCoverage, WageBillScenario } from '@airesilience/sources';
import { type LinkRules, linksForOnetSoc, linksForSoc, type MatrixStructure } from './source-links.js';

/** The schema version of the {@link @airesilience/core!Dataset} this package builds. */
export const DATASET_SCHEMA_VERSION = 1;

/** A step of {@link buildDataset}, reported as it finishes. */
export interface BuildProgress {
  /** Steps finished so far. */
  done: number;
  /** All steps. */
  total: number;
  /** What was just finished. */
  step: string;
}

/** Options of {@link buildDataset}. */
export interface BuildDatasetOptions {
  /** The mirror of the source files (the folder holding `MANIFEST.tsv`). */
  dataDir: string;
  /** The Althoff & Reichardt scenario of the wage-bill source (default `v1.2-gen_plus_physical_ai`). */
  wageBillScenario?: WageBillScenario;
  /** Options of the open task model (signals, usage cap, weights). */
  taskModel?: Partial<AiResilienceModelOptions>;
  /** Called after each step. */
  onProgress?: (progress: BuildProgress) => void;
}

/** How well a source covers the 832 BLS line items. */
export interface SourceCoverage {
  /** The source id. */
  sourceId: string;
  /** Codes in the source's own universe. */
  nativeCodes: number;
  /** Line items whose own code the source publishes. */
  lineItemsDirect: number;
  /** Line items with a value after crosswalks and aggregates. */
  lineItemsLinked: number;
  /** Native codes that reach no scored occupation. */
  unmapped: string[];
}

/** Everything {@link buildDataset} produces: the dataset plus what reports show and what the build learnt. */
export interface BuiltDataset {
  /** The dataset the scoring engine reads. */
  dataset: Dataset;
  /** BLS facts by matrix code (line items). */
  facts: Record<string, EmploymentFacts>;
  /** O*NET descriptions by O*NET-SOC code, and SOC 2018 definitions by 6-digit code. */
  descriptions: Record<string, string>;
  /** O*NET-SOC code → its tasks, most resilient first. */
  tasks: Record<string, TaskResilience[]>;
  /** Coverage of each source, with the native codes no occupation reached. */
  coverage: SourceCoverage[];
  /** The task model's join coverage. */
  taskModel: ModelCoverage;
  /** O*NET-SOC code → matrix code, for profiles of O*NET-SOC codes outside the matrix. */
  matrixCodeOf: Record<string, string>;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function universeOf(descriptor: SourceDescriptor, entries: Iterable<readonly [string, number]>) {
  const sorted = [...entries].sort(([a], [b]) => byCode(a, b));
  return { descriptor, codes: sorted.map(([code]) => code), values: sorted.map(([, value]) => value) };
}

/**
 * Runs every adapter over a mirror of the source files and joins them into one {@link @airesilience/core!Dataset}: the
 * scoring universe (the 832 BLS Line-item occupations plus every O*NET 30.3 O*NET-SOC code), each
 * source's native values and the links from each occupation to them, the BLS facts, the O*NET
 * descriptions and tasks, and per-source coverage with what could not be mapped.
 *
 * @param options - the mirror directory, the wage-bill scenario, task-model options and a progress callback.
 * @returns the built dataset; the same files always give the same result.
 * @throws `AiResilienceError` `IO` when a file is missing; `SourceParseError` when one cannot be parsed.
 * @example
 * ```ts
 * const built = await buildDataset({ dataDir: '../shared/data' });
 * built.dataset.occupations.length; // 1848
 * ```
 */
export async function buildDataset(options: BuildDatasetOptions): Promise<BuiltDataset> {
  // Imported here, not at the top: reading a snapshot (loadDataset) then never loads the parsers and
  // their zip library, which a command-line start-up would otherwise pay for.
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
    wageBillGroupFor,
  } = await import('@airesilience/sources');
  const path = (relative: string) => join(options.dataDir, relative);
  const total = 4;
  let done = 0;
  const progress = (step: string) => options.onProgress?.({ done: ++done, total, step });
  const scenario = options.wageBillScenario ?? DEFAULT_WAGE_BILL_SCENARIO;
  const wageBillFile = scenario.startsWith('v1.3')
    ? 'althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv'
    : 'althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv';

  // One file after another: parsing is synchronous, so reading them all at once (Promise.all) gains
  // nothing but holds every file's bytes and text in memory together, raising the build's peak memory.
  const modelInputs = await loadAiResilienceModelInputs(options.dataDir);
  const bls = await loadBlsProjections(path('bls/occupation.xlsx'));
  const nem = await loadNemOnetToSocCrosswalk(path('bls/nem-onet-to-soc-crosswalk.xlsx'));
  const onetOccupations = await loadOnetOccupations(
    path('onet/30.3/occupation_data.csv'),
    'onet/30.3/occupation_data.csv',
  );
  const socDefinitions = await loadSocDefinitions2018(path('bls/soc_2018_definitions.xlsx'));
  const anthropic = await loadAnthropicObservedExposure(path('anthropic/job_exposure.csv'));
  const microsoft = await loadMicrosoftAiApplicability(path('microsoft/soc_ai_applicability_scores.csv'));
  const robots = await loadWillRobotsTakeMyJob(path('frey_osborne/willrobotstakemyjob_scrape_jobData.csv'));
  const wageBill = await loadWageBill(path(wageBillFile), wageBillFile, { scenario });
  const adaptive = await loadAdaptiveCapacityProxy(
    path('manning_aguirre/proxy_jricciardi/occupation_benchmarks.json'),
  );
  const eloundou = await loadEloundouOccupations(path('eloundou/occ_level.csv'));
  const aioe = await loadAioe(path('aioe/AIOE_DataAppendix.xlsx'));
  progress('read the source files');

  const model = buildAiResilienceModel(modelInputs, options.taskModel);
  progress('built the task model');

  const lineItems = bls.records.filter((record) => record.occupationType === 'Line item');
  const structure: MatrixStructure = {
    aggregateMembers: matrixAggregateMembers(nem.records),
    matrixCodeOf: new Map(nem.records.map((record) => [record.from, record.to])),
  };
  // The task model's inputs already hold the SOC 2010→2018 crosswalk: its file is parsed once.
  const crosswalk2010 = createCrosswalk(
    modelInputs.socCrosswalk ??
      (await loadSoc2010To2018Crosswalk(path('crosswalk/soc_2010_to_2018_crosswalk.csv'))).records,
  );

  const crosswalkFiles = (modelInputs.files ?? []).filter((file) =>
    file.path.endsWith('soc_2010_to_2018_crosswalk.csv'),
  );

  const occupations: Occupation[] = [
    ...lineItems.map(
      (record): Occupation => ({
        code: record.code,
        title: record.title,
        kind: 'soc',
        lineItem: true,
        ...(record.employment2024 === null ? {} : { employment: record.employment2024 }),
      }),
    ),
    ...onetOccupations.records.map(
      (record): Occupation => ({
        code: record.code,
        title: record.title,
        kind: 'onet-soc',
        parent: record.code.slice(0, 7),
        lineItem: false,
      }),
    ),
  ];

  const sameCode = (universe: ReadonlySet<string>) => (code: string) => (universe.has(code) ? [code] : []);
  const sources: Record<string, SourceValues> = {};
  const coverage: SourceCoverage[] = [];
  const addSource = (
    id: string,
    built: { descriptor: SourceDescriptor; codes: string[]; values: number[] },
    rules: LinkRules,
    joinFiles: readonly SourceFile[] = [],
  ) => {
    const links: Record<string, string[]> = {};
    const reached = new Set<string>();
    let lineItemsDirect = 0;
    let lineItemsLinked = 0;
    const native = new Set(built.codes);
    for (const occupation of occupations) {
      const linked =
        occupation.kind === 'soc'
          ? linksForSoc(occupation.code, rules, structure)
          : linksForOnetSoc(occupation.code, rules, structure);
      if (linked.length === 0) continue;
      links[occupation.code] = linked;
      for (const code of linked) reached.add(code);
      if (occupation.lineItem) {
        lineItemsLinked++;
        if (native.has(occupation.code)) lineItemsDirect++;
      }
    }
    // Provenance: the files the values were read from, then the crosswalks their links go through
    // (every source can reach an occupation through the BLS O*NET-to-matrix crosswalk's aggregates).
    const files = new Map<string, SourceFile>();
    for (const file of [...built.descriptor.files, ...joinFiles, ...nem.descriptor.files])
      files.set(file.path, file);
    sources[id] = {
      descriptor: { ...built.descriptor, id, files: [...files.values()] },
      universe: { codes: built.codes, values: built.values },
      links,
    };
    coverage.push({
      sourceId: id,
      nativeCodes: built.codes.length,
      lineItemsDirect,
      lineItemsLinked,
      unmapped: built.codes.filter((code) => !reached.has(code)),
    });
  };

  // MHC: the open task model, ranked over the O*NET-SOC codes with a value; a 6-digit code takes its
  // .00 code's value, else the mean of its children's.
  const modelValues = model.occupations.flatMap((occupation) =>
    occupation.resilience === null ? [] : [[occupation.onetSocCode, occupation.resilience] as const],
  );
  const modelCodes = new Set(modelValues.map(([code]) => code));
  const modelChildren = new Map<string, string[]>();
  for (const code of [...modelCodes].sort(byCode)) {
    const parent = code.slice(0, 7);
    modelChildren.set(parent, [...(modelChildren.get(parent) ?? []), code]);
  }
  addSource('ai-resilience-model', universeOf(model.descriptor, modelValues), {
    direct: (code) => (modelCodes.has(`${code}.00`) ? [`${code}.00`] : (modelChildren.get(code) ?? [])),
    own: sameCode(modelCodes),
  });

  const anthropicUniverse = universeOf(
    anthropic.descriptor,
    anthropic.records.map((record) => [record.code, record.value] as const),
  );
  addSource('anthropic-observed-exposure', anthropicUniverse, {
    direct: sameCode(new Set(anthropicUniverse.codes)),
  });

  const microsoftUniverse = universeOf(
    microsoft.descriptor,
    microsoft.records.map((record) => [record.code, record.value] as const),
  );
  addSource('microsoft-ai-applicability', microsoftUniverse, {
    direct: sameCode(new Set(microsoftUniverse.codes)),
  });

  // Will Robots Take My Job: ranked over its 6-digit SOC 2010 codes, reaching SOC 2018 through the crosswalk.
  const robotsUniverse = universeOf(
    robots.descriptor,
    robots.records.map((record) => [record.code, record.value] as const),
  );
  const robotsCodes = new Set(robotsUniverse.codes);
  addSource(
    'will-robots-take-my-job',
    robotsUniverse,
    { direct: (code) => crosswalk2010.sourcesOf(code).filter((source) => robotsCodes.has(source)) },
    crosswalkFiles,
  );

  const openings = lineItems.flatMap((record) =>
    record.annualOpenings === null ? [] : [[record.code, record.annualOpenings] as const],
  );
  const openingsUniverse = universeOf(blsOpeningsDescriptor(bls.descriptor.files), openings);
  addSource('bls-annual-openings', openingsUniverse, { direct: sameCode(new Set(openingsUniverse.codes)) });
  const change = lineItems.flatMap((record) =>
    record.employmentChangePercent === null ? [] : [[record.code, record.employmentChangePercent] as const],
  );
  const changeUniverse = universeOf(blsEmploymentChangeDescriptor(bls.descriptor.files), change);
  addSource('bls-employment-change', changeUniverse, { direct: sameCode(new Set(changeUniverse.codes)) });

  const wageBillUniverse = universeOf(
    wageBill.descriptor,
    wageBill.records.map((record) => [record.code, record.value] as const),
  );
  addSource('wage-bill', wageBillUniverse, {
    direct: (code) => {
      const group = wageBillGroupFor(code, wageBillUniverse.codes);
      return group === null ? [] : [group];
    },
  });

  const adaptiveUniverse = universeOf(
    adaptive.descriptor,
    adaptive.records.map((record) => [record.code, record.value] as const),
  );
  addSource('adaptive-capacity', adaptiveUniverse, { direct: sameCode(new Set(adaptiveUniverse.codes)) });

  // Further evidence for alternative methodologies (not in the default one).
  const eloundouUniverse = universeOf(
    eloundou.descriptor,
    eloundou.records.map((record) => [record.code, record.value] as const),
  );
  const eloundouCodes = new Set(eloundouUniverse.codes);
  const eloundouChildren = new Map<string, string[]>();
  for (const code of eloundouUniverse.codes) {
    const parent = code.slice(0, 7);
    eloundouChildren.set(parent, [...(eloundouChildren.get(parent) ?? []), code]);
  }
  addSource('eloundou-gpt4-exposure', eloundouUniverse, {
    direct: (code) => (eloundouCodes.has(`${code}.00`) ? [`${code}.00`] : (eloundouChildren.get(code) ?? [])),
    own: sameCode(eloundouCodes),
  });
  const aioeUniverse = universeOf(
    aioe.descriptor,
    aioe.records.map((record) => [record.code, record.value] as const),
  );
  const aioeCodes = new Set(aioeUniverse.codes);
  addSource(
    'aioe',
    aioeUniverse,
    { direct: (code) => crosswalk2010.sourcesOf(code).filter((source) => aioeCodes.has(source)) },
    crosswalkFiles,
  );

  // The other Althoff & Reichardt scenarios, as sources of their own, so a methodology can choose its
  // scenario by source id (the default methodology uses `wage-bill`, the v1.2 GenAI + physical AI one).
  for (const [id, alternative] of [
    ['wage-bill-genai-v1-2', 'v1.2-genai'],
    ['wage-bill-genai-v1-3', 'v1.3-genai'],
  ] as const) {
    if (alternative === scenario) continue;
    const file = alternative.startsWith('v1.3')
      ? 'althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv'
      : 'althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv';
    const parsed = await loadWageBill(path(file), file, { scenario: alternative });
    const universe = universeOf(
      { ...parsed.descriptor, label: `${parsed.descriptor.label} (${alternative})` },
      parsed.records.map((record) => [record.code, record.value] as const),
    );
    addSource(id, universe, {
      direct: (code) => {
        const group = wageBillGroupFor(code, universe.codes);
        return group === null ? [] : [group];
      },
    });
  }
  progress('joined the sources');

  const facts: Record<string, EmploymentFacts> = {};
  for (const record of lineItems) facts[record.code] = employmentFactsOf(record);
  const descriptions: Record<string, string> = {};
  for (const record of socDefinitions.records) {
    if (record.definition) descriptions[record.code] = record.definition;
  }
  for (const record of onetOccupations.records) descriptions[record.code] = record.description;

  const tasks: Record<string, TaskResilience[]> = {};
  for (const task of model.tasks) {
    const entry: TaskResilience = {
      taskId: task.taskId,
      statement: task.statement,
      taskType: task.taskType,
      resilience: task.resilience,
      automationLikelihood: task.automationLikelihood,
      weight: task.weight,
      signals: task.signals.map((signal) => ({
        signal: signal.signal,
        value: signal.value,
        join: signal.join,
      })),
    };
    const list = tasks[task.onetSocCode];
    if (list) list.push(entry);
    else tasks[task.onetSocCode] = [entry];
  }
  for (const list of Object.values(tasks)) {
    list.sort((a, b) => (b.resilience ?? -1) - (a.resilience ?? -1) || a.taskId - b.taskId);
  }
  progress('collected facts, descriptions and tasks');

  return {
    dataset: {
      schemaVersion: DATASET_SCHEMA_VERSION,
      label: `airesilience dataset (O*NET 30.3, BLS EP 2024–34, wage bill ${scenario})`,
      occupations,
      sources,
    },
    facts,
    descriptions,
    tasks,
    coverage,
    taskModel: model.coverage,
    matrixCodeOf: Object.fromEntries([...structure.matrixCodeOf].sort(([a], [b]) => byCode(a, b))),
  };
}
