#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { main } from './main.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// With --verbose the stack is printed: map it back to the TypeScript sources.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `airesilience rank | head` closes the pipe early: that is not an error.
  if (error.code === 'EPIPE') process.exit(0);
});

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { stdoutColumns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
  },
  version,
);
