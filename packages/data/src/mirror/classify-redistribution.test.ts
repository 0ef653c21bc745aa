import { readFile } from 'node:fs/promises';
import { hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { classifyRedistribution } from './classify-redistribution.js';
import { parseManifest } from './parse-manifest.js';

describe('classifyRedistribution', () => {
  it.each([
    ['CC BY 4.0', ['cc-by-4.0'], 'Yes, with attribution'],
    ['CC-BY 4.0 (per mirror’s data/SOURCES.md; HF dataset card)', ['cc-by-4.0'], 'Yes, with attribution'],
    ['MIT (LICENSE, Copyright 2024 OpenAI)', ['mit'], 'Yes, with attribution'],
    ['Public domain (U.S. Government work)', ['public-domain'], 'Yes'],
    [
      'MIT (repo LICENSE); underlying BLS/Census public domain, O*NET CC BY 4.0',
      ['cc-by-4.0', 'mit', 'public-domain'],
      'Yes, with attribution',
    ],
  ])('allows %j', (license, licences, verdict) => {
    const result = classifyRedistribution(license);
    expect(result).toMatchObject({ allowed: true, licences, verdict });
    expect(result.reason).toBeUndefined();
  });

  it('names the conditions of each permissive licence, and none for public domain alone', () => {
    expect(classifyRedistribution('CC BY 4.0').conditions).toMatch(/^Credit the publisher, link CC BY 4\.0/);
    expect(classifyRedistribution('MIT').conditions).toMatch(/^Keep the copyright and MIT licence notice/);
    expect(classifyRedistribution('Public domain').conditions).toMatch(/^No conditions/);
    expect(classifyRedistribution('MIT; underlying public domain').conditions).not.toMatch(/no conditions/i);
  });

  it.each([
    ['unstated', 'unstated'],
    ['unstated (no LICENSE file; README asks to cite Felten, Raj & Seamans 2021)', 'unstated'],
    ['none declared in repo (no LICENSE file); definitions derive from O*NET (CC BY 4.0)', 'unstated'],
    ['public domain (BLS/US government work); mirror repo license unstated', 'unstated'],
    ['unstated in mirror (no LICENSE); check HF SALT-NLP/WORKBank card before redistribution', 'unstated'],
    ['', 'unstated'],
    ['CC BY-NC 4.0', 'restricted'],
    ['CC BY-SA 4.0', 'restricted'],
    ['Creative Commons Attribution-NonCommercial', 'restricted'],
    ['Proprietary; all rights reserved', 'unrecognised'],
    ['CC BY 3.0', 'unrecognised'],
  ])('refuses %j (%s)', (license, reason) => {
    const result = classifyRedistribution(license);
    expect(result).toMatchObject({ allowed: false, licences: [], reason, verdict: 'No' });
    expect(result.conditions).toContain('the raw file is not shipped; get it from its origin');
  });
});

describe.runIf(hasMirror)('licences of the real mirror', () => {
  it('allows only files whose statement names a permissive licence and no unstated part', async () => {
    const entries = parseManifest(await readFile(mirrorPath('MANIFEST.tsv')));
    for (const entry of entries) {
      const result = classifyRedistribution(entry.license);
      if (/unstated|none declared/i.test(entry.license)) expect(result.allowed, entry.path).toBe(false);
      if (/^(CC[- ]BY 4\.0|Public domain|MIT)\b/i.test(entry.license) && !/unstated/i.test(entry.license))
        expect(result.allowed, entry.path).toBe(true);
    }
    const byPath = new Map(entries.map((entry) => [entry.path, classifyRedistribution(entry.license)]));
    expect(byPath.get('onet/30.3/task_statements.csv')?.allowed).toBe(true);
    expect(byPath.get('aioe/AIOE_DataAppendix.xlsx')?.allowed).toBe(false);
    expect(byPath.get('crosswalk/isco08_to_soc2010_crosswalk.xlsx')?.allowed).toBe(false);
  });
});
