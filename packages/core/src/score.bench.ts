import { bench, describe } from 'vitest';
import type { Dataset } from './dataset.js';
import { DEFAULT_METHODOLOGY } from './default-methodology.js';
import { scoreAll, scoreOccupation } from './score.js';

/**
 * A synthetic dataset shaped like the real one: 1,000 line items and the default methodology's eight
 * sources (seven evidence groups), about 10 % missing per source, values with ties.
 */
function syntheticDataset(count: number): Dataset {
  let state = 12345;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const codes = Array.from(
    { length: count },
    (_, i) => `${String(11 + (i % 43)).padStart(2, '0')}-${String(1000 + i).padStart(4, '0')}`,
  );
  const sources: Dataset['sources'] = {};
  for (const dimension of DEFAULT_METHODOLOGY.dimensions) {
    for (const source of dimension.sources) {
      const present = codes.filter(() => random() > 0.1);
      sources[source.id] = {
        descriptor: {
          id: source.id,
          label: source.label,
          citation: 'synthetic',
          vintage: 'synthetic',
          licence: 'none',
          direction: source.direction,
          codeSystem: 'soc-2018',
          files: [],
        },
        universe: { codes: present, values: present.map(() => Math.round(random() * 500) / 10) },
        links: Object.fromEntries(present.map((code) => [code, [code]])),
      };
    }
  }
  return {
    schemaVersion: 1,
    label: 'synthetic',
    occupations: codes.map((code) => ({ code, title: code, kind: 'soc', lineItem: true })),
    sources,
  };
}

const dataset = syntheticDataset(1000);
scoreAll(dataset);

describe('scoring 1,000 occupations × 8 sources', () => {
  const options = { time: 3000, warmupTime: 500 };
  bench(
    'scoreAll, cold (percentiles, scores, results)',
    () => {
      // a new dataset object misses the cache: every percentile and score is recomputed
      scoreAll({ ...dataset });
    },
    options,
  );
  bench(
    'scoreAll, warm (results only)',
    () => {
      scoreAll(dataset);
    },
    options,
  );
  bench(
    'scoreOccupation, warm',
    () => {
      scoreOccupation(dataset, dataset.occupations[500]!.code);
    },
    options,
  );
});

describe('uncertainty for 1,000 occupations × 10,000 draws', () => {
  bench(
    'scoreAll with Monte Carlo and leave-one-out, cold (weight draws included)',
    () => {
      scoreAll({ ...dataset }, DEFAULT_METHODOLOGY, { uncertainty: { draws: 10_000, seed: 1 } });
    },
    { iterations: 10, time: 0, warmupIterations: 1 },
  );
});
