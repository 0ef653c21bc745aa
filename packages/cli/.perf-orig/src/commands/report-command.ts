import { scoreOccupation } from '@airesilience/core';
import { getProfile } from '@airesilience/data';
import { formatHtml, formatJson, formatMarkdown, formatText } from '@airesilience/report';
import { CliUsageError } from '../cli-usage-error.js';
import type { CommandContext } from '../context.js';
import { oneOf, positiveInteger } from '../parse-command-line.js';
import { requireOccupationCode } from '../resolve-occupation.js';

/**
 * `airesilience report <code>`: the full report in text, Markdown, HTML or JSON.
 *
 * @param context - the command context.
 */
export async function reportCommand(context: CommandContext): Promise<void> {
  const { line, io } = context;
  const format = oneOf(line.options.format, 'format', ['text', 'md', 'html', 'json'] as const);
  const draws = positiveInteger(line.options.draws, 'draws', 10_000);
  const seed = positiveInteger(line.options.seed, 'seed', 1);
  const [input, ...extra] = line.positionals;
  if (input === undefined) throw new CliUsageError('report needs an occupation code, e.g. 29-2072', 'report');
  const dataset = await context.dataset();
  const code = requireOccupationCode([input, ...extra].join(' '), dataset.occupations);
  if (extra.length > 0) throw new CliUsageError('report takes one occupation code', 'report');
  const methodology = await context.methodology();
  const result = scoreOccupation(dataset, code, methodology, { uncertainty: { draws, seed } });
  const profile = await getProfile(dataset, code);
  const input_ = { result, profile };
  const color = format === 'text' && line.options.out === undefined && io.stdoutIsTty && !io.env.NO_COLOR;
  const text =
    format === 'json'
      ? formatJson(input_)
      : format === 'md'
        ? formatMarkdown(input_, { methodology })
        : format === 'html'
          ? formatHtml(input_, { methodology })
          : formatText(input_, { methodology, color });
  await context.output(text);
}
