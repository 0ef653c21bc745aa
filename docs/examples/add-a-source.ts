// Adds your own data source to the dataset and scores with it (docs/custom-methodology.md, "Adding your
// own source"). The survey values in employer-survey.csv are illustrative, not real data.
//
//   npx tsx docs/examples/add-a-source.ts
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Dataset,
  DEFAULT_METHODOLOGY,
  defineMethodology,
  type SourceValues,
  scoreOccupation,
} from '@airesilience/core';
import { loadDataset } from '@airesilience/data';

const file = join(dirname(fileURLToPath(import.meta.url)), 'employer-survey.csv');
const bytes = await readFile(file);

// 1. Your values, keyed by SOC 2018 code (the code system of the dataset's line items).
const rows = bytes
  .toString('utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, value] = line.split(',');
    const number = Number(value);
    if (!code || !Number.isFinite(number))
      throw new Error(`employer-survey.csv: bad row ${JSON.stringify(line)}`);
    return { code, value: number };
  });

// 2. The source: a descriptor (what it is, how to cite it, which way is better), its own universe, and the
//    links from each scored occupation to the codes that feed it. Here an occupation links to its own code,
//    and an O*NET-SOC code (29-2072.00) to its 6-digit parent's.
const codes = new Set(rows.map((row) => row.code));
const dataset = await loadDataset();
const links: Record<string, string[]> = {};
for (const occupation of dataset.occupations) {
  const soc = occupation.code.slice(0, 7);
  if (codes.has(soc)) links[occupation.code] = [soc];
}
const survey: SourceValues = {
  descriptor: {
    id: 'employer-survey',
    label: 'Employer hiring survey (illustrative)',
    citation: 'Example Nonprofit (2026). Regional employer hiring survey. Illustrative values.',
    vintage: 'survey of 2026 (illustrative)',
    licence: 'CC BY 4.0',
    direction: 'higher-is-more-resilient',
    codeSystem: 'soc-2018',
    files: [
      {
        path: 'employer-survey.csv',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      },
    ],
  },
  universe: { codes: rows.map((row) => row.code), values: rows.map((row) => row.value) },
  links,
};
const extended: Dataset = { ...dataset, sources: { ...dataset.sources, 'employer-survey': survey } };

// 3. A methodology that uses it: the default one with the survey as a third source of Long-term Employer Demand.
const [mhc, lte, seo] = DEFAULT_METHODOLOGY.dimensions;
if (!mhc || !lte || !seo) throw new Error('the default methodology has three dimensions');
const methodology = defineMethodology(
  {
    ...DEFAULT_METHODOLOGY,
    id: 'default-plus-employer-survey',
    version: '1.0.0',
    label: 'Default method plus our employer survey',
    dimensions: [
      mhc,
      {
        ...lte,
        sources: [
          { ...lte.sources[0]!, weight: 0.5 },
          { ...lte.sources[1]!, weight: 0.3 },
          {
            id: 'employer-survey',
            label: 'Employer hiring survey',
            weight: 0.2,
            direction: 'higher-is-more-resilient',
          },
        ],
      },
      seo,
    ],
  },
  { knownSourceIds: Object.keys(extended.sources) },
);

// 4. Score.
const before = scoreOccupation(dataset, '29-2072');
const after = scoreOccupation(extended, '29-2072', methodology);
const source = after.dimensions[1]!.sources[2]!;
console.log(
  `employer survey: raw ${source.raw}, percentile ${source.percentile?.toFixed(4)} among ${rows.length} codes`,
);
console.log(`LTE ${before.dimensions[1]!.score?.toFixed(4)} → ${after.dimensions[1]!.score?.toFixed(4)}`);
console.log(
  `score ${before.scorePercent} % ${before.tier.name} → ${after.scorePercent} % ${after.tier.name}`,
);
console.log(
  `confidence counts ${after.confidence.sourcesWithData} of ${after.confidence.sourcesTotal} sources`,
);
console.log(`provenance: ${after.provenance.sources.map((entry) => entry.id).join(', ')}`);
console.log(
  `an occupation the survey does not cover, 53-3032: missing ${scoreOccupation(extended, '53-3032', methodology).missingSources.join(', ')}`,
);
