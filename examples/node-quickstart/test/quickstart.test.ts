import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { scoreOccupation } from '@airesilience/core';
import { loadDataset } from '@airesilience/data';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const exampleDirectory = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** Runs the example as a user would (`npm start`), against the built packages. */
async function start(...args: string[]): Promise<string> {
  const { stdout } = await run(tsx, ['src/index.ts', ...args], {
    cwd: exampleDirectory,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return stdout;
}

describe('examples/node-quickstart', () => {
  it('prints the report of Medical Records Specialists with its score and tier', async () => {
    const output = await start();
    const lines = output.split('\n');
    expect(lines[0]).toBe('Medical records specialists');
    expect(lines[1]).toBe('SOC 29-2072');
    expect(output).toMatch(/AI resilience score {2}41\.4 % {2}Somewhat Resilient/);
    expect(output).toContain('Dimensions');
    expect(output).toContain('Confidence: ');
    expect(output).toContain('Tasks (17), most resilient first');
  });

  it('prints the same score the library computes, for another code given on the command line', async () => {
    const output = await start('15-1252');
    const result = scoreOccupation(await loadDataset(), '15-1252');
    expect(output.split('\n')[0]).toBe(result.title);
    expect(output).toContain(`AI resilience score  ${result.scorePercent.toFixed(1)} %  ${result.tier.name}`);
  });

  it('fails with a non-zero exit code for a code that is not in the dataset', async () => {
    await expect(start('99-9999')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('99-9999'),
    });
  });
});
