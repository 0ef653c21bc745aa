import type { ReportInput } from './report-input.js';
import { ReportInputError } from './report-input-error.js';
import { REPORT_JSON_VERSION, ReportJsonSchema } from './report-json-schema.js';

/** Options of {@link formatJson}. */
export interface JsonOptions {
  /** Spaces per indentation level, 0 for one line (default 2). */
  indent?: number;
}

/**
 * Formats a report as JSON: `{ reportVersion, result, profile }` with the full result and profile. The
 * input is validated with {@link ReportJsonSchema} first, and keys are written in the schema's order
 * whatever order the input objects were built in, so the same report always gives the same bytes.
 *
 * @param input - the result and profile.
 * @param options - the indentation.
 * @returns the JSON text, ending with a line break.
 * @throws {@link ReportInputError} when the input does not match the schema (naming the first invalid
 *   field), e.g. a score outside [0, 1] or a NaN.
 * @example
 * ```ts
 * const json = formatJson({ result, profile });
 * JSON.parse(json).result.scorePercent; // 41.4
 * ```
 */
export function formatJson(input: ReportInput, options: JsonOptions = {}): string {
  const indent = options.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new ReportInputError(
      'formatJson',
      'options.indent',
      `must be an integer from 0 to 10, got ${indent}`,
    );
  }
  const parsed = ReportJsonSchema.safeParse({
    reportVersion: REPORT_JSON_VERSION,
    result: input.result,
    profile: input.profile,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReportInputError('formatJson', issue?.path.join('.') ?? '', issue?.message ?? 'invalid report');
  }
  return `${JSON.stringify(parsed.data, null, indent)}\n`;
}
