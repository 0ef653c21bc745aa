import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_METHODOLOGY, methodologySourceIds, scoreAll } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import { defaultSnapshotDirectory, getProfile, loadDataset } from './load-dataset.js';
import { SNAPSHOT_FILES, sourceFileOf } from './snapshot.js';

// The snapshot `npm run build` writes into the package (it is never committed).
const built = existsSync(join(defaultSnapshotDirectory(), SNAPSHOT_FILES.dataset));

describe.runIf(built)('the embedded snapshot, one file per source', () => {
  it('loads every source by default, and only the ones asked for when told', async () => {
    const full = await loadDataset();
    expect(full.details.sources.map((source) => source.id)).toEqual(Object.keys(full.sources));
    const lean = await loadDataset({ sources: methodologySourceIds(DEFAULT_METHODOLOGY) });
    expect(Object.keys(lean.sources).sort()).toEqual(methodologySourceIds(DEFAULT_METHODOLOGY).sort());
    expect(Object.keys(lean.sources)).not.toContain('aioe');
    expect(lean.details.sources).toEqual(full.details.sources);
    // The same scores from the lean dataset as from the full one.
    expect(scoreAll(lean).results).toEqual(scoreAll(full).results);
    expect(existsSync(join(defaultSnapshotDirectory(), sourceFileOf('aioe')))).toBe(true);
  });

  it('scores from the link tables as from the links they stand for', async () => {
    const loaded = await loadDataset();
    const source = loaded.sources['anthropic-observed-exposure']!;
    // The table is there until the links are read, and never in a copy or the JSON.
    expect(source.linkTable?.codes.length).toBeGreaterThan(800);
    expect(Object.keys(source)).toEqual(['descriptor', 'universe', 'links']);
    // A JSON copy has the links alone: the engine reads those, and gives the same results to the byte.
    const copy = JSON.parse(JSON.stringify(loaded)) as typeof loaded;
    expect(copy.sources['anthropic-observed-exposure']!.linkTable).toBeUndefined();
    expect(JSON.stringify(scoreAll(copy))).toBe(JSON.stringify(scoreAll(await loadDataset())));
    // Reading the links (the JSON above did) made them from the table and dropped it.
    expect(source.linkTable).toBeUndefined();
    expect(source.links['29-2072']).toEqual(['29-2072']);
    expect(source.links).toEqual(copy.sources['anthropic-observed-exposure']!.links);
  });

  it('scores the links set in place of the table', async () => {
    const loaded = await loadDataset();
    const before = scoreAll(loaded).results.find((result) => result.code === '29-2072')!;
    const changed = await loadDataset();
    const source = changed.sources['anthropic-observed-exposure']!;
    source.links = { ...source.links, '29-2072': ['15-1252'] };
    expect(source.linkTable).toBeUndefined();
    const after = scoreAll(changed).results.find((result) => result.code === '29-2072')!;
    const shown = (result: typeof before) =>
      result.dimensions[0]!.sources.find((entry) => entry.sourceId === 'anthropic-observed-exposure')!;
    expect(shown(after).nativeCodes).toEqual(['15-1252']);
    expect(shown(after).percentile).not.toBe(shown(before).percentile);
  });

  it('names a source the snapshot does not have, and what it has', async () => {
    await expect(loadDataset({ sources: ['no-such-source'] })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/no source "no-such-source"; it has .*anthropic-observed-exposure/),
    });
  });

  it('gives a profile its description, BLS facts and tasks from its group file', async () => {
    const profile = await getProfile(await loadDataset({ sources: [] }), '29-2072');
    expect(profile.facts?.medianWage).toBe(50250);
    expect(profile.description).toMatch(/^Compile/);
    expect(profile.tasks).toHaveLength(17);
  });
});
