// The JSON report, in a module of its own so that the command loads its schema (and zod) only for
// `report --format json`.
export { formatJson } from '@airesilience/report';
