// Hand-built SVG charts and HTML tables for the notebook: plain strings, no plotting library, no network.

const palette = ['#1b6ca8', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f'];

/** Escapes text for HTML and SVG. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const round = (value: number) => Math.round(value * 10) / 10;

function frame(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif" font-size="11"><title>${escapeXml(title)}</title><rect width="${width}" height="${height}" fill="#fff"/><text x="${width / 2}" y="16" text-anchor="middle" font-size="13" font-weight="600">${escapeXml(title)}</text>${body}</svg>`;
}

/** A plot area: maps data coordinates to pixels. */
interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
  x: (value: number) => number;
  y: (value: number) => number;
}

function area(
  width: number,
  height: number,
  xDomain: [number, number],
  yDomain: [number, number],
  invertY = false,
): Area {
  const left = 52;
  const top = 28;
  const plotWidth = width - left - 16;
  const plotHeight = height - top - 44;
  const x = (value: number) => left + ((value - xDomain[0]) / (xDomain[1] - xDomain[0])) * plotWidth;
  const share = (value: number) => (value - yDomain[0]) / (yDomain[1] - yDomain[0]);
  const y = (value: number) => top + (invertY ? share(value) : 1 - share(value)) * plotHeight;
  return { left, top, width: plotWidth, height: plotHeight, x, y };
}

function axes(plot: Area, xTicks: number[], yTicks: number[], xLabel: string, yLabel: string): string {
  const bottom = plot.top + plot.height;
  const xs = xTicks
    .map(
      (tick) =>
        `<line x1="${round(plot.x(tick))}" y1="${bottom}" x2="${round(plot.x(tick))}" y2="${bottom + 4}" stroke="#555"/><text x="${round(plot.x(tick))}" y="${bottom + 15}" text-anchor="middle">${tick}</text>`,
    )
    .join('');
  const ys = yTicks
    .map(
      (tick) =>
        `<line x1="${plot.left - 4}" y1="${round(plot.y(tick))}" x2="${plot.left + plot.width}" y2="${round(plot.y(tick))}" stroke="#e4e4e4"/><text x="${plot.left - 7}" y="${round(plot.y(tick)) + 4}" text-anchor="end">${tick}</text>`,
    )
    .join('');
  return `${ys}${xs}<line x1="${plot.left}" y1="${bottom}" x2="${plot.left + plot.width}" y2="${bottom}" stroke="#555"/><line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${bottom}" stroke="#555"/><text x="${plot.left + plot.width / 2}" y="${bottom + 32}" text-anchor="middle">${escapeXml(xLabel)}</text><text transform="translate(14 ${plot.top + plot.height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`;
}

const ticks = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, index) => from + index * step);

/** A shaded band behind a histogram, e.g. a tier. */
export interface Band {
  /** The label drawn at the top of the band. */
  label: string;
  /** Where the band starts (data units). */
  from: number;
  /** Where the band ends. */
  to: number;
}

/** Options of {@link histogramSvg}. */
export interface HistogramOptions {
  /** The values, in [0, 100]. */
  values: readonly number[];
  /** The bin width (default 5). */
  binWidth?: number;
  /** Bands to shade behind the bars (e.g. the tiers). */
  bands?: readonly Band[];
  /** A value to mark with a dashed line (e.g. the median), and its label. */
  marker?: { value: number; label: string };
  /** The chart title. */
  title: string;
  /** The x-axis label. */
  xLabel: string;
}

/**
 * Counts values into bins of equal width over [0, 100]; 100 falls in the last bin.
 *
 * @param values - the values, in [0, 100].
 * @param binWidth - the bin width, dividing 100.
 * @returns the count of each bin, lowest first.
 * @throws {@link RangeError} for a value outside [0, 100] or not a number.
 * @example
 * ```ts
 * binCounts([0, 4, 5, 100], 50); // [3, 1]
 * ```
 */
export function binCounts(values: readonly number[], binWidth: number): number[] {
  const counts = new Array<number>(Math.ceil(100 / binWidth)).fill(0);
  for (const value of values) {
    if (!(value >= 0 && value <= 100)) throw new RangeError(`value ${value} is outside [0, 100]`);
    const bin = Math.min(Math.floor(value / binWidth), counts.length - 1);
    counts[bin] = counts[bin]! + 1;
  }
  return counts;
}

/**
 * Draws a histogram of values in [0, 100], with optional shaded bands and a marker line.
 *
 * @param options - the values, bins, bands, marker and labels.
 * @returns an SVG document.
 * @example
 * ```ts
 * histogramSvg({ values: [10, 20, 20], title: 'Scores', xLabel: 'score (%)' }).startsWith('<svg'); // true
 * ```
 */
export function histogramSvg(options: HistogramOptions): string {
  const binWidth = options.binWidth ?? 5;
  const counts = binCounts(options.values, binWidth);
  const top = Math.max(1, ...counts);
  const yStep = top > 100 ? 50 : top > 40 ? 20 : top > 20 ? 10 : 5;
  const width = 640;
  const height = 300;
  const plot = area(width, height, [0, 100], [0, Math.ceil(top / yStep) * yStep]);
  const bands = (options.bands ?? [])
    .map(
      (band, index) =>
        `<rect x="${round(plot.x(band.from))}" y="${plot.top}" width="${round(plot.x(band.to) - plot.x(band.from))}" height="${plot.height}" fill="${palette[index % palette.length]}" fill-opacity="0.08"/><text x="${round((plot.x(band.from) + plot.x(band.to)) / 2)}" y="${plot.top + (index % 2 === 0 ? 11 : 22)}" text-anchor="middle" font-size="9" fill="#444">${escapeXml(band.label)}</text>`,
    )
    .join('');
  const bars = counts
    .map((count, index) => {
      const x = plot.x(index * binWidth);
      const y = plot.y(count);
      return `<rect class="bar" x="${round(x + 1)}" y="${round(y)}" width="${round(plot.x(binWidth) - plot.x(0) - 2)}" height="${round(plot.top + plot.height - y)}" fill="#1b6ca8"><title>${index * binWidth}–${(index + 1) * binWidth}: ${count}</title></rect>`;
    })
    .join('');
  const marker = options.marker
    ? `<line x1="${round(plot.x(options.marker.value))}" y1="${plot.top}" x2="${round(plot.x(options.marker.value))}" y2="${plot.top + plot.height}" stroke="#222" stroke-dasharray="4 3"/><text x="${round(plot.x(options.marker.value)) + 4}" y="${plot.top + 36}" font-size="10">${escapeXml(options.marker.label)}</text>`
    : '';
  return frame(
    width,
    height,
    options.title,
    `${bands}${axes(plot, ticks(0, 100, 10), ticks(0, Math.ceil(top / yStep) * yStep, yStep), options.xLabel, 'occupations')}${bars}${marker}`,
  );
}

/** One point of a scatter plot. */
export interface ScatterPoint {
  /** The x value, in [0, 1]. */
  x: number;
  /** The y value, in [0, 1]. */
  y: number;
  /** The tooltip (e.g. the occupation). */
  label: string;
  /** Draw larger, in colour, with the label shown. */
  highlight?: boolean;
}

/**
 * Draws a scatter plot of points in the unit square with the diagonal y = x (where two sources agree).
 *
 * @param points - the points.
 * @param title - the chart title.
 * @param xLabel - the x-axis label.
 * @param yLabel - the y-axis label.
 * @returns an SVG document with one `circle` per point.
 * @example
 * ```ts
 * scatterSvg([{ x: 0.2, y: 0.3, label: 'a' }], 'Agreement', 'x', 'y').match(/<circle/g)?.length; // 1
 * ```
 */
export function scatterSvg(
  points: readonly ScatterPoint[],
  title: string,
  xLabel: string,
  yLabel: string,
): string {
  const size = 480;
  const plot = area(size, size, [0, 1], [0, 1]);
  const oneTenth = ticks(0, 10, 2).map((tick) => tick / 10);
  const ordered = [...points].sort((a, b) => Number(a.highlight ?? false) - Number(b.highlight ?? false));
  const dots = ordered
    .map((point) =>
      point.highlight
        ? `<circle cx="${round(plot.x(point.x))}" cy="${round(plot.y(point.y))}" r="5" fill="#d1495b" stroke="#fff"><title>${escapeXml(point.label)}</title></circle><text x="${round(plot.x(point.x)) + 7}" y="${round(plot.y(point.y)) + 4}" font-size="10" font-weight="600">${escapeXml(point.label)}</text>`
        : `<circle cx="${round(plot.x(point.x))}" cy="${round(plot.y(point.y))}" r="2.2" fill="#1b6ca8" fill-opacity="0.45"><title>${escapeXml(point.label)}</title></circle>`,
    )
    .join('');
  const diagonal = `<line x1="${plot.x(0)}" y1="${plot.y(0)}" x2="${plot.x(1)}" y2="${plot.y(1)}" stroke="#999" stroke-dasharray="3 3"/>`;
  return frame(size, size, title, `${axes(plot, oneTenth, oneTenth, xLabel, yLabel)}${diagonal}${dots}`);
}

/** One line of a line chart. */
export interface Series {
  /** The legend label. */
  name: string;
  /** The points, in x order. */
  points: readonly [number, number][];
}

/** Options of {@link lineChartSvg}. */
export interface LineChartOptions {
  /** The lines. */
  series: readonly Series[];
  /** The chart title. */
  title: string;
  /** The x-axis label. */
  xLabel: string;
  /** The y-axis label. */
  yLabel: string;
  /** The y range; with `invertY` the first value is drawn at the top (for ranks: 1 at the top). */
  yDomain: [number, number];
  /** Draw the lowest y at the top. */
  invertY?: boolean;
  /** An x value to mark with a dashed line, and its label. */
  marker?: { value: number; label: string };
}

/**
 * Draws a line chart with one coloured line and legend entry per series.
 *
 * @param options - the series, axes and marker.
 * @returns an SVG document with one `polyline` per series.
 * @example
 * ```ts
 * lineChartSvg({ series: [{ name: 'a', points: [[0, 1], [1, 2]] }], title: 't', xLabel: 'x', yLabel: 'y', yDomain: [0, 3] });
 * ```
 */
export function lineChartSvg(options: LineChartOptions): string {
  const width = 720;
  const height = 320;
  const legendWidth = 230;
  const xs = options.series.flatMap((series) => series.points.map(([x]) => x));
  const xDomain: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const plot = area(width - legendWidth, height, xDomain, options.yDomain, options.invertY ?? false);
  const [low, high] = options.yDomain;
  const yStep = Math.max(1, Math.round((high - low) / 8 / 50) * 50);
  const yTicks = ticks(0, high, yStep).filter((tick) => tick >= low);
  const xStep = (xDomain[1] - xDomain[0]) / 6;
  const xTicks = ticks(0, 6, 1).map((index) => Math.round((xDomain[0] + index * xStep) * 100) / 100);
  const lines = options.series
    .map((series, index) => {
      const colour = palette[index % palette.length];
      const path = series.points.map(([x, y]) => `${round(plot.x(x))},${round(plot.y(y))}`).join(' ');
      const legendY = plot.top + 14 + index * 16;
      return `<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>${series.points
        .map(
          ([x, y]) => `<circle cx="${round(plot.x(x))}" cy="${round(plot.y(y))}" r="2.5" fill="${colour}"/>`,
        )
        .join(
          '',
        )}<rect x="${width - legendWidth + 10}" y="${legendY - 8}" width="10" height="10" fill="${colour}"/><text x="${width - legendWidth + 24}" y="${legendY + 1}">${escapeXml(series.name)}</text>`;
    })
    .join('');
  const marker = options.marker
    ? `<line x1="${round(plot.x(options.marker.value))}" y1="${plot.top}" x2="${round(plot.x(options.marker.value))}" y2="${plot.top + plot.height}" stroke="#222" stroke-dasharray="4 3"/><text x="${round(plot.x(options.marker.value)) + 4}" y="${plot.top + plot.height - 6}" font-size="10">${escapeXml(options.marker.label)}</text>`
    : '';
  return frame(
    width,
    height,
    options.title,
    `${axes(plot, xTicks, yTicks, options.xLabel, options.yLabel)}${marker}${lines}`,
  );
}

/**
 * Builds an HTML table; every cell is escaped.
 *
 * @param headers - the column headers.
 * @param rows - the rows, one string or number per column.
 * @returns the `<table>` element.
 * @example
 * ```ts
 * htmlTable(['a'], [['<b>']]); // '<table>…<td>&#60;b&#62;</td>…</table>'
 * ```
 */
export function htmlTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cell = (value: string | number, tag: 'th' | 'td') =>
    `<${tag} style="text-align:${typeof value === 'number' ? 'right' : 'left'};padding:2px 8px">${escapeXml(String(value))}</${tag}>`;
  const head = `<tr>${headers.map((header) => cell(header, 'th')).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((value) => cell(value, 'td')).join('')}</tr>`).join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
