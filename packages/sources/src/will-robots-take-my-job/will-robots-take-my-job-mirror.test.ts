import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasMirror, mirrorPath, readReferenceCsv, referenceDir } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadFreyOsborneAppendix } from './load-frey-osborne-appendix.js';
import { loadWillRobotsTakeMyJob } from './load-will-robots-take-my-job.js';

const WRTMJ = 'frey_osborne/willrobotstakemyjob_scrape_jobData.csv';
const APPENDIX = 'frey_osborne/frey_osborne_automation_risk_index_clean.csv';

/** R(x) = 1 − P(x), P the average-ties percentile of methodology §3, over the given universe. */
function resilience(value: number, universe: readonly number[]): number {
  let below = 0;
  let equal = 0;
  for (const other of universe) {
    if (other < value) below++;
    else if (other === value) equal++;
  }
  return 1 - (below + (equal + 1) / 2) / universe.length;
}

describe.runIf(hasMirror)('Will Robots Take My Job and the Frey & Osborne appendix in the mirror', () => {
  it('has 666 valid values on .00 codes and 424 missing rows of 1090', async () => {
    const { records, missing, descriptor } = await loadWillRobotsTakeMyJob(mirrorPath(WRTMJ));
    expect(records).toHaveLength(666);
    expect(missing).toHaveLength(424);
    expect(records.length + missing.length).toBe(1090);
    expect(new Set(records.map((record) => record.code)).size).toBe(666);
    expect(records.every((record) => record.onetSocCode === `${record.code}.00`)).toBe(true);
    expect(records.find((record) => record.code === '29-2071')?.value).toBe(91);
    expect(descriptor.files[0]?.sha256).toBe(
      '4453fc56402c94306e4749ad62b6f7c313f63d884ca99bab767a52e7d627b15f',
    );
  });

  it('has 702 appendix rows that agree with the scrape to within rounding', async () => {
    const [{ records }, scrape] = await Promise.all([
      loadFreyOsborneAppendix(mirrorPath(APPENDIX)),
      loadWillRobotsTakeMyJob(mirrorPath(WRTMJ)),
    ]);
    expect(records).toHaveLength(702);
    expect(records.find((record) => record.code === '29-2071')?.value).toBe(0.91);
    const appendix = new Map(records.map((record) => [record.code, record.value]));
    const shared = scrape.records.filter((record) => appendix.has(record.code));
    expect(shared).toHaveLength(653);
    for (const record of shared)
      expect(Math.abs(record.value - 100 * appendix.get(record.code)!), record.code).toBeLessThanOrEqual(
        0.5 + 1e-9,
      );
  });
});

const hasReference = hasMirror && existsSync(join(referenceDir, 'scores.csv'));

describe.runIf(hasReference)('how the reference uses Will Robots Take My Job', () => {
  it('ranks the 666 scrape codes only, and never takes a value from the appendix', async () => {
    const [scrape, appendix] = await Promise.all([
      loadWillRobotsTakeMyJob(mirrorPath(WRTMJ)),
      loadFreyOsborneAppendix(mirrorPath(APPENDIX)),
    ]);
    const native = new Map(scrape.records.map((record) => [record.code, record.value]));
    const universe = [...native.values()];
    const appendixCodes = new Set(appendix.records.map((record) => record.code));
    const reference = readReferenceCsv('scores.csv');
    let fed = 0;
    for (const row of reference) {
      const from = row.wrtmj_from!.split(';').filter((code) => code !== '');
      if (from.length === 0) {
        expect(row.wrtmj_raw, row.soc).toBe('');
        continue;
      }
      fed++;
      // Every native code that fed a value is a scrape code; a 2018 code's raw value and percentile are
      // the means over its native codes, ranked within the scrape's 666 codes.
      for (const code of from) expect(native.has(code), `${row.soc} from ${code}`).toBe(true);
      const raw = from.reduce((sum, code) => sum + native.get(code)!, 0) / from.length;
      const percentile =
        from.reduce((sum, code) => sum + resilience(native.get(code)!, universe), 0) / from.length;
      expect(Math.abs(raw - Number(row.wrtmj_raw)), row.soc).toBeLessThan(1e-9);
      expect(Math.abs(percentile - Number(row.wrtmj_r)), row.soc).toBeLessThan(1e-9);
    }
    expect(fed).toBe(672);
    expect(reference.find((row) => row.soc === '29-2072')).toMatchObject({
      wrtmj_raw: '91.0',
      wrtmj_from: '29-2071',
    });
    // Codes the appendix has but the scrape marks -1 stay without a value, even where the 2018 code is the
    // same 6-digit code (17-3023, 51-4032, ...): the appendix is a whole-source fallback, not a per-code one.
    const appendixOnly = reference.filter((row) => appendixCodes.has(row.soc!) && !native.has(row.soc!));
    expect(appendixOnly.length).toBe(28);
    expect(appendixOnly.every((row) => row.wrtmj_raw === '')).toBe(true);
  });
});
