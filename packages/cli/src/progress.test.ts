import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.js';
import { createProgress } from './progress.js';

function fakeIo(stderrIsTty: boolean): { io: CliIo; written: string[] } {
  const written: string[] = [];
  return {
    written,
    io: {
      stdout: () => {},
      stderr: (text) => written.push(text),
      stdoutIsTty: false,
      stderrIsTty,
      env: {},
      cwd: '/',
    },
  };
}

describe('createProgress', () => {
  it('redraws one bar on a terminal', () => {
    const { io, written } = fakeIo(true);
    const progress = createProgress(io, 'verifying');
    for (let done = 1; done <= 4; done++) progress.update(done, 4, `file-${done}`);
    progress.finish('all 4 files match');
    expect(written).toHaveLength(5);
    for (const text of written.slice(0, 4)) expect(text.startsWith('\r')).toBe(true);
    expect(written[3]).toContain('100%');
    expect(written[3]).toContain('█'.repeat(24));
    expect(written[4]!.endsWith('all 4 files match\n')).toBe(true);
  });

  it('writes plain lines, at most one per tenth, elsewhere', () => {
    const { io, written } = fakeIo(false);
    const progress = createProgress(io, 'verifying');
    for (let done = 1; done <= 100; done++) progress.update(done, 100, `file-${done}`);
    progress.finish('done');
    expect(written.join('')).not.toContain('\r');
    expect(written.length).toBeLessThanOrEqual(12);
    expect(written).toContain('verifying: 100/100 file-100\n');
    expect(written.at(-1)).toBe('done\n');
  });
});
