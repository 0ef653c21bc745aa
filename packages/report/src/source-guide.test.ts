import { KNOWN_SOURCE_IDS, SOURCE_IDS } from '@airesilience/core';
import { describe, expect, it } from 'vitest';
import {
  explainSource,
  findSourceGuide,
  formatSourceRaw,
  SOURCE_GUIDES,
  sourceShortName,
} from './source-guide.js';

describe('source guides', () => {
  it('has its own guide for every source id core knows', () => {
    for (const id of KNOWN_SOURCE_IDS) expect(findSourceGuide(id)?.id, id).toBe(id);
    expect(new Set(SOURCE_GUIDES.map((guide) => guide.id)).size).toBe(SOURCE_GUIDES.length);
  });

  it('explains each source in one line that says which way is better', () => {
    for (const guide of SOURCE_GUIDES) {
      expect(guide.explanation).not.toContain('\n');
      expect(guide.explanation).toMatch(/; higher = more (exposed|resilient)\.$/);
    }
    expect(
      explainSource({
        sourceId: SOURCE_IDS.anthropicObservedExposure,
        label: 'x',
        direction: 'higher-is-more-exposed',
      }),
    ).toBe(
      "Share of the occupation's tasks seen performed in Claude usage (Anthropic Economic Index, 0–1); higher = more exposed.",
    );
  });

  it('falls back to the label and direction for an unknown source', () => {
    expect(findSourceGuide('my-own-index')).toBeNull();
    expect(
      explainSource({ sourceId: 'my-own-index', label: 'My index', direction: 'higher-is-more-resilient' }),
    ).toBe('My index, as published; higher = more resilient.');
    expect(sourceShortName({ sourceId: 'my-own-index', label: 'My index' })).toBe('My index');
    expect(formatSourceRaw({ sourceId: 'my-own-index', raw: 12.345678 })).toBe('12.3457');
  });

  it('prints raw values with their units', () => {
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.anthropicObservedExposure, raw: 0.6674 })).toBe('0.6674');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.willRobotsTakeMyJob, raw: 91 })).toBe('91 %');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.blsAnnualOpenings, raw: 308.7 })).toBe('308,700 a year');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.blsEmploymentChange, raw: -3.4 })).toBe('-3.4 %');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.blsEmploymentChange, raw: 0 })).toBe('0.0 %');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.wageBill, raw: 1.3035588 })).toBe('+130.4 %');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.adaptiveCapacity, raw: 61.81 })).toBe('61.8 of 100');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.aioe, raw: -1.23456 })).toBe('-1.235');
    expect(formatSourceRaw({ sourceId: SOURCE_IDS.wageBill, raw: null })).toBe('no data');
  });
});
