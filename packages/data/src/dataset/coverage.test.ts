import { dataDir, hasMirror } from '@airesilience/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDataset, buildDataset, type SourceCoverage } from './build-dataset.js';
import { renderCoverageTable } from './render-coverage-table.js';

// The coverage table of docs/sources.md (printed by scripts/coverage-table.ts), checked on the real mirror.
describe.runIf(hasMirror)('coverage of the 832 BLS line items by each source', () => {
  let built: BuiltDataset;
  let table: string;
  const coverageOf = (sourceId: string): SourceCoverage => {
    const entry = built.coverage.find((candidate) => candidate.sourceId === sourceId);
    if (entry === undefined) throw new Error(`no coverage for ${sourceId}`);
    return entry;
  };

  beforeAll(async () => {
    built = await buildDataset({ dataDir });
    table = renderCoverageTable(built.coverage, built.dataset);
    console.log(table);
  });

  it('reports one row per source of the dataset', () => {
    expect(built.coverage.map((entry) => entry.sourceId).sort()).toEqual(
      Object.keys(built.dataset.sources).sort(),
    );
    const rows = table.trimEnd().split('\n');
    expect(rows).toHaveLength(2 + built.coverage.length);
    expect(rows[0]).toContain('Share of the 832');
  });

  it('counts the native codes each source publishes', () => {
    expect(coverageOf('anthropic-observed-exposure').nativeCodes).toBe(756);
    expect(coverageOf('microsoft-ai-applicability').nativeCodes).toBe(785);
    expect(coverageOf('will-robots-take-my-job').nativeCodes).toBe(666);
    expect(coverageOf('wage-bill').nativeCodes).toBe(93);
    expect(coverageOf('adaptive-capacity').nativeCodes).toBe(741);
    expect(coverageOf('ai-resilience-model').nativeCodes).toBe(923);
  });

  it('covers every line item with BLS, and every line item but 45-3031 with the wage bill', () => {
    for (const id of ['bls-annual-openings', 'bls-employment-change']) {
      expect(coverageOf(id)).toMatchObject({ nativeCodes: 832, lineItemsDirect: 832, lineItemsLinked: 832 });
    }
    expect(coverageOf('wage-bill')).toMatchObject({ lineItemsDirect: 0, lineItemsLinked: 831 });
    expect(built.dataset.sources['wage-bill']!.links['45-3031']).toBeUndefined();
  });

  it('reaches more line items through crosswalks than under their own codes', () => {
    const robots = coverageOf('will-robots-take-my-job');
    expect(robots.lineItemsDirect).toBe(585);
    expect(robots.lineItemsLinked).toBe(672);
    expect(coverageOf('ai-resilience-model').lineItemsLinked).toBe(785);
    expect(coverageOf('anthropic-observed-exposure')).toMatchObject({
      lineItemsDirect: 756,
      lineItemsLinked: 756,
    });
    expect(coverageOf('aioe').unmapped).toEqual(['19-1020']);
  });

  it('marks the adaptive-capacity proxy as a proxy in the table', () => {
    expect(built.dataset.sources['adaptive-capacity']!.descriptor.proxy).toBe(true);
    expect(table).toContain('| `adaptive-capacity` (proxy) | soc-2018 | 741 | 741 | 741 | 89.1 % | none |');
  });
});
