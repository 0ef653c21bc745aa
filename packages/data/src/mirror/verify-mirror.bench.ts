import { dataDir, hasMirror } from '@airesilience/test-utils';
import { bench, describe } from 'vitest';
import { verifyMirror } from './verify-mirror.js';

describe.runIf(hasMirror)('verifyMirror over the real mirror (sha256 of every file)', () => {
  bench('concurrency 1', async () => {
    await verifyMirror(dataDir, { concurrency: 1 });
  });
  bench('concurrency 4 (default)', async () => {
    await verifyMirror(dataDir);
  });
});
