import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { datasetFromSnapshot, profileOf } from './loaded-dataset.js';
import { parseDatasetSnapshot, parseTasksSnapshot, SNAPSHOT_FILES, taskFileOf } from './snapshot.js';

// Reads the snapshot `npm run build` writes into packages/data/snapshot (skipped when it is not built).
const directory = fileURLToPath(new URL('../../snapshot', import.meta.url));
const built =
  existsSync(join(directory, SNAPSHOT_FILES.dataset)) && existsSync(join(directory, taskFileOf('29')));

describe.runIf(built)('reading the embedded snapshot (text already in memory)', () => {
  const datasetText = built ? readFileSync(join(directory, SNAPSHOT_FILES.dataset), 'utf8') : '{}';
  const tasksText = built ? readFileSync(join(directory, taskFileOf('29')), 'utf8') : '{}';
  const dataset = built ? datasetFromSnapshot(parseDatasetSnapshot(JSON.parse(datasetText))) : null;
  const tasks = built ? parseTasksSnapshot(JSON.parse(tasksText)).tasks : {};

  bench('dataset.json: JSON.parse + parseDatasetSnapshot', () => {
    datasetFromSnapshot(parseDatasetSnapshot(JSON.parse(datasetText)));
  });
  bench('tasks/29.json: JSON.parse + parseTasksSnapshot (decode the tuples)', () => {
    parseTasksSnapshot(JSON.parse(tasksText));
  });
  bench('profileOf 29-2072 with its group of tasks', () => {
    if (dataset) profileOf(dataset, '29-2072', tasks);
  });
});
