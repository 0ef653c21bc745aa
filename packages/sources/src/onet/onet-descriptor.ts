import type { SourceDescriptor } from '@airesilience/core';
import { type ParseInput, sourceFileOf } from '../shared/parsed-source.js';
import { ONET_ID, type OnetParseOptions } from './read-onet-table.js';

/** The release dates of the O*NET releases this package has been checked against. */
const RELEASE_DATES: Record<string, string> = {
  '29.3': 'May 2025',
  '30.3': 'May 2026',
};

const RELEASE_FOLDER = /(?:^|[\\/])(\d{2}\.\d)[\\/]/;

/**
 * The O*NET release of a file: the explicit option, else a folder of its path named like a release.
 *
 * @param file - the file path, e.g. `onet/29.3/Job Zones.xlsx`.
 * @param options - the parse options.
 * @returns the release (e.g. `29.3`), or undefined when neither says.
 * @example
 * ```ts
 * onetReleaseOf('onet/30.3/job_zones.csv', {}); // '30.3'
 * ```
 */
export function onetReleaseOf(file: string, options: OnetParseOptions): string | undefined {
  return options.release ?? RELEASE_FOLDER.exec(file)?.[1];
}

/**
 * The descriptor of an O*NET file.
 *
 * @param what - what the file holds, for the label (e.g. `task statements`).
 * @param inputs - the files read.
 * @param options - the parse options (release).
 * @returns the descriptor: id `onet`, code system O*NET-SOC 2019, CC BY 4.0.
 */
export function onetDescriptor(
  what: string,
  inputs: readonly ParseInput[],
  options: OnetParseOptions,
): SourceDescriptor {
  const release = onetReleaseOf(inputs[0]?.file ?? '', options);
  const date = release === undefined ? undefined : RELEASE_DATES[release];
  return {
    id: ONET_ID,
    label: `O*NET${release === undefined ? '' : ` ${release}`} ${what}`,
    citation:
      `National Center for O*NET Development. O*NET${release === undefined ? '' : ` ${release}`} Database. ` +
      'O*NET Resource Center, sponsored by the U.S. Department of Labor, Employment and Training ' +
      'Administration (USDOL/ETA). https://www.onetcenter.org/database.html',
    vintage:
      release === undefined
        ? 'O*NET Database (release not stated)'
        : `O*NET ${release} Database${date === undefined ? '' : `, ${date} release`}`,
    licence:
      'CC BY 4.0 (O*NET Resource Center, USDOL/ETA); O*NET® is a trademark of USDOL/ETA. Cite the release.',
    // O*NET describes occupations; it is not a score, so the direction has no meaning here.
    direction: 'higher-is-more-resilient',
    codeSystem: 'onet-soc-2019',
    files: inputs.map(sourceFileOf),
    notes:
      'Descriptive data (titles, tasks, job zones, education), not a score: the direction does not apply.',
    options: { release: release ?? null },
  };
}
