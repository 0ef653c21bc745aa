import type { SourceDescriptor, SourceFile } from '@airesilience/core';

/** The source id of the 2018 SOC classification files. */
export const SOC_2018_ID = 'soc-2018';

/** The levels of the 2018 SOC hierarchy, from the broadest. */
export type SocLevel = 'major' | 'minor' | 'broad' | 'detailed';

/** The code pattern of each SOC level: `11-0000`, `11-1000` / `15-1200`, `11-1010`, `11-1011`. */
export const SOC_LEVEL_PATTERNS: Record<SocLevel, RegExp> = {
  major: /^\d{2}-0000$/,
  minor: /^\d{2}-\d{2}00$/,
  broad: /^\d{2}-\d{3}0$/,
  detailed: /^\d{2}-\d{4}$/,
};

/**
 * The descriptor of a 2018 SOC file (structure or definitions).
 *
 * @param label - what the file holds, e.g. `2018 SOC structure`.
 * @param files - the file(s) read, with their checksums.
 * @returns the descriptor (id `soc-2018`, code system `soc-2018`).
 */
export function soc2018Descriptor(label: string, files: SourceFile[]): SourceDescriptor {
  return {
    id: SOC_2018_ID,
    label,
    citation:
      'U.S. Bureau of Labor Statistics on behalf of the Office of Management and Budget and the Standard Occupational Classification Policy Committee (2017). 2018 Standard Occupational Classification System.',
    vintage: '2018 SOC (final, November 2017, reference year January 2018)',
    licence: 'Public domain (U.S. Government work)',
    direction: 'higher-is-more-resilient',
    codeSystem: 'soc-2018',
    files,
    notes: 'A classification, not a scored measure: the direction is not meaningful.',
  };
}
