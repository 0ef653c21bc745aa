import { hasMirror, mirrorPath } from '@airesilience/test-utils';
import { describe, expect, it } from 'vitest';
import { loadOnetEducation } from './load-onet-education.js';
import { loadOnetJobZones } from './load-onet-job-zones.js';
import { loadOnetOccupations } from './load-onet-occupations.js';
import { loadOnetTaskStatements } from './load-onet-task-statements.js';

const releases = [
  {
    release: '30.3',
    occupations: 'onet/30.3/occupation_data.csv',
    tasks: 'onet/30.3/task_statements.csv',
    jobZones: 'onet/30.3/job_zones.csv',
    education: 'onet/30.3/education.csv',
    categories: 'onet/30.3/education_categories.csv',
    taskTypes: { Core: 13643, Supplemental: 4308, unrated: 845 },
    jobZoneOne: 0,
    educationCodes: 878,
  },
  {
    release: '29.3',
    occupations: 'onet/29.3/Occupation Data.xlsx',
    tasks: 'onet/29.3/Task Statements.xlsx',
    jobZones: 'onet/29.3/Job Zones.xlsx',
    education: 'onet/29.3/Education, Training, and Experience.xlsx',
    categories: 'onet/29.3/Education, Training, and Experience Categories.xlsx',
    taskTypes: { Core: 13417, Supplemental: 4222, unrated: 1157 },
    jobZoneOne: 31,
    educationCodes: 858,
  },
] as const;

describe.runIf(hasMirror).each(releases)('O*NET $release in the mirror', (release) => {
  it('has 1016 occupations, 29-2072.00 among them', async () => {
    const { records, descriptor } = await loadOnetOccupations(mirrorPath(release.occupations));
    expect(records).toHaveLength(1016);
    expect(records.find((record) => record.code === '29-2072.00')?.title).toBe('Medical Records Specialists');
    expect(descriptor.vintage).toContain(`O*NET ${release.release} Database`);
    expect(descriptor.files[0]).toMatchObject({
      path: release.occupations,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('has 18,796 tasks; 29-2072.00 has 17 (IDs 22877–22893), none with a Task Type', async () => {
    const { records } = await loadOnetTaskStatements(mirrorPath(release.tasks));
    expect(records).toHaveLength(18_796);
    const counts = { Core: 0, Supplemental: 0, unrated: 0 };
    for (const record of records) counts[record.taskType ?? 'unrated']++;
    expect(counts).toEqual(release.taskTypes);
    const medicalRecords = records.filter((record) => record.onetSocCode === '29-2072.00');
    expect(medicalRecords.map((record) => record.taskId)).toEqual(
      Array.from({ length: 17 }, (_, index) => 22_877 + index),
    );
    expect(medicalRecords.every((record) => record.taskType === null)).toBe(true);
    expect(new Set(records.map((record) => record.onetSocCode)).size).toBe(923);
  });

  it('has 923 job zones; 29-2072.00 is in Job Zone 3', async () => {
    const { records } = await loadOnetJobZones(mirrorPath(release.jobZones));
    expect(records).toHaveLength(923);
    expect(records.find((record) => record.code === '29-2072.00')?.jobZone).toBe(3);
    expect(records.filter((record) => record.jobZone === 1)).toHaveLength(release.jobZoneOne);
  });

  it('has a Required Level of Education distribution per occupation, none for 29-2072.00', async () => {
    const { records, descriptor } = await loadOnetEducation(
      mirrorPath(release.education),
      mirrorPath(release.categories),
    );
    expect(records).toHaveLength(release.educationCodes);
    expect(records.every((record) => record.distribution.length === 12)).toBe(true);
    expect(records.find((record) => record.code === '29-2072.00')).toBeUndefined();
    const chief = records.find((record) => record.code === '11-1011.00');
    expect(chief?.modalShortLabel).toBe("Master's Degree");
    expect(chief?.distribution[7]).toMatchObject({ category: 8, percent: 45.91 });
    expect(records.find((record) => record.code === '29-1141.00')?.modalCategory).toBe(6);
    const total = chief?.distribution.reduce((sum, share) => sum + share.percent, 0) ?? 0;
    expect(Math.abs(total - 100)).toBeLessThan(0.5);
    expect(descriptor.files).toHaveLength(2);
  });
});
