import { describe, expect, it } from 'vitest';
import { summariseFiles } from './data-command.js';

describe('summariseFiles', () => {
  it('lists top-level files and sums each sub-directory', () => {
    const lines = summariseFiles('/snapshot', [
      { path: '/snapshot/tasks/11.json', bytes: 2048 },
      { path: '/snapshot/tasks/13.json', bytes: 1024 },
      { path: '/snapshot/dataset.json', bytes: 1_536_000 },
    ]);
    expect(lines).toEqual(['tasks/ (2 files, 3 KiB)', 'dataset.json (1,500 KiB)']);
  });
});
