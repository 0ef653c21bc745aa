// The commands that score from the embedded snapshot, in one module: the command line loads them in one go
// (a few files instead of one per command, which saves the module loader's per-file cost at start-up).
// The commands with heavy dependencies (data: the source adapters; methodology: the validator) stay apart.
export { compareCommand } from './commands/compare-command.js';
export { explainCommand } from './commands/explain-command.js';
export { exportCommand } from './commands/export-command.js';
export { rankCommand } from './commands/rank-command.js';
export { reportCommand } from './commands/report-command.js';
export { scoreCommand } from './commands/score-command.js';
export { sourcesCommand } from './commands/sources-command.js';
