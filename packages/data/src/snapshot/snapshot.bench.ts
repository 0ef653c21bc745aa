import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { datasetFromSnapshot, profileOf } from './loaded-dataset.js';
import {
  parseDatasetSnapshot,
  parseSourceSnapshot,
  parseTasksSnapshot,
  SNAPSHOT_FILES,
  sourceFileOf,
  taskFileOf,
} from './snapshot.js';

// Reads the snapshot `npm run build` writes into packages/data/snapshot (skipped when it is not built).
const directory = fileURLToPath(new URL('../../snapshot', import.meta.url));
const built =
  existsSync(join(directory, SNAPSHOT_FILES.dataset)) && existsSync(join(directory, taskFileOf('29')));

describe.runIf(built)('reading the embedded snapshot (text already in memory)', () => {
  const datasetText = built ? readFileSync(join(directory, SNAPSHOT_FILES.dataset), 'utf8') : '{}';
  const tasksText = built ? readFileSync(join(directory, taskFileOf('29')), 'utf8') : '{}';
  const sourceTexts = built
    ? parseDatasetSnapshot(JSON.parse(datasetText)).sources.map((source) =>
        readFileSync(join(directory, sourceFileOf(source.id)), 'utf8'),
      )
    : [];
  const load = () =>
    datasetFromSnapshot(
      parseDatasetSnapshot(JSON.parse(datasetText)),
      sourceTexts.map((text) => parseSourceSnapshot(JSON.parse(text))),
    );
  const dataset = built ? load() : null;
  const details = built ? parseTasksSnapshot(JSON.parse(tasksText)) : undefined;

  bench('dataset.json and every source file: JSON.parse + parse…Snapshot', () => {
    load();
  });
  bench('tasks/29.json: JSON.parse + parseTasksSnapshot (decode the tuples)', () => {
    parseTasksSnapshot(JSON.parse(tasksText));
  });
  bench('profileOf 29-2072 with its group file', () => {
    if (dataset) profileOf(dataset, '29-2072', details);
  });
});
