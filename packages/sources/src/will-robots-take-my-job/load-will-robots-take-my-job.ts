import { readSourceFile } from '../tabular/read-source-file.js';
import { parseWillRobotsTakeMyJob, type WillRobotsTakeMyJobParse } from './parse-will-robots-take-my-job.js';

/**
 * Reads and parses the Will Robots Take My Job scrape from disk, recording its sha256.
 *
 * @param path - the file's path.
 * @param displayPath - the path recorded in provenance (default:
 *   `frey_osborne/willrobotstakemyjob_scrape_jobData.csv`).
 * @returns the valid records, the missing rows and the descriptor.
 * @throws {@link @airesilience/core!AiResilienceError} `IO` when the file cannot be read; {@link @airesilience/core!SourceParseError} when it cannot be parsed.
 * @example
 * ```ts
 * const { records } = await loadWillRobotsTakeMyJob(mirrorPath('frey_osborne/willrobotstakemyjob_scrape_jobData.csv'));
 * records.length; // 666
 * ```
 */
export async function loadWillRobotsTakeMyJob(
  path: string,
  displayPath = 'frey_osborne/willrobotstakemyjob_scrape_jobData.csv',
): Promise<WillRobotsTakeMyJobParse> {
  const { bytes, file } = await readSourceFile(path, displayPath);
  return parseWillRobotsTakeMyJob({ bytes, file: displayPath, sha256: file.sha256 });
}
