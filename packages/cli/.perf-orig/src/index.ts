export type { CliIo } from './cli-io.js';
export { CliUsageError } from './cli-usage-error.js';
export { EXIT, exitCodeFor } from './exit-code.js';
export { formatError, main } from './main.js';
export { requireOccupationCode, suggestTitles, type TitleMatch } from './resolve-occupation.js';
