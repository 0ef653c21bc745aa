// Inline SVG charts for formatHtml. Each chart is a role="img" SVG with an aria-label and a <title>
// stating its data in words; every number is also printed as text beside its mark, so no chart relies
// on colour alone. Every string from data goes through escapeHtml.
import type { DimensionLevel } from '@airesilience/core';
import { bandOf } from './agreement-dimension.js';
import { escapeHtml as h } from './escape-html.js';
import { formatPercent, formatPercentile } from './number-format.js';
import type { ReportView } from './report-view.js';

/** A colour-blind-safe diverging scale (ColorBrewer RdYlBu), least resilient first. */
const SCALE = ['#d73027', '#fc8d59', '#fee090', '#e0f3f8', '#91bfdb', '#4575b4'];
const SCALE_TEXT = ['#ffffff', '#1b1f24', '#1b1f24', '#1b1f24', '#1b1f24', '#ffffff'];

/** The fill and text colour of tier `index` of `count` tiers. */
export function tierColours(index: number, count: number): { fill: string; text: string } {
  const at = count <= 1 ? SCALE.length - 1 : Math.round((index * (SCALE.length - 1)) / (count - 1));
  const clamped = Math.min(Math.max(at, 0), SCALE.length - 1);
  return { fill: SCALE[clamped]!, text: SCALE_TEXT[clamped]! };
}

/** Colours for a dimension level or a percentile band: Low, Med, High. */
export const LEVEL_COLOURS: Record<DimensionLevel, string> = {
  Low: '#d73027',
  Med: '#f0b43c',
  High: '#4575b4',
};

function levelOfPercentile(value: number): DimensionLevel {
  const band = bandOf(value);
  return band === 'low' ? 'Low' : band === 'high' ? 'High' : 'Med';
}

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${h(label)}"><title>${h(label)}</title>${body}</svg>`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 3).map((item) => truncate(item, Math.max(maxChars, 4)));
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const round = (value: number) => Math.round(value * 10) / 10;

/** The score against the tier bands, with the median of all scored occupations marked. */
export function scoreGauge(view: ReportView): string {
  const width = 760;
  const left = 20;
  const right = 740;
  const barY = 46;
  const barHeight = 28;
  const x = (percent: number) => round(left + ((right - left) * clamp(percent, 0, 100)) / 100);
  const parts: string[] = [];
  const count = view.tiers.length;
  let maxLines = 1;
  view.tiers.forEach((band, index) => {
    const colours = tierColours(index, count);
    const x0 = x(band.from);
    const x1 = x(band.to);
    const current = index === view.tierIndex;
    parts.push(
      `<rect x="${x0}" y="${barY}" width="${round(x1 - x0)}" height="${barHeight}" fill="${colours.fill}"${current ? ' stroke="#111" stroke-width="2"' : ''}/>`,
    );
    const lines = wrapWords(band.name, Math.max(4, Math.floor((x1 - x0) / 6.4)));
    maxLines = Math.max(maxLines, lines.length);
    const tspans = lines
      .map(
        (line, lineIndex) =>
          `<tspan x="${round((x0 + x1) / 2)}" dy="${lineIndex === 0 ? 0 : 13}">${h(line)}</tspan>`,
      )
      .join('');
    parts.push(
      `<text x="${round((x0 + x1) / 2)}" y="${barY + barHeight + 32}" text-anchor="middle" font-size="11"${current ? ' font-weight="700"' : ''} fill="#1b1f24">${tspans}</text>`,
    );
  });
  const cuts = [...new Set(view.tiers.flatMap((band) => [band.from, band.to]))];
  for (const cut of cuts) {
    parts.push(
      `<text x="${x(cut)}" y="${barY + barHeight + 14}" text-anchor="middle" font-size="10" fill="#57606a">${h(String(cut))}</text>`,
    );
  }
  const median = view.medianScore * 100;
  const xm = x(median);
  parts.push(
    `<line x1="${xm}" y1="${barY - 8}" x2="${xm}" y2="${barY + barHeight + 4}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<text x="${clamp(xm, left + 70, right - 70)}" y="${barY - 12}" text-anchor="middle" font-size="11" fill="#1b1f24">Median ${h(formatPercent(view.medianScore))}</text>`,
  );
  const xs = x(view.scorePercent);
  parts.push(
    `<line x1="${xs}" y1="${barY - 2}" x2="${xs}" y2="${barY + barHeight + 2}" stroke="#111" stroke-width="3"/>`,
    `<path d="M${round(xs - 7)} ${barY - 10} L${round(xs + 7)} ${barY - 10} L${xs} ${barY - 1} Z" fill="#111"/>`,
    `<text x="${clamp(xs, left + 90, right - 90)}" y="${barY - 28}" text-anchor="middle" font-size="14" font-weight="700" fill="#111">${h(view.scoreText)} · ${h(truncate(view.tierName, 40))}</text>`,
  );
  const height = barY + barHeight + 32 + 13 * (maxLines - 1) + 10;
  const label =
    `Score gauge: ${view.scoreText}, tier ${view.tierName}, on a 0 to 100 scale split into ${count} tiers (` +
    view.tiers.map((band) => `${band.name} ${band.from}–${band.to}`).join('; ') +
    `). The median of all scored occupations is ${formatPercent(view.medianScore)}.`;
  return svg(width, height, label, parts.join(''));
}

/** One bar per dimension on 0–100 with the level cuts (40, 70) marked. */
export function dimensionBars(view: ReportView): string {
  const width = 760;
  const labelWidth = 250;
  const x0 = labelWidth;
  const x1 = 600;
  const rowHeight = 34;
  const top = 22;
  const x = (percent: number) => round(x0 + ((x1 - x0) * clamp(percent, 0, 100)) / 100);
  const parts: string[] = [];
  for (const tick of [0, 40, 70, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="12" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="16" x2="${x(tick)}" y2="${top + rowHeight * view.dimensions.length}" stroke="#8c959f" stroke-width="1"${tick === 40 || tick === 70 ? ' stroke-dasharray="3 3"' : ''}/>`,
    );
  }
  view.dimensions.forEach((dimension, index) => {
    const y = top + index * rowHeight;
    parts.push(
      `<text x="0" y="${y + 21}" font-size="13" fill="#1b1f24">${h(truncate(dimension.label, 32))}</text>`,
      `<rect x="${x0}" y="${y + 7}" width="${x1 - x0}" height="20" fill="#eef1f4"/>`,
    );
    if (dimension.score === null || dimension.level === null) {
      parts.push(
        `<text x="${x0 + 8}" y="${y + 21}" font-size="12" font-style="italic" fill="#57606a">no data</text>`,
      );
    } else {
      parts.push(
        `<rect x="${x0}" y="${y + 7}" width="${round(x(dimension.score * 100) - x0)}" height="20" fill="${LEVEL_COLOURS[dimension.level]}"/>`,
        `<text x="${x1 + 10}" y="${y + 21}" font-size="13" fill="#1b1f24"><tspan font-weight="700">${h(dimension.scoreText)}</tspan> · ${h(dimension.levelText)}</text>`,
      );
    }
  });
  const label = `Dimension scores on 0 to 100, level cuts at 40 and 70: ${view.dimensions
    .map(
      (dimension) =>
        `${dimension.label} ${dimension.scoreText}${dimension.level ? ` (${dimension.level})` : ''}`,
    )
    .join('; ')}.`;
  return svg(width, top + rowHeight * view.dimensions.length + 6, label, parts.join(''));
}

/** One dot per source at its percentile (0–100, higher = more resilient), grouped by dimension. */
export function sourceDots(view: ReportView): string {
  const width = 760;
  const x0 = 310;
  const x1 = 700;
  const rowHeight = 24;
  const x = (percent: number) => round(x0 + ((x1 - x0) * clamp(percent, 0, 100)) / 100);
  const rows = view.dimensions.flatMap((dimension) => [
    { kind: 'dimension' as const, text: dimension.label, source: null },
    ...dimension.sources.map((source) => ({ kind: 'source' as const, text: source.label, source })),
  ]);
  const top = 22;
  const bottom = top + rows.length * rowHeight;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="12" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="16" x2="${x(tick)}" y2="${bottom}" stroke="#d0d7de" stroke-width="1"/>`,
    );
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    if (row.kind === 'dimension') {
      parts.push(
        `<text x="0" y="${y + 16}" font-size="12" font-weight="700" fill="#1b1f24">${h(truncate(row.text, 44))}</text>`,
      );
      return;
    }
    parts.push(
      `<text x="12" y="${y + 16}" font-size="12" fill="#1b1f24">${h(truncate(row.text, 42))}</text>`,
      `<line x1="${x0}" y1="${y + 12}" x2="${x1}" y2="${y + 12}" stroke="#eef1f4" stroke-width="6"/>`,
    );
    const percentile = row.source.percentile;
    if (percentile === null) {
      parts.push(
        `<text x="${x0 + 6}" y="${y + 16}" font-size="11" font-style="italic" fill="#57606a">no data</text>`,
      );
    } else {
      const cx = x(percentile * 100);
      const valueX = percentile > 0.85 ? cx - 10 : cx + 10;
      parts.push(
        `<circle cx="${cx}" cy="${y + 12}" r="6.5" fill="${LEVEL_COLOURS[levelOfPercentile(percentile)]}" stroke="#1b1f24" stroke-width="1"/>`,
        `<text x="${valueX}" y="${y + 16}" font-size="11" text-anchor="${percentile > 0.85 ? 'end' : 'start'}" fill="#1b1f24">${h(formatPercentile(percentile))}</text>`,
      );
    }
  });
  const label = `Source percentiles on 0 to 100, higher = more resilient: ${view.dimensions
    .flatMap((dimension) =>
      dimension.sources.map(
        (source) => `${source.label} ${source.missing ? 'no data' : source.percentileText}`,
      ),
    )
    .join('; ')}.`;
  return svg(width, bottom + 6, label, parts.join(''));
}

/** One bar per task with its resilience percent, most resilient first, numbered as in the task table. */
export function taskBars(view: ReportView): string {
  const width = 760;
  const x0 = 44;
  const x1 = 660;
  const rowHeight = 18;
  const top = 20;
  const x = (percent: number) => round(x0 + ((x1 - x0) * clamp(percent, 0, 100)) / 100);
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="11" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="14" x2="${x(tick)}" y2="${top + rowHeight * view.tasks.length}" stroke="#d0d7de" stroke-width="1"/>`,
    );
  }
  view.tasks.forEach((task, index) => {
    const y = top + index * rowHeight;
    parts.push(
      `<text x="${x0 - 8}" y="${y + 13}" text-anchor="end" font-size="11" fill="#1b1f24">#${task.rank}</text>`,
    );
    if (task.resilience === null) {
      parts.push(
        `<text x="${x0 + 4}" y="${y + 13}" font-size="11" font-style="italic" fill="#57606a">no value</text>`,
      );
    } else {
      const end = x(task.resilience * 100);
      parts.push(
        `<rect x="${x0}" y="${y + 3}" width="${round(end - x0)}" height="12" fill="${LEVEL_COLOURS[levelOfPercentile(task.resilience)]}"/>`,
        `<text x="${end + 6}" y="${y + 13}" font-size="11" fill="#1b1f24">${h(task.resilienceText)}</text>`,
      );
    }
  });
  const values = view.tasks.map((task) => `#${task.rank} ${task.resilienceText}`).join('; ');
  const label = `Resilience of ${view.tasks.length} tasks on 0 to 100, most resilient first: ${values}.`;
  return svg(width, top + rowHeight * view.tasks.length + 6, label, parts.join(''));
}
