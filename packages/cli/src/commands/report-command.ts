import { scoreOccupation } from '@airesilience/core';
import { getProfile } from '@airesilience/data';
import { formatHtml, formatMarkdown, formatText } from '@airesilience/report';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { outputFormat, positiveInteger } from '../parse-command-line.js';
import { groupOccupationArguments, requireOccupationCode } from '../resolve-occupation.js';

/**
 * `airesilience report <code>`: the full report in text, Markdown, HTML or JSON.
 *
 * @param context - the command context.
 */
export async function reportCommand(context: CommandContext): Promise<void> {
  const { line, io } = context;
  const format = outputFormat(line, ['text', 'md', 'html', 'json'] as const);
  const draws = positiveInteger(line.options.draws, 'draws', 10_000);
  const seed = positiveInteger(line.options.seed, 'seed', 1);
  if (line.positionals.length === 0) {
    throw new CliUsageError('report needs an occupation code, e.g. 29-2072', 'report');
  }
  const dataset = await context.dataset();
  const queries = groupOccupationArguments(line.positionals);
  const code = requireOccupationCode(queries[0]!, dataset.occupations);
  if (queries.length > 1) {
    throw new CliUsageError(
      `report takes one occupation, got ${queries.length}: use compare for several`,
      'report',
    );
  }
  const methodology = await context.methodology();
  // Start reading the tasks now so the file is read while the score is computed.
  const profile = getProfile(dataset, code);
  profile.catch(() => {});
  const result = scoreOccupation(dataset, code, methodology, { uncertainty: { draws, seed } });
  const input = { result, profile: await profile };
  const toTerminal = format === 'text' && line.options.out === undefined && io.stdoutIsTty;
  const color = toTerminal && !io.env.NO_COLOR;
  // A narrow terminal gets narrower prose; files and pipes always get the stable 80 columns.
  const width =
    toTerminal && io.stdoutColumns !== undefined ? Math.max(40, Math.min(80, io.stdoutColumns)) : 80;
  const text =
    format === 'json'
      ? // Loaded for JSON only: its schema check needs zod, which the other formats do not.
        (await import('../report-json.js')).formatJson(input)
      : format === 'md'
        ? formatMarkdown(input, { methodology })
        : format === 'html'
          ? formatHtml(input, { methodology })
          : formatText(input, { methodology, color, width });
  await context.output(text);
}
