// Number formatting shared by the human-readable formats. Every function returns '—' for a value that is
// null or not finite, so no format can print NaN, Infinity or undefined.

const DASH = '—';

/**
 * Rounds half-up (towards +∞) to `decimals` places, the rule the methodology uses for the score percent.
 * A tiny epsilon absorbs binary representation error (41.35 stored as 41.349999…).
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.floor(value * factor + 0.5 + 1e-9) / factor;
}

function fixed(value: number, decimals: number): string {
  const text = roundHalfUp(value, decimals).toFixed(decimals);
  // -0.0 would read as a negative number.
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Inserts thousands separators into the integer part of a plain decimal string. */
export function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** A fraction in [0, 1] as a percent: `0.4135` → `41.4 %`. */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return `${fixed(fraction * 100, decimals)} %`;
}

/** A percent value as published: `7.1` → `+7.1 %` (signed). */
export function formatSignedPercent(percent: number | null | undefined, decimals = 1): string {
  if (percent == null || !Number.isFinite(percent)) return DASH;
  const text = fixed(percent, decimals);
  return `${percent > 0 && !/^0(\.0+)?$/.test(text) ? '+' : ''}${text} %`;
}

/** A percentile in [0, 1] on a 0–100 scale without a unit: `0.2072` → `20.7`. */
export function formatPercentile(fraction: number | null | undefined): string {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return fixed(fraction * 100, 1);
}

/** A share of the overall score in percentage points: `0.0207` → `2.07 pts`. */
export function formatPoints(fraction: number | null | undefined, decimals = 2): string {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return `${fixed(fraction * 100, decimals)} pts`;
}

/** A plain number with at most `decimals` places, trailing zeros trimmed: `0.66740` → `0.6674`. */
export function formatDecimal(value: number | null | undefined, decimals = 4): string {
  if (value == null || !Number.isFinite(value)) return DASH;
  const text = fixed(value, decimals);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return groupThousands(trimmed === '-0' ? '0' : trimmed);
}

/** A count published in thousands as a whole number: `194.8` → `194,800`. */
export function formatThousands(thousands: number | null | undefined): string {
  if (thousands == null || !Number.isFinite(thousands)) return DASH;
  return groupThousands(fixed(thousands * 1000, 0));
}

/** Dollars without cents: `50250` → `$50,250`; top-coded → `≥ $239,200`. */
export function formatDollars(value: number | null | undefined, topCoded = false): string {
  if (value == null || !Number.isFinite(value)) return DASH;
  return `${topCoded ? '≥ ' : ''}$${groupThousands(fixed(value, 0))}`;
}

/** A weight in [0, 1] as a percent without needless decimals: `0.4` → `40 %`, `0.67` → `67 %`. */
export function formatWeight(weight: number | null | undefined): string {
  if (weight == null || !Number.isFinite(weight)) return DASH;
  return `${formatDecimal(weight * 100, 1)} %`;
}

/** Written-out numbers up to twelve, digits above. */
export function numberWord(count: number): string {
  const words = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ];
  return Number.isInteger(count) && count >= 0 && count < words.length ? words[count]! : String(count);
}

/** Joins items as English prose: `a`, `a and b`, `a, b and c`. */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Upper-cases the first character. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
