/**
 * The path to record in provenance for an O*NET file on disk: from its `onet/` folder on when it has one
 * (`/data/onet/29.3/Job Zones.xlsx` gives `onet/29.3/Job Zones.xlsx`, which also names the release),
 * else the file name.
 *
 * @param path - the file's path on disk.
 * @returns the mirror-relative path, or the file name.
 * @example
 * ```ts
 * onetDisplayPath('/srv/data/onet/30.3/job_zones.csv'); // 'onet/30.3/job_zones.csv'
 * ```
 */
export function onetDisplayPath(path: string): string {
  const normalised = path.replace(/\\/g, '/');
  const match = /(?:^|\/)(onet\/.+)$/.exec(normalised);
  return match?.[1] ?? normalised.slice(normalised.lastIndexOf('/') + 1);
}
