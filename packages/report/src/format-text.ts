import type { DimensionLevel } from '@airesilience/core';
import type { ReportInput, ReportOptions } from './report-input.js';
import { ReportInputError } from './report-input-error.js';
import { buildReportView } from './report-view.js';
import { toTerminalText as clean } from './terminal-text.js';

/** Options of {@link formatText}. */
export interface TextOptions extends ReportOptions {
  /** Colour with ANSI escape codes (default `false`; the CLI turns it on for a TTY without NO_COLOR). */
  color?: boolean;
  /** The line width to wrap prose at, 40–400 (default 80). */
  width?: number;
}

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
  cyan: '\u001b[36m',
  reset: '\u001b[0m',
} as const;

type Style = keyof Omit<typeof ANSI, 'reset'>;

function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

function padCells(rows: string[][], align: ('l' | 'r')[]): string[][] {
  const widths = align.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length)));
  return rows.map((row) =>
    row.map((cell, index) =>
      align[index] === 'r' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0),
    ),
  );
}

function columns(rows: string[][], align: ('l' | 'r')[]): string[] {
  return padCells(rows, align).map((cells) => cells.join('  ').trimEnd());
}

/**
 * Formats a report as aligned plain text for a terminal: the headline with a score bar (the median
 * marked), the dimensions, every source with its raw value, meaning, percentile and contribution, the
 * confidence with its reason, the uncertainty, the BLS facts, the description and tasks, and the
 * methodology with every source's citation. Prose is wrapped at `width`. Control characters and escape
 * sequences in data are removed; colour is added only when `color` is true.
 *
 * @param input - the result and profile.
 * @param options - colour, width and tier bands.
 * @returns the text, ending with a line break.
 * @throws {@link ReportInputError} for a width outside 40–400 or invalid tiers in `options.methodology`.
 * @example
 * ```ts
 * formatText({ result, profile }).split('\n')[0]; // 'Medical Records Specialists'
 * formatText({ result, profile }, { color: true }).includes('\u001b['); // true
 * ```
 */
export function formatText(input: ReportInput, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  if (!Number.isInteger(width) || width < 40 || width > 400) {
    throw new ReportInputError(
      'formatText',
      'options.width',
      `must be an integer from 40 to 400, got ${width}`,
    );
  }
  const paint = (text: string, ...styles: Style[]) =>
    options.color && styles.length > 0 && text !== ''
      ? `${styles.map((style) => ANSI[style]).join('')}${text}${ANSI.reset}`
      : text;
  const view = buildReportView(input, options);
  const lines: string[] = [];
  const heading = (text: string) =>
    lines.push('', paint(text, 'bold', 'cyan'), paint('─'.repeat(text.length), 'cyan'));
  const prose = (text: string, indent = '') => lines.push(...wrap(clean(text), width, indent));
  const tierStyle: Style = view.tierIndex <= 1 ? 'red' : view.tierIndex <= 3 ? 'yellow' : 'green';
  const levelStyle = (level: DimensionLevel | null): Style[] =>
    level === 'Low' ? ['red'] : level === 'Med' ? ['yellow'] : level === 'High' ? ['green'] : [];

  lines.push(paint(clean(view.title), 'bold'), `SOC ${clean(view.code)}`, '');
  lines.push(
    `AI resilience score  ${paint(view.scoreText, 'bold')}  ${paint(clean(view.tierName), 'bold', tierStyle)}` +
      ` (tier ${view.tierIndex + 1} of ${view.tiers.length}, lowest first)`,
  );
  const barWidth = Math.min(50, width - 20);
  const filled = Math.round(Math.min(Math.max(view.scorePercent, 0), 100) * (barWidth / 100));
  const medianAt = Math.min(barWidth - 1, Math.round(Math.min(Math.max(view.medianScore, 0), 1) * barWidth));
  const bar = Array.from({ length: barWidth }, (_, index) =>
    index === medianAt ? '│' : index < filled ? '█' : '░',
  ).join('');
  lines.push(`[${paint(bar.slice(0, filled), tierStyle)}${bar.slice(filled)}]  │ = median`);
  prose(`Tiers: ${view.tiers.map((band) => `${band.name} ${band.from}–${band.to}`).join(', ')}`);
  lines.push('');
  if (view.comparisonSentence) prose(view.comparisonSentence);
  prose(view.medianText);

  heading('Dimensions');
  const dimensionCells = padCells(
    [
      ['Dimension', 'Weight', 'Score', 'Level', 'Contribution'],
      ...view.dimensions.map((dimension) => [
        clean(dimension.label),
        clean(dimension.weightText),
        dimension.scoreText,
        dimension.levelText,
        dimension.contributionText,
      ]),
    ],
    ['l', 'r', 'r', 'l', 'r'],
  );
  dimensionCells.forEach((cells, index) => {
    const level = index === 0 ? null : (view.dimensions[index - 1]?.level ?? null);
    const painted = cells.map((cell, column) =>
      index === 0 ? paint(cell, 'bold') : column === 3 ? paint(cell, ...levelStyle(level)) : cell,
    );
    lines.push(painted.join('  ').trimEnd());
  });

  heading('Sources');
  const sourceHeader = ['Source', 'Raw value', 'Weight', 'Percentile', 'Contribution'];
  const sourceData = view.dimensions.flatMap((dimension) =>
    dimension.sources.map((source) => [
      `  ${clean(source.label)}`,
      clean(source.rawText),
      clean(source.weightShortText),
      source.percentileText,
      source.contributionText,
    ]),
  );
  const sourceAlign: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r'];
  let sourceCells = padCells([sourceHeader, ...sourceData], sourceAlign);
  // Too wide for one line each: the label goes on its own line, the numbers aligned beneath it.
  const twoLine = (sourceCells[0]?.join('  ').length ?? 0) > width;
  if (twoLine) {
    sourceCells = padCells([sourceHeader, ...sourceData.map((row) => ['', ...row.slice(1)])], sourceAlign);
  }
  lines.push(
    (sourceCells[0] ?? [])
      .map((cell) => paint(cell, 'bold'))
      .join('  ')
      .trimEnd(),
  );
  let rowIndex = 1;
  for (const dimension of view.dimensions) {
    lines.push(paint(clean(dimension.label), 'bold'));
    for (const source of dimension.sources) {
      if (twoLine) lines.push(...wrap(clean(source.label), width, '    ', '  '));
      lines.push((sourceCells[rowIndex] ?? []).join('  ').trimEnd());
      rowIndex += 1;
      lines.push(...wrap(clean(source.explanation), width, '    ').map((line) => paint(line, 'dim')));
    }
  }
  lines.push(
    ...wrap(
      'Percentile: 0–100 within the source, higher = more resilient. Contribution: points of the score.',
      width,
    ).map((line) => paint(line, 'dim')),
  );

  heading(`Confidence: ${view.confidence.level}`);
  prose(view.confidence.reason);
  lines.push('');
  prose(view.confidence.drivers);

  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    heading('Uncertainty');
    lines.push(
      ...wrap(clean(`Leave-one-out range: ${uncertainty.leaveOneOutText}`), width, '  '),
      ...wrap(clean(`Monte Carlo 5th–95th percentile: ${uncertainty.monteCarloText}`), width, '  '),
      ...wrap(clean(`Tier stable: ${uncertainty.tierStableText}`), width, '  '),
    );
    if (uncertainty.leaveOneOut.length > 0) {
      lines.push(
        ...columns(
          uncertainty.leaveOneOut.map((item) => [`  ${clean(item.label)}`, item.scoreText, clean(item.tier)]),
          ['l', 'r', 'l'],
        ),
      );
    }
  }

  heading('Employment facts (BLS)');
  if (view.facts) {
    lines.push(
      ...columns(
        view.facts.rows.map((row) => [clean(row.label), clean(row.value)]),
        ['l', 'l'],
      ),
    );
    lines.push('');
    prose(`Source: ${view.facts.citation}`);
  } else {
    prose('This occupation is not in the BLS Employment Projections matrix: no facts.');
  }

  heading('What the work involves');
  prose(view.description ?? 'O*NET gives no description for this occupation.');
  lines.push('', paint(`Tasks (${view.tasks.length}), most resilient first`, 'bold'));
  if (view.tasks.length === 0) prose('O*NET lists no tasks for this occupation.');
  const rankWidth = String(view.tasks.length).length;
  const typeWidth = Math.max(0, ...view.tasks.map((task) => clean(task.typeText).length));
  for (const task of view.tasks) {
    const prefix = `${String(task.rank).padStart(rankWidth)}. ${task.resilienceText.padStart(7)}  ${clean(task.typeText).padEnd(typeWidth)}  `;
    lines.push(...wrap(clean(task.statement), width, ' '.repeat(prefix.length), prefix));
  }

  heading('Methodology and sources');
  prose(view.methodology.summary);
  view.citations.forEach((citation, index) => {
    const prefix = `${String(index + 1).padStart(2)}. `;
    lines.push(
      ...wrap(
        clean(
          `${citation.labelWithProxy}, ${citation.vintage}. ${citation.citation} Licence: ${citation.licence}.`,
        ),
        width,
        ' '.repeat(prefix.length),
        prefix,
      ),
    );
  });
  if (view.citations.length === 0) prose('No sources are recorded in this result.');
  return `${lines.join('\n')}\n`;
}
