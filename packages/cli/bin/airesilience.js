#!/usr/bin/env node
// The `airesilience` command. A committed launcher rather than dist/bin.js itself: npm links a
// workspace's bin only if the file exists at install time, and dist/ is built after `npm ci`.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('airesilience: the command is not built yet: run `npm run build` first\n');
    process.exit(3);
  }
  throw error;
}
