import type { SourceDescriptor } from '@airesilience/core';
import { type ParsedSource, type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import {
  describeJsonValue,
  findDuplicateKey,
  isJsonObject,
  type JsonDocument,
  jsonError,
  keyLines,
  readJsonDocument,
} from './read-json-document.js';

/** The source id of adaptive capacity (Manning & Aguirre 2026), shared by the authors' file and the proxy. */
export const ADAPTIVE_CAPACITY_ID = 'adaptive-capacity';

/** One occupation of the open adaptive-capacity proxy (`occupation_benchmarks.json`). */
export interface AdaptiveCapacityProxyRecord {
  /** The SOC 2018 detailed code, e.g. `11-1011`. */
  code: string;
  /** The partial composite score, 0–100 (higher = more adaptive capacity). */
  value: number;
  /** The occupation title as published. */
  title: string;
  /** The skill-transferability percentile (0–100), or null when the file has none. */
  transferabilityPercentile: number | null;
  /** The metro-density percentile (0–100), or null when the file has none. */
  densityPercentile: number | null;
  /** The 1-based line of the occupation's key in the file (the JSON is pretty-printed), for traceability. */
  row: number;
}

const SOC_2018 = /^\d{2}-\d{4}$/;
const OCCUPATION_KEY = /"(\d{2}-\d{4})"\s*:\s*\{/g;

/**
 * Parses the open adaptive-capacity proxy, `manning_aguirre/proxy_jricciardi/occupation_benchmarks.json`
 * (Jay Ricciardi's reimplementation of 2 of the 4 components of Manning & Aguirre 2026: skill
 * transferability and metro density): `occupations[soc].composite_score`, 0–100, higher = more adaptive
 * capacity. Occupations whose `composite_score` is null (no density data) are left out; the descriptor's
 * notes say how many. The result is always labelled a proxy (`descriptor.proxy === true`): it is never the
 * authors' index.
 *
 * @param input - the file's bytes and name (and sha256 when known).
 * @returns one {@link AdaptiveCapacityProxyRecord} per occupation with a composite score, in file order.
 * @throws {@link @airesilience/core!SourceParseError} for invalid UTF-8 or JSON, a document without an `occupations` object,
 *   a key that is not a SOC 2018 code, or a `composite_score` that is not a number in [0, 100] or null;
 *   the error names the line and the JSON path (as the column).
 * @example
 * ```ts
 * const { records, descriptor } = parseAdaptiveCapacityProxy({ bytes, file: 'occupation_benchmarks.json' });
 * records.find((r) => r.code === '11-1011')?.value; // 61.81
 * descriptor.proxy; // true
 * ```
 */
export function parseAdaptiveCapacityProxy(input: ParseInput): ParsedSource<AdaptiveCapacityProxyRecord> {
  const document = readJsonDocument(input.bytes, { source: ADAPTIVE_CAPACITY_ID, file: input.file });
  if (!isJsonObject(document.value))
    throw jsonError(document, '$', `must be a JSON object, got ${describeJsonValue(document.value)}`, 1);
  const occupations = document.value.occupations;
  if (!isJsonObject(occupations)) {
    throw jsonError(
      document,
      'occupations',
      `must be an object keyed by SOC 2018 code, got ${occupations === undefined ? 'nothing' : describeJsonValue(occupations)}`,
      1,
    );
  }
  const duplicate = findDuplicateKey(document.text, OCCUPATION_KEY);
  if (duplicate !== null) {
    throw jsonError(
      document,
      `occupations[${JSON.stringify(duplicate.key)}]`,
      `duplicate code ${duplicate.key} (first seen on line ${duplicate.firstLine}); JSON would keep only the last`,
      duplicate.line,
    );
  }
  const lines = keyLines(document.text, OCCUPATION_KEY);
  const records: AdaptiveCapacityProxyRecord[] = [];
  let withoutScore = 0;
  for (const [code, entry] of Object.entries(occupations)) {
    const path = `occupations[${JSON.stringify(code)}]`;
    const line = lines.get(code);
    if (!SOC_2018.test(code))
      throw jsonError(document, path, `key must be a SOC 2018 detailed code like 29-2072`, line);
    if (!isJsonObject(entry))
      throw jsonError(document, path, `must be an object, got ${describeJsonValue(entry)}`, line);
    if (!('composite_score' in entry))
      throw jsonError(document, `${path}.composite_score`, 'is missing: expected a number or null', line);
    const value = percentileField(document, entry, 'composite_score', path, line);
    if (value === null) {
      withoutScore++;
      continue;
    }
    const title = entry.title;
    if (typeof title !== 'string' || title.trim() === '')
      throw jsonError(document, `${path}.title`, `must be a title, got ${describeJsonValue(title)}`, line);
    records.push({
      code,
      value,
      title: title.trim(),
      transferabilityPercentile: percentileField(document, entry, 'transferability_percentile', path, line),
      densityPercentile: percentileField(document, entry, 'density_percentile', path, line),
      row: line ?? 1,
    });
  }
  if (records.length === 0) {
    throw jsonError(
      document,
      'occupations',
      `has no occupation with a composite score (${withoutScore} without one): an empty source is not a source`,
      1,
    );
  }
  return {
    records,
    descriptor: adaptiveCapacityProxyDescriptor(input, records.length, withoutScore),
  };
}

function percentileField(
  document: JsonDocument,
  entry: Record<string, unknown>,
  field: string,
  path: string,
  line: number | undefined,
): number | null {
  const value = entry[field];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw jsonError(
      document,
      `${path}.${field}`,
      `must be a number in [0, 100] or null, got ${describeJsonValue(value)}`,
      line,
    );
  }
  return value;
}

function adaptiveCapacityProxyDescriptor(
  input: ParseInput,
  scored: number,
  withoutScore: number,
): SourceDescriptor {
  return {
    id: ADAPTIVE_CAPACITY_ID,
    label: 'Adaptive capacity (open proxy: transferability and density only)',
    citation:
      'Ricciardi, J. (2026). Adaptive Capacity Self-Assessment Tool, occupation_benchmarks.json (github.com/jricciardi/adaptive-capacity-explorer), a partial reimplementation of Manning, S. J. & Aguirre, T. (2026). How Adaptable Are American Workers to AI-Induced Job Displacement? NBER Working Paper 34705.',
    vintage: 'generated 2026-02-18 from O*NET 30.1, BLS Employment Projections 2024–34, OEWS May 2024',
    licence: 'MIT (repository licence); underlying BLS and Census data public domain, O*NET CC BY 4.0',
    direction: 'higher-is-more-resilient',
    codeSystem: 'soc-2018',
    files: [sourceFileOf(input)],
    proxy: true,
    notes: `Proxy, not the authors' index: a partial composite of 2 of the 4 components of Manning & Aguirre (2026), skill transferability and metro density (no wealth, no age). ${scored} occupations have a composite score; ${withoutScore} without one (no density data) are left out.`,
  };
}
