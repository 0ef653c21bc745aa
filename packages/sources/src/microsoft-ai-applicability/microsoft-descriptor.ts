import type { SourceDescriptor } from '@airesilience/core';
import { type ParseInput, sourceFileOf } from '../shared/parsed-source.js';

/** The source id of Microsoft's AI applicability scores (Tomlinson et al. 2025). */
export const MICROSOFT_AI_APPLICABILITY_ID = 'microsoft-ai-applicability';

/**
 * The descriptor of a file of Microsoft's `working-with-ai` release.
 *
 * @param label - the label of what the file holds.
 * @param input - the file read.
 * @param notes - caveats specific to the file.
 * @returns the descriptor: SOC 2018, higher = more applicable (more exposed), CC BY 4.0.
 */
export function microsoftDescriptor(label: string, input: ParseInput, notes: string): SourceDescriptor {
  return {
    id: MICROSOFT_AI_APPLICABILITY_ID,
    label,
    citation:
      'Tomlinson, K., Jaffe, S., Wang, W., Counts, S. & Suri, S. (2025). Working with AI: Measuring the ' +
      'Applicability of Generative AI to Occupations. arXiv:2507.07935. Microsoft Research ' +
      '(data: github.com/microsoft/working-with-ai).',
    vintage:
      'Bing Copilot US conversations 2024-01-01 to 2024-09-30; O*NET 29.0; SOC 2018; file of 2025-08-29',
    licence: 'CC BY 4.0 (LICENSE.txt of microsoft/working-with-ai); cite the authors',
    direction: 'higher-is-more-exposed',
    codeSystem: 'soc-2018',
    files: [sourceFileOf(input)],
    notes,
  };
}
