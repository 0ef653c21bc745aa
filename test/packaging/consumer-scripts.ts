/**
 * The programs a user of the published packages would write, run in the scratch project (and, for the
 * expected values, against the workspace build). Each prints one JSON line.
 */

/** The occupation every packaging check scores: Medical Records Specialists. */
export const OCCUPATION = '29-2072';

/** What the consumer programs print. */
export interface ConsumerOutput {
  /** The module file each package resolved to. */
  resolved: Record<string, string>;
  /** The snapshot directory `@airesilience/data` reads. */
  snapshotDirectory: string;
  /** The occupation's title, from the profile. */
  title: string;
  /** The score in [0, 1]. */
  score: number;
  /** The score as a rounded percentage. */
  scorePercent: number;
  /** The tier's name. */
  tier: string;
  /** The confidence level. */
  confidence: string;
  /** How many O*NET tasks the profile has. */
  tasks: number;
  /** The Markdown report. */
  markdown: string;
  /** The HTML report's length and sha256. */
  html: { length: number; sha256: string; start: string };
  /** `process.features.require_module` in the consumer's Node.js. */
  requireModule: boolean;
}

const BODY = `
const dataset = await data.loadDataset();
const result = core.scoreOccupation(dataset, '${OCCUPATION}');
const profile = await data.getProfile(dataset, '${OCCUPATION}');
const markdown = report.formatMarkdown({ result, profile });
const html = report.formatHtml({ result, profile });
console.log(JSON.stringify({
  resolved,
  snapshotDirectory: data.defaultSnapshotDirectory(),
  title: profile.title,
  score: result.score,
  scorePercent: result.scorePercent,
  tier: result.tier.name,
  confidence: result.confidence.level,
  tasks: profile.tasks.length,
  markdown,
  html: { length: html.length, sha256: createHash('sha256').update(html).digest('hex'), start: html.slice(0, 200) },
  requireModule: process.features.require_module === true,
}));
`;

/** An ES module that imports the packages. */
export const ESM_CONSUMER = `import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as core from '@airesilience/core';
import * as data from '@airesilience/data';
import * as report from '@airesilience/report';

const resolved = Object.fromEntries(
  ['@airesilience/core', '@airesilience/data', '@airesilience/report'].map((name) => [name, fileURLToPath(import.meta.resolve(name))]),
);
${BODY}`;

/** A CommonJS script that require()s the packages (Node.js >= 20.19 loads ES modules with require()). */
export const CJS_CONSUMER = `'use strict';
const { createHash } = require('node:crypto');
const core = require('@airesilience/core');
const data = require('@airesilience/data');
const report = require('@airesilience/report');

const resolved = Object.fromEntries(
  ['@airesilience/core', '@airesilience/data', '@airesilience/report'].map((name) => [name, require.resolve(name)]),
);
(async () => {
${BODY}
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
