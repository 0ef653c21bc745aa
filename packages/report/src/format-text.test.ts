import { describeFormatter, withNullsInside } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { medicalRecordsSpecialists } from './__fixtures__/medical-records-specialists.js';
import { formatText } from './format-text.js';
import { ReportInputError } from './report-input-error.js';
import { toTerminalText } from './terminal-text.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describeFormatter({
  name: 'formatText',
  format: (input) => formatText(input),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    // No escape sequence or control character from data reaches the terminal.
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(output.split('\n')[0]).toBe(toTerminalText(hostile));
  },
});

describeFormatter({
  name: 'formatText with colour',
  format: (input) => formatText(input, { color: true }),
  fixture: medicalRecordsSpecialists,
  assertSafe: (output, hostile) => {
    const plain = output.replace(ANSI, '');
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(plain.split('\n')[0]).toBe(toTerminalText(hostile));
  },
});

describe('formatText', () => {
  const text = formatText(medicalRecordsSpecialists());

  it('has no colour by default, and colour that changes nothing but colour when asked', () => {
    expect(text).not.toContain('\u001b');
    const coloured = formatText(medicalRecordsSpecialists(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[1m\u001b[33mSomewhat Resilient\u001b[0m');
    expect(coloured).toContain('\u001b[31mLow');
    expect(coloured.replace(ANSI, '')).toBe(text);
  });

  it('shows the headline with a bar that marks the median', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Medical Records Specialists', 'SOC 29-2072']);
    expect(lines[3]).toBe('AI resilience score  41.4 %  Somewhat Resilient (tier 3 of 6, lowest first)');
    const bar = lines[4]!;
    expect(bar.indexOf('│')).toBe(1 + 25);
    expect(bar.match(/█/g)).toHaveLength(21);
    expect(text).toContain('The median of the 832 scored occupations is 50.9 %');
  });

  it('aligns the dimension table', () => {
    const lines = text.split('\n');
    const rows = lines.slice(lines.indexOf('Dimensions') + 2, lines.indexOf('Dimensions') + 6);
    expect(rows[0]).toMatch(/^Dimension +Weight +Score +Level +Contribution$/);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows[1]).toMatch(/^Meaningful Human Contribution +40 % +11\.3 % +Low +4\.5 pts$/);
  });

  it('shows every source with raw value, meaning, percentile and contribution', () => {
    expect(text).toMatch(
      /\n {2}Anthropic observed exposure\n +0\.6674 +25 % +0\.4 +0\.04 pts\n {4}Share of the occupation's tasks/,
    );
    expect(text).toMatch(/\n {2}Adaptive capacity\n +no data +33→0 % +— +—\n/);
    expect(text).toMatch(/\n {2}Wage bill change\n +\+36\.3 % +67→100 % +44\.1 +13\.23 pts\n/);
  });

  it('puts each source on one line when the width allows', () => {
    const wide = formatText(medicalRecordsSpecialists(), { width: 160 });
    expect(wide).toMatch(/\n {2}Anthropic observed exposure +0\.6674 +25 % +0\.4 +0\.04 pts\n/);
  });

  it('wraps prose at the width', () => {
    for (const width of [60, 80, 100]) {
      const output = formatText(medicalRecordsSpecialists(), { width });
      const prose = output.split('\n').filter((line) => !line.includes('█') && !/ {2,}\S/.test(line.trim()));
      for (const line of prose) expect(line.length, line).toBeLessThanOrEqual(width);
    }
    expect(() => formatText(medicalRecordsSpecialists(), { width: 20 })).toThrow(ReportInputError);
  });

  it('shows confidence, uncertainty, facts, tasks and citations', () => {
    for (const part of [
      'Confidence: High',
      'High confidence: six of seven sources had data',
      'Leave-one-out range: 39.6 % – 42.6 %',
      'Median annual wage (2024)                $50,250',
      'Typical education for entry              Postsecondary nondegree award',
      ' 1.  83.3 %  unrated  Train clinicians and staff on documentation and coding',
      '17.  28.8 %  unrated  Transcribe dictated notes into patient records.',
      ' 7. O*NET 30.3, 30.3.',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('prints a top-coded wage and a task without a value', () => {
    const output = formatText(withNullsInside(medicalRecordsSpecialists()));
    expect(output).toContain('Median annual wage (2024)                ≥ $239,200');
    expect(output).toMatch(/\n17\. +— +unrated {6}/);
    expect(output).toMatch(/\n 1\. +[\d.]+ % +Core {9}/);
  });
});
