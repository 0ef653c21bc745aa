import { AiResilienceError, type SourceDescriptor } from '@airesilience/core';
import { assertUniqueKey } from '../shared/duplicate-check.js';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { readDelimited } from '../tabular/read-delimited.js';
import type { Table } from '../tabular/table.js';

/** The source id of the Althoff & Reichardt wage-bill change. */
export const WAGE_BILL_ID = 'wage-bill';

/**
 * A wage-bill scenario: the data release and the AI scenario. `v1.2-*` are read from
 * `occupation_ai_effects_v1.2_gpt4o.csv`, `v1.3-genai` from `occupation_ai_effects_v1.3_qwen_moderate.csv`.
 */
export type WageBillScenario = 'v1.2-genai' | 'v1.2-gen_plus_physical_ai' | 'v1.3-genai';

/** Every wage-bill scenario, in the order of {@link WageBillScenario}. */
export const WAGE_BILL_SCENARIOS: readonly WageBillScenario[] = [
  'v1.2-genai',
  'v1.2-gen_plus_physical_ai',
  'v1.3-genai',
];

/** The default scenario: release v1.2, generative plus physical AI (the best fit to the published labels). */
export const DEFAULT_WAGE_BILL_SCENARIO: WageBillScenario = 'v1.2-gen_plus_physical_ai';

/** The mirror file of each release. */
export const WAGE_BILL_FILES: Readonly<Record<'v1.2' | 'v1.3', string>> = {
  'v1.2': 'althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv',
  'v1.3': 'althoff_reichardt/occupation_ai_effects_v1.3_qwen_moderate.csv',
};

/** Options of {@link parseWageBill}. */
export interface WageBillOptions {
  /** The scenario whose `pct_ch_wage_bill_<scenario>` column is read (default {@link DEFAULT_WAGE_BILL_SCENARIO}). */
  scenario?: WageBillScenario;
}

/** One SOC 2010 minor group of the Althoff & Reichardt occupation file. */
export interface WageBillRecord {
  /** The SOC 2010 minor group as published, e.g. `15-11` (SOC 2010 `15-1100`). */
  code: string;
  /** The predicted change of the group's wage bill, `wage_bill_post / wage_bill_pre − 1` (0.25 = +25 %). */
  value: number;
  /** The group's title, e.g. `Computer Occupations`. */
  title: string;
  /** The SOC major group's title (`occ_group`). */
  majorGroup: string;
  /** The group's employment (`tot_employment`). */
  employment: number;
  /** The 1-based row it came from (the header is row 1). */
  row: number;
}

const MINOR_GROUP = /^\d{2}-\d{2}$/;
const PHYSICAL_AI_COLUMN = 'pct_ch_wage_bill_gen_plus_physical_ai';

/** A {@link WageBillScenario} split into its data release and its AI scenario. */
export interface WageBillScenarioParts {
  /** The data release, which fixes the file: `v1.2` (GPT-4o ratings) or `v1.3` (Qwen, moderate). */
  release: 'v1.2' | 'v1.3';
  /** The AI scenario, the suffix of the `pct_ch_wage_bill_<scenario>` column. */
  aiScenario: 'genai' | 'gen_plus_physical_ai';
}

/**
 * Splits a scenario id into its release and the AI scenario of its column.
 *
 * @param scenario - a {@link WageBillScenario}.
 * @returns the release (`v1.2`, `v1.3`) and the column suffix (`genai`, `gen_plus_physical_ai`).
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an unknown scenario.
 * @example
 * ```ts
 * wageBillScenarioParts('v1.3-genai'); // { release: 'v1.3', aiScenario: 'genai' }
 * ```
 */
export function wageBillScenarioParts(scenario: WageBillScenario): WageBillScenarioParts {
  if (!WAGE_BILL_SCENARIOS.includes(scenario)) {
    throw new AiResilienceError(
      'INVALID_ARGUMENT',
      `unknown wage-bill scenario ${JSON.stringify(scenario)} (expected one of ${WAGE_BILL_SCENARIOS.join(', ')})`,
    );
  }
  const dash = scenario.indexOf('-');
  return {
    release: scenario.slice(0, dash) as 'v1.2' | 'v1.3',
    aiScenario: scenario.slice(dash + 1) as 'genai' | 'gen_plus_physical_ai',
  };
}

/**
 * Parses an Althoff & Reichardt occupation file (`occupation_ai_effects_*.csv`): 93 SOC 2010 minor groups
 * (`15-11`) with the model's predicted change of each group's wage bill, `pct_ch_wage_bill_<scenario>`
 * (higher = more sustained earnings: the direction is higher-is-more-resilient). The scenario is recorded
 * in `descriptor.options.scenario`. The file must be of the scenario's release: a v1.2 file has the
 * `gen_plus_physical_ai` columns, a v1.3 file has not.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @param options - the scenario (default {@link DEFAULT_WAGE_BILL_SCENARIO}).
 * @returns one {@link WageBillRecord} per minor group, in file order, and the descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `INVALID_ARGUMENT` for an unknown scenario;
 *   {@link @airesilience/core!SourceParseError} for a missing column, a file of the other release, a code that is not a
 *   minor group, a duplicated code or four-character prefix, or a value that is not a number ≥ −1.
 * @example
 * ```ts
 * const { records, descriptor } = parseWageBill({ bytes, file: 'occupation_ai_effects_v1.2_gpt4o.csv' });
 * records.find((r) => r.code === '11-10')?.value; // 1.3035588
 * descriptor.options?.scenario; // 'v1.2-gen_plus_physical_ai'
 * ```
 */
export function parseWageBill(
  input: ParseInput,
  options: WageBillOptions = {},
): ParsedSource<WageBillRecord> {
  const scenario = options.scenario ?? DEFAULT_WAGE_BILL_SCENARIO;
  const { release, aiScenario } = wageBillScenarioParts(scenario);
  const valueColumn = `pct_ch_wage_bill_${aiScenario}`;
  const table = readDelimited(input.bytes, {
    source: WAGE_BILL_ID,
    file: input.file,
    requiredColumns: ['soc_code', 'occ_title', 'occ_group', 'tot_employment', valueColumn],
  });
  assertRelease(table, release);
  const codes = new Map<string, number>();
  const prefixes = new Map<string, string>();
  const records = table.rows.map((row): WageBillRecord => {
    const code = table.text(row, 'soc_code').trim();
    if (!MINOR_GROUP.test(code)) {
      throw table.error(
        `must be a SOC 2010 minor group like 15-11, got ${JSON.stringify(code)}`,
        row.line,
        'soc_code',
      );
    }
    assertUniqueKey(table, codes, code, row, 'soc_code');
    const prefix = code.slice(0, 4);
    const sharing = prefixes.get(prefix);
    if (sharing !== undefined) {
      throw table.error(
        `groups ${sharing} and ${code} share the prefix ${prefix}, so detailed codes cannot be assigned to one group`,
        row.line,
        'soc_code',
      );
    }
    prefixes.set(prefix, code);
    const value = table.number(row, valueColumn);
    if (value < -1) throw table.error(`must be a change ≥ −1 (−100 %), got ${value}`, row.line, valueColumn);
    const employment = table.number(row, 'tot_employment');
    return {
      code,
      value,
      title: table.text(row, 'occ_title').trim(),
      majorGroup: table.text(row, 'occ_group').trim(),
      employment,
      row: row.line,
    };
  });
  return { records, descriptor: wageBillDescriptor(input, scenario) };
}

function assertRelease(table: Table, release: 'v1.2' | 'v1.3'): void {
  const hasPhysicalAi = table.columnIndex(PHYSICAL_AI_COLUMN) !== undefined;
  if (release === 'v1.3' && hasPhysicalAi) {
    throw table.error(
      `is a release v1.2 file (it has ${PHYSICAL_AI_COLUMN}), not v1.3: use ${WAGE_BILL_FILES['v1.3']} or a v1.2 scenario`,
      table.headerLine,
      PHYSICAL_AI_COLUMN,
    );
  }
  if (release === 'v1.2' && !hasPhysicalAi) {
    throw table.error(
      `missing column: a release v1.2 file has it (is this the v1.3 file? use scenario v1.3-genai)`,
      table.headerLine,
      PHYSICAL_AI_COLUMN,
    );
  }
}

const SCENARIO_LABELS: Record<WageBillScenario, string> = {
  'v1.2-genai': 'release v1.2 (GPT-4o ratings), generative AI',
  'v1.2-gen_plus_physical_ai': 'release v1.2 (GPT-4o ratings), generative plus physical AI',
  'v1.3-genai': 'release v1.3 (Qwen-2.5-72B ratings, moderate 2030 scenario), generative AI',
};

function wageBillDescriptor(input: ParseInput, scenario: WageBillScenario): SourceDescriptor {
  const { release } = wageBillScenarioParts(scenario);
  return {
    id: WAGE_BILL_ID,
    label: `Wage-bill change (Althoff & Reichardt 2026), ${SCENARIO_LABELS[scenario]}`,
    citation:
      'Althoff, L. & Reichardt, H. (2026). Task-Specific Technical Change and Comparative Advantage. NBER Working Paper 35353. Data: github.com/lukasalthoff/ai_labor_markets, model_predictions/occupations/occupation_ai_effects.csv.',
    vintage:
      release === 'v1.2'
        ? 'data release v1.2 (2026-02-19), GPT-4o task ratings'
        : 'data release v1.3 (2026-06-06), Qwen-2.5-72B-Instruct-AWQ ratings, moderate 2030 scenario',
    licence:
      'none declared (no LICENSE file in the repository); cite the authors, confirm terms before redistributing',
    direction: 'higher-is-more-resilient',
    codeSystem: 'soc-2010-minor-group',
    files: [sourceFileOf(input)],
    notes:
      'Model-predicted steady-state change of each SOC 2010 minor group’s wage bill (wage_bill_post / wage_bill_pre − 1). A detailed SOC 2018 code takes the group with its first four characters (see wageBillGroupFor).',
    options: { scenario },
  };
}
