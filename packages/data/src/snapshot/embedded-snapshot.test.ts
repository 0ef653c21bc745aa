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
