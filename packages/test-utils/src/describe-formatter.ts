import type { DimensionScore, OccupationProfile, ScoreResult, SourceScore } from '@airesilience/core';
import { describe, expect, it } from 'vitest';

/** What a report formatter formats: one result and its profile. */
export interface FormatterInput {
  /** The scored occupation. */
  result: ScoreResult;
  /** Its profile. */
  profile: OccupationProfile;
}

/** The contract a report formatter is tested against. */
export interface FormatterContract {
  /** A name for the describe block, e.g. `formatHtml`. */
  name: string;
  /** The formatter under test, with the options to test it with. */
  format: (input: FormatterInput) => string;
  /** A complete, valid fixture, built afresh on every call (the suite changes its copies). */
  fixture: () => FormatterInput;
  /**
   * Asserts that `hostile`, placed in every string that comes from data (titles, task statements, source
   * labels, tier names, citations…), reached `output` only in a form that is harmless for the format.
   */
  assertSafe: (output: string, hostile: string) => void;
}

/**
 * Strings that break a naive formatter: HTML and script injection, attribute breaking, `javascript:`
 * URLs, a closing style tag, Markdown syntax, spreadsheet formulas, terminal escape sequences, control
 * characters and line breaks.
 */
export const HOSTILE_STRINGS: readonly string[] = Object.freeze([
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  'Quotes " and \' and ` and \\',
  '</style><script>alert(2)</script>',
  '</title></textarea><iframe src="https://example.com">',
  '[click](javascript:alert(1)) ![x](https://example.com/x.png) *bold* _it_ | pipe | # heading',
  '=HYPERLINK("https://example.com","x")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rCarriage',
  '\u001b[2J\u001b[31mRed\u001b[0m',
  'Line one\nline two, with "quotes", commas',
  '&lt;b&gt; &amp; &#60;script&#62;',
  '\u202eevil\u202c right-to-left override',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template placeholder is the payload.
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function missingSource(source: SourceScore): SourceScore {
  return {
    ...source,
    raw: null,
    nativeCodes: [],
    percentile: null,
    effectiveWeight: 0,
    contribution: 0,
    missing: true,
  };
}

/**
 * The fixture with its first source and its whole last dimension missing (scores, levels, percentiles
 * null), as the engine reports an occupation that some sources do not cover.
 *
 * @param input - a complete fixture (not changed).
 * @returns a new input with missing data.
 */
export function withMissingData(input: FormatterInput): FormatterInput {
  const { result, profile } = structuredClone(input);
  const last = result.dimensions.length - 1;
  result.dimensions = result.dimensions.map((dimension, index): DimensionScore => {
    if (index === last) {
      return {
        ...dimension,
        effectiveWeight: 0,
        score: null,
        level: null,
        contribution: 0,
        sources: dimension.sources.map(missingSource),
      };
    }
    if (index === 0) {
      return { ...dimension, sources: dimension.sources.map((s, i) => (i === 0 ? missingSource(s) : s)) };
    }
    return dimension;
  });
  result.missingSources = result.dimensions
    .flatMap((dimension) => dimension.sources)
    .filter((source) => source.missing)
    .map((source) => source.sourceId);
  const groups = new Set(
    result.dimensions
      .flatMap((dimension) => dimension.sources)
      .filter((source) => !source.missing)
      .map((source) => source.evidenceGroup),
  );
  result.confidence = {
    ...result.confidence,
    sourcesWithData: groups.size,
    agreementSourcesWithData: Math.max(0, result.confidence.agreementSourcesWithData - 1),
    mostDisagreeing: null,
    coverageCap: 'Medium-high',
    level: 'Medium-high',
  };
  return { result, profile };
}

/**
 * The fixture without a description, BLS facts, tasks or uncertainty, as for an O*NET-only code.
 *
 * @param input - a complete fixture (not changed).
 * @returns a new, bare input.
 */
export function withoutProfileData(input: FormatterInput): FormatterInput {
  const { result, profile } = structuredClone(input);
  delete result.uncertainty;
  return { result, profile: { ...profile, description: null, facts: null, tasks: [] } };
}

/**
 * The fixture with nulls inside the facts and the tasks (a task without resilience or Task Type, an
 * unknown wage replaced by a top-coded one) and a Core and a Supplemental task.
 *
 * @param input - a complete fixture (not changed).
 * @returns a new input.
 */
export function withNullsInside(input: FormatterInput): FormatterInput {
  const { result, profile } = structuredClone(input);
  if (profile.facts) {
    profile.facts = {
      ...profile.facts,
      medianWage: 239200,
      medianWageTopCoded: true,
      employment2034: null,
      employmentChangePercent: null,
      typicalEducation: null,
      workExperience: null,
      onTheJobTraining: null,
    };
  }
  profile.tasks = profile.tasks.map((task, index) =>
    index === 0
      ? { ...task, resilience: null, automationLikelihood: null, taskType: null, signals: [] }
      : index === 1
        ? { ...task, taskType: 'Core' }
        : index === 2
          ? { ...task, taskType: 'Supplemental' }
          : task,
  );
  return { result, profile };
}

/**
 * The fixture with `hostile` in every string that comes from data: the titles, the tier name, the
 * dimension and source labels, the comparison, the leave-one-out tiers, the provenance (dataset,
 * labels, vintages, citations, licences), the description, the BLS facts and every task statement.
 *
 * @param input - a complete fixture (not changed).
 * @param hostile - the string to plant.
 * @returns a new input.
 */
export function withHostileStrings(input: FormatterInput, hostile: string): FormatterInput {
  const { result, profile } = structuredClone(input);
  result.title = hostile;
  result.tier = { ...result.tier, name: hostile };
  result.comparison = { ...result.comparison, phrase: hostile, sentence: `${hostile} than most occupations` };
  result.dimensions = result.dimensions.map((dimension) => ({
    ...dimension,
    label: hostile,
    sources: dimension.sources.map((source) => ({ ...source, label: hostile })),
  }));
  if (result.uncertainty) {
    result.uncertainty = {
      ...result.uncertainty,
      leaveOneOut: result.uncertainty.leaveOneOut.map((item) => ({ ...item, tier: hostile })),
    };
  }
  result.provenance = {
    ...result.provenance,
    dataset: hostile,
    scenario: { [hostile]: hostile },
    sources: result.provenance.sources.map((source) => ({
      ...source,
      label: hostile,
      vintage: hostile,
      citation: hostile,
      licence: hostile,
    })),
  };
  profile.title = hostile;
  profile.description = hostile;
  if (profile.facts) {
    profile.facts = {
      ...profile.facts,
      typicalEducation: hostile,
      workExperience: hostile,
      onTheJobTraining: hostile,
      citation: hostile,
    };
  }
  profile.tasks = profile.tasks.map((task) => ({ ...task, statement: hostile }));
  return { result, profile };
}

const BROKEN_VALUE = /\bNaN\b|\bundefined\b|Infinity|\[object Object\]/;

/**
 * The shared contract every report formatter passes: the same input gives the same output (and is not
 * changed), the output shows the title, code, score and tier, it copes with missing sources, a missing
 * dimension, an occupation without profile data and nulls inside the facts and tasks, it never prints
 * `NaN`, `undefined` or `Infinity`, and every hostile string of {@link HOSTILE_STRINGS} planted in the
 * data reaches the output only in a form that is harmless for the format.
 *
 * @param contract - the formatter, its fixture and its safety check.
 */
export function describeFormatter(contract: FormatterContract): void {
  describe(`formatter contract: ${contract.name}`, () => {
    it('gives the same output for the same input, without changing the input', () => {
      const first = contract.format(deepFreeze(contract.fixture()));
      const second = contract.format(structuredClone(contract.fixture()));
      expect(first).toBe(second);
      expect(first.length).toBeGreaterThan(0);
    });

    it('shows the title, the code, the score percent and the tier', () => {
      const input = contract.fixture();
      const output = contract.format(input);
      expect(output).toContain(input.result.title);
      expect(output).toContain(input.result.code);
      expect(output).toContain(input.result.scorePercent.toFixed(1));
      expect(output).toContain(input.result.tier.name);
    });

    it('shows a change of score and tier', () => {
      const input = contract.fixture();
      const changed = structuredClone(input);
      changed.result.score = 0.7234;
      changed.result.scorePercent = 72.3;
      changed.result.tier = { name: 'Resilient', index: 4, above: 65 };
      const output = contract.format(changed);
      expect(output).toContain('72.3');
      expect(output).toContain('Resilient');
      expect(output).not.toBe(contract.format(input));
    });

    it('shows missing sources and a missing dimension differently from present ones', () => {
      const full = contract.fixture();
      const output = contract.format(withMissingData(full));
      expect(output).not.toMatch(BROKEN_VALUE);
      expect(output).toContain(full.result.title);
      expect(output).not.toBe(contract.format(full));
    });

    const variants: [string, (input: FormatterInput) => FormatterInput][] = [
      ['no description, facts, tasks or uncertainty', withoutProfileData],
      ['nulls inside the facts and tasks and a top-coded wage', withNullsInside],
    ];
    it.each(variants)('handles %s', (_, variant) => {
      const input = variant(contract.fixture());
      const output = contract.format(input);
      expect(output).not.toMatch(BROKEN_VALUE);
      expect(output).toContain(input.result.title);
      expect(output).toContain(input.result.tier.name);
    });

    it('never prints NaN, undefined or Infinity', () => {
      expect(contract.format(contract.fixture())).not.toMatch(BROKEN_VALUE);
    });

    it.each(HOSTILE_STRINGS.map((hostile) => [JSON.stringify(hostile), hostile] as const))(
      'renders the hostile string %s harmlessly',
      (_, hostile) => {
        const output = contract.format(withHostileStrings(contract.fixture(), hostile));
        expect(output).not.toMatch(BROKEN_VALUE);
        contract.assertSafe(output, hostile);
      },
    );
  });
}
