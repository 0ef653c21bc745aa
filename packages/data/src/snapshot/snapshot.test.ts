import { existsSync } from 'node:fs';
import { appendFile, chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmploymentFacts, TaskResilience } from '@airesilience/core';
import { dataDir, hasMirror } from '@airesilience/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuiltDataset } from '../dataset/build-dataset.js';
import { getProfile, loadDataset, loadDatasetSync, loadTasks } from './load-dataset.js';
import { datasetFromSnapshot, profileGroupsOf, profileOf } from './loaded-dataset.js';
import {
  parseSourceSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
  taskFileOf,
  toSnapshot,
} from './snapshot.js';
import { SNAPSHOT_VERSION } from './snapshot-version-error.js';
import { buildSnapshot, writeSnapshot } from './write-snapshot.js';

const task = (
  taskId: number,
  resilience: number | null,
  signals: TaskResilience['signals'],
): TaskResilience => ({
  taskId,
  statement: `Statement ${taskId}, with "quotes", “curly quotes” and 😀.`,
  taskType: taskId % 2 === 0 ? 'Core' : null,
  resilience,
  automationLikelihood: resilience === null ? null : 1 - resilience,
  weight: 1 + taskId / 1000,
  signals,
});

const facts = (medianWage: number): EmploymentFacts => ({
  employment2024: 1000,
  employment2034: 1100,
  employmentChangePercent: 10,
  annualOpenings: 90,
  medianWage,
  medianWageTopCoded: false,
  typicalEducation: null,
  workExperience: null,
  onTheJobTraining: null,
  citation: 'fixture',
});

/** A hand-made build: two major groups with tasks (11, 29), one without (55), and a matrix aggregate. */
function builtFixture(): BuiltDataset {
  return {
    dataset: {
      schemaVersion: 1,
      label: 'fixture',
      occupations: [
        { code: '11-1011', title: 'Chief executives', kind: 'soc', lineItem: true },
        {
          code: '29-2072',
          title: 'Medical records specialists – coders (Médicaux)',
          kind: 'soc',
          lineItem: true,
        },
        { code: '29-9099', title: 'Healthcare workers, all other', kind: 'soc', lineItem: true },
        { code: '55-1011', title: 'Air crew officers', kind: 'soc', lineItem: true },
        {
          code: '11-1011.00',
          title: 'Chief Executives',
          kind: 'onet-soc',
          parent: '11-1011',
          lineItem: false,
        },
        {
          code: '11-1011.03',
          title: 'Sustainability Officers',
          kind: 'onet-soc',
          parent: '11-1011',
          lineItem: false,
        },
        {
          code: '29-2072.00',
          title: 'Medical Records Specialists',
          kind: 'onet-soc',
          parent: '29-2072',
          lineItem: false,
        },
      ],
      sources: {},
    },
    facts: {
      '29-2072': facts(50250),
      // The facts of 11-1011.03 come from the aggregate it is filed under, in group 29's file.
      '29-9099': facts(61000),
    },
    descriptions: { '29-2072.00': 'Compile medical records.', '11-1011.03': 'Plan sustainability.' },
    tasks: {
      '29-2072.00': [
        task(22877, 0.9, [
          { signal: 'eloundou', value: 0.5, join: 'id' },
          { signal: 'anthropic-economic-index', value: 0, join: 'observed-zero' },
        ]),
        task(22878, null, []),
      ],
      '11-1011.00': [task(8823, 0.25, [{ signal: 'althoff-reichardt', value: 1 / 3, join: 'text' }])],
      // Filed by the BLS under the matrix aggregate 29-9099, though its SOC code is in group 11.
      '11-1011.03': [task(9001, 0.75, [{ signal: 'workbank', value: 0.125, join: 'crosswalk' }])],
    },
    coverage: [],
    taskModel: {
      tasks: 4,
      withSignal: { 'althoff-reichardt': 1, eloundou: 1, workbank: 1, 'anthropic-economic-index': 1 },
      withAny: 3,
      occupations: 3,
      occupationsWithValue: 3,
    },
    matrixCodeOf: { '11-1011.00': '11-1011', '11-1011.03': '29-9099', '29-2072.00': '29-2072' },
  };
}

const directories: string[] = [];
async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'airesilience-snapshot-'));
  directories.push(directory);
  return directory;
}
afterEach(async () => {
  await Promise.all(
    directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

describe('the tasks files', () => {
  it('give back exactly the tasks that were encoded, one file per major group of the occupations', () => {
    const built = builtFixture();
    const { tasks } = toSnapshot(built);
    expect(tasks.map((entry) => entry.majorGroup)).toEqual(['11', '29', '55']);
    const decoded = Object.assign(
      {},
      ...tasks.map(({ document }) => parseTasksSnapshot(JSON.parse(JSON.stringify(document))).tasks),
    );
    expect(decoded).toEqual(built.tasks);
    // The same key order as the objects, so a report's JSON output is unchanged.
    expect(JSON.stringify(decoded['29-2072.00'])).toBe(JSON.stringify(built.tasks['29-2072.00']));
    expect(parseTasksSnapshot(tasks[2]!.document).tasks).toEqual({});
  });

  it('refuse a file of another version or format, naming it', () => {
    const document = toSnapshot(builtFixture()).tasks[0]!.document as Record<string, unknown>;
    expect(() => parseTasksSnapshot({ ...document, snapshotVersion: 1 }, 'tasks/11.json')).toThrow(
      /tasks\/11\.json is a snapshot of version 1, but this @airesilience\/data reads version 4/,
    );
    expect(() => parseTasksSnapshot({ tasks: {} }, 'tasks/11.json')).toThrow(/not an airesilience snapshot/);
  });

  it('refuse a damaged file instead of returning tasks with missing fields', () => {
    const document = toSnapshot(builtFixture()).tasks[1]!.document as { tasks: Record<string, string> };
    const truncated = { ...document, tasks: { '29-2072.00': JSON.stringify([[22877, 'Statement', null]]) } };
    expect(() => parseTasksSnapshot(truncated, 'tasks/29.json')).toThrow(
      expect.objectContaining({ code: 'DATA_INTEGRITY', message: expect.stringContaining('tasks/29.json') }),
    );
    const unknownSignal = {
      ...document,
      tasks: { '29-2072.00': JSON.stringify([[1, 'S', null, 0.5, 0.5, 1, [7, 0.5, 0]]]) },
    };
    expect(() => parseTasksSnapshot(unknownSignal, 'tasks/29.json')).toThrow(/names a signal or join/);
    // each occupation's tasks are a JSON text: a cut one, or a list where the text should be, is refused
    const cut = { ...document, tasks: { '29-2072.00': document.tasks['29-2072.00']!.slice(0, 40) } };
    expect(() => parseTasksSnapshot(cut, 'tasks/29.json')).toThrow(
      /tasks of 29-2072\.00 are not a JSON list/,
    );
    const notText = { ...document, tasks: { '29-2072.00': [[1, 'S', null, 0.5, 0.5, 1, []]] } };
    expect(() => parseTasksSnapshot(notText, 'tasks/29.json')).toThrow(/not a JSON list/);
  });

  it('are named by major group', () => {
    expect(taskFileOf('29')).toBe('tasks/29.json');
    expect(() => taskFileOf('2')).toThrow(/two digits/);
  });
});

describe('the source files', () => {
  it('refuse a source file without a whole link table', () => {
    const document = {
      format: 'airesilience-source',
      snapshotVersion: SNAPSHOT_VERSION,
      id: 'aioe',
      universe: { codes: ['11-1011'], values: [1] },
      linkTable: { occupationsKey: '1-0a1b2c3d', offsets: [0, 1], targets: [0] },
    };
    expect(parseSourceSnapshot(document, 'sources/aioe.json').linkTable.targets).toEqual([0]);
    for (const linkTable of [
      undefined,
      null,
      { offsets: [0, 1], targets: [0] },
      { occupationsKey: 'k', offsets: [0, 1] },
    ]) {
      expect(() => parseSourceSnapshot({ ...document, linkTable }, 'sources/aioe.json')).toThrow(
        'sources/aioe.json is damaged (no link table with an occupations key, offsets and targets): rebuild the snapshot',
      );
    }
    // a version-3 file (links by code) is an older snapshot, to rebuild
    const { linkTable: _table, ...older } = document;
    expect(() =>
      parseSourceSnapshot(
        { ...older, snapshotVersion: 3, links: { '11-1011': ['11-1011'] } },
        'sources/aioe.json',
      ),
    ).toThrow(/version 3, but this @airesilience\/data reads version 4/);
  });
});

/** The fixture with one source: two native codes, an occupation linked to both, one to none. */
function withSource(built: BuiltDataset): BuiltDataset {
  built.dataset.sources = {
    aioe: {
      descriptor: {
        id: 'aioe',
        label: 'AIOE',
        citation: 'Felten et al.',
        vintage: '2021',
        licence: 'CC BY 4.0',
        direction: 'higher-is-more-exposed',
        codeSystem: 'soc-2018',
        files: [{ path: 'aioe/aioe.csv', sha256: 'a'.repeat(64) }],
      },
      universe: { codes: ['11-1011', '29-2072'], values: [1.5, -0.5] },
      links: { '11-1011': ['11-1011'], '29-2072': ['29-2072'], '11-1011.03': ['11-1011', '29-2072'] },
    },
  };
  return built;
}

describe('the link tables', () => {
  it('are aligned with the occupations and give back the links', () => {
    const built = withSource(builtFixture());
    const { dataset, sources } = toSnapshot(built);
    const table = sources[0]!.document.linkTable;
    // occupations: 11-1011, 29-2072, 29-9099, 55-1011, 11-1011.00, 11-1011.03, 29-2072.00
    expect(table.offsets).toEqual([0, 1, 2, 2, 2, 2, 4, 4]);
    expect(table.targets).toEqual([0, 1, 0, 1]);
    expect(table.occupationsKey).toBe(dataset.occupationsKey);
    const loaded = datasetFromSnapshot(dataset, [sources[0]!.document]);
    expect(loaded.sources.aioe!.linkTable?.codes).toEqual(built.dataset.occupations.map((o) => o.code));
    expect(loaded.sources.aioe!.links).toEqual(built.dataset.sources.aioe!.links);
  });

  it('refuse a source file built for another list of occupations', () => {
    const { dataset } = toSnapshot(withSource(builtFixture()));
    const other = withSource(builtFixture());
    other.dataset.occupations = other.dataset.occupations.filter(
      (occupation) => occupation.code !== '55-1011',
    );
    const foreign = toSnapshot(other).sources[0]!.document;
    expect(foreign.linkTable.occupationsKey).not.toBe(dataset.occupationsKey);
    expect(() => datasetFromSnapshot(dataset, [foreign])).toThrow(
      /the source file of aioe was built for another list of occupations .*: rebuild the snapshot/,
    );
  });

  it('refuse to write links to an occupation the dataset does not have', () => {
    const built = withSource(builtFixture());
    built.dataset.sources.aioe!.links['47-2061'] = ['11-1011'];
    expect(() => toSnapshot(built)).toThrow(/aioe: links 47-2061, which is not an occupation of the dataset/);
  });
});

describe('writeSnapshot and loading it back', () => {
  it('writes the same bytes twice, and removes the files of an older snapshot', async () => {
    const first = await temporaryDirectory();
    const second = await temporaryDirectory();
    await writeFile(join(second, 'tasks.json'), '{"format":"airesilience-tasks","snapshotVersion":1}');
    await writeSnapshot(builtFixture(), second);
    await writeFile(join(second, SNAPSHOT_FILES.tasks, '47.json'), '{}');
    const written = await writeSnapshot(builtFixture(), second);
    await writeSnapshot(builtFixture(), first);
    expect(written.at(-1)?.path).toBe(join(second, SNAPSHOT_FILES.dataset));
    expect(existsSync(join(second, 'tasks.json'))).toBe(false);
    const names = (await readdir(join(second, SNAPSHOT_FILES.tasks))).sort();
    expect(names).toEqual(['11.json', '29.json', '55.json']);
    for (const name of [SNAPSHOT_FILES.dataset, ...names.map((file) => `${SNAPSHOT_FILES.tasks}/${file}`)]) {
      expect(await readFile(join(second, name), 'utf8')).toBe(await readFile(join(first, name), 'utf8'));
    }
    const dataset = JSON.parse(await readFile(join(first, SNAPSHOT_FILES.dataset), 'utf8'));
    expect(dataset.snapshotVersion).toBe(SNAPSHOT_VERSION);
  });

  it('writes ASCII files that read back to the same text (non-ASCII characters escaped)', async () => {
    const directory = await temporaryDirectory();
    const built = builtFixture();
    await writeSnapshot(built, directory);
    for (const name of [SNAPSHOT_FILES.dataset, taskFileOf('29')]) {
      const bytes = await readFile(join(directory, name));
      expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    }
    const dataset = await loadDataset({ snapshotDirectory: directory });
    expect(dataset.occupations[1]?.title).toBe('Medical records specialists – coders (Médicaux)');
    expect((await loadTasks(dataset))['29-2072.00']).toEqual(built.tasks['29-2072.00']);
  });

  it('loads the same dataset synchronously, and fails the same way', async () => {
    const directory = await temporaryDirectory();
    const built = withSource(builtFixture());
    await writeSnapshot(built, directory);
    const asynchronous = await loadDataset({ snapshotDirectory: directory });
    const synchronous = loadDatasetSync({ snapshotDirectory: directory });
    expect(JSON.stringify(synchronous)).toBe(JSON.stringify(asynchronous));
    expect(synchronous.sources.aioe!.links).toEqual(built.dataset.sources.aioe!.links);
    const failures: [string, RegExp][] = [];
    // a missing snapshot
    const missing = join(directory, 'nowhere');
    failures.push([missing, /the snapshot .*nowhere\/dataset\.json is missing: build it/]);
    // a source file that holds another source
    const swapped = await temporaryDirectory();
    await writeSnapshot(built, swapped);
    const aioe = join(swapped, SNAPSHOT_FILES.sources, 'aioe.json');
    await writeFile(aioe, (await readFile(aioe, 'utf8')).replace('"id":"aioe"', '"id":"other"'));
    failures.push([swapped, /aioe\.json holds the source other, not aioe: rebuild the snapshot/]);
    // a file that is not JSON
    const broken = await temporaryDirectory();
    await writeSnapshot(built, broken);
    await writeFile(join(broken, SNAPSHOT_FILES.dataset), '{"format":');
    failures.push([broken, /dataset\.json is not valid JSON: rebuild it/]);
    for (const [snapshotDirectory, message] of failures) {
      await expect(loadDataset({ snapshotDirectory })).rejects.toThrow(message);
      expect(() => loadDatasetSync({ snapshotDirectory })).toThrow(message);
    }
    expect(() => loadDatasetSync({ snapshotDirectory: directory, sources: ['nope'] })).toThrow(
      /the snapshot has no source "nope"; it has aioe/,
    );
  });

  it('loads every group, or only the groups asked for', async () => {
    const directory = await temporaryDirectory();
    await writeSnapshot(builtFixture(), directory);
    const dataset = await loadDataset({ snapshotDirectory: directory });
    expect(await loadTasks(dataset)).toEqual(builtFixture().tasks);
    expect(Object.keys(await loadTasks(dataset, { majorGroups: ['29'] }))).toEqual(['29-2072.00']);
  });

  it('getProfile reads only the groups the occupation needs, and gives what profileOf gives with every task', async () => {
    const directory = await temporaryDirectory();
    const built = builtFixture();
    await writeSnapshot(built, directory);
    // Removing group 55's file proves a profile in group 29 never reads it (each file is read once and
    // cached per path, so a fresh directory is used).
    await rm(join(directory, taskFileOf('55')));
    const dataset = await loadDataset({ snapshotDirectory: directory });
    for (const code of ['29-2072', '29-2072.00', '11-1011', '11-1011.03', '29-9099']) {
      expect(await getProfile(dataset, code)).toEqual(
        profileOf(dataset, code, {
          tasks: built.tasks,
          descriptions: built.descriptions,
          facts: built.facts,
        }),
      );
    }
    // The matrix aggregate 29-9099 takes the tasks of 11-1011.03, which lives in group 11's file.
    expect((await getProfile(dataset, '29-9099')).tasks.map((entry) => entry.taskId)).toEqual([9001]);
    // and 11-1011.03 takes the facts of 29-9099, from group 29's file, with its own description
    const filed = await getProfile(dataset, '11-1011.03');
    expect(filed.facts?.medianWage).toBe(61000);
    expect(filed.description).toBe('Plan sustainability.');
    expect((await getProfile(dataset, '29-2072')).facts?.medianWage).toBe(50250);
    expect(profileGroupsOf(dataset, '11-1011.03')).toEqual(['11', '29']);
    // the group files carry the descriptions and facts; dataset.json does not
    const main = JSON.parse(await readFile(join(directory, SNAPSHOT_FILES.dataset), 'utf8'));
    expect(main.facts).toBeUndefined();
    expect(main.descriptions).toBeUndefined();
    await expect(getProfile(dataset, '55-1011')).rejects.toMatchObject({ code: 'IO' });
    await expect(getProfile(dataset, '47-2061')).rejects.toMatchObject({ code: 'UNKNOWN_OCCUPATION' });
  });
});

describe.runIf(hasMirror)('buildSnapshot over a damaged mirror', () => {
  it('writes nothing and names the altered file, whether or not the build reads it', async () => {
    const mirror = await temporaryDirectory();
    const output = join(await temporaryDirectory(), 'snapshot');
    await cp(dataDir, mirror, { recursive: true });
    // Not read by the build: the build succeeds, and the check after it refuses to write.
    const unread = join(mirror, 'sml/SML_score.csv');
    await chmod(unread, 0o644);
    await appendFile(unread, '\n');
    await expect(buildSnapshot({ dataDir: mirror, snapshotDirectory: output })).rejects.toMatchObject({
      name: 'MirrorIntegrityError',
      path: 'sml/SML_score.csv',
    });
    expect(existsSync(output)).toBe(false);
    // Read by the build and cut mid-row: the parse error gives way to the mirror error naming the file.
    const read = join(mirror, 'anthropic/job_exposure.csv');
    await chmod(read, 0o644);
    const text = await readFile(read, 'utf8');
    await writeFile(read, text.slice(0, Math.floor(text.length / 2)));
    await expect(buildSnapshot({ dataDir: mirror, snapshotDirectory: output })).rejects.toMatchObject({
      name: 'MirrorIntegrityError',
      path: 'anthropic/job_exposure.csv',
    });
    expect(existsSync(output)).toBe(false);
  }, 300_000);
});
