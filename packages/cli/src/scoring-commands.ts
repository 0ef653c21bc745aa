// The commands that read the embedded snapshot, and the context they run in, in one module: the command line
// loads them in one go (a few files instead of one per command, which saves the module loader's per-file cost
// at start-up). What has heavy dependencies stays apart, loaded when used: the data command (the source
// adapters), a methodology file (the validator, zod) and the JSON report (its schema, zod).
export { compareCommand } from './commands/compare-command.js';
export { explainCommand } from './commands/explain-command.js';
export { exportCommand } from './commands/export-command.js';
export { methodologyCommand } from './commands/methodology-command.js';
export { rankCommand } from './commands/rank-command.js';
export { reportCommand } from './commands/report-command.js';
export { scoreCommand } from './commands/score-command.js';
export { sourcesCommand } from './commands/sources-command.js';
export { createContext } from './context.js';
