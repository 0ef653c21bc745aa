import type {
  DimensionScore,
  OccupationProfile,
  ScoreResult,
  SourceScore,
  TaskResilience,
} from '@airesilience/core';

// A hand-built result for 29-2072 Medical Records Specialists with plausible values (the real engine's
// numbers are wired in later by snapshot tests). Task statements are written for this fixture, not
// copied from O*NET.

interface SourceSpec {
  sourceId: string;
  evidenceGroup?: string;
  label: string;
  direction: SourceScore['direction'];
  raw: number | null;
  percentile: number | null;
  weight: number;
  nativeCodes: string[];
}

function dimension(
  id: string,
  label: string,
  weight: number,
  dimensionEffectiveWeight: number,
  specs: SourceSpec[],
): DimensionScore {
  const present = specs.filter((spec) => spec.percentile !== null);
  const weightSum = present.reduce((sum, spec) => sum + spec.weight, 0);
  const sources = specs.map((spec): SourceScore => {
    const effectiveWeight = spec.percentile === null ? 0 : spec.weight / weightSum;
    return {
      sourceId: spec.sourceId,
      label: spec.label,
      dimensionId: id,
      evidenceGroup: spec.evidenceGroup ?? spec.sourceId,
      direction: spec.direction,
      raw: spec.raw,
      nativeCodes: spec.raw === null ? [] : spec.nativeCodes,
      percentile: spec.percentile,
      weight: spec.weight,
      effectiveWeight,
      contribution: dimensionEffectiveWeight * effectiveWeight * (spec.percentile ?? 0),
      missing: spec.percentile === null,
    };
  });
  const score =
    present.length === 0
      ? null
      : sources.reduce((sum, source) => sum + source.effectiveWeight * (source.percentile ?? 0), 0);
  return {
    id,
    label,
    weight,
    effectiveWeight: dimensionEffectiveWeight,
    score,
    level: score === null ? null : score < 0.4 ? 'Low' : score >= 0.7 ? 'High' : 'Med',
    contribution: sources.reduce((sum, source) => sum + source.contribution, 0),
    sources,
  };
}

const TASKS: [number, string, number][] = [
  [22877, 'Review patient charts for completeness and flag missing signatures or entries.', 0.3333],
  [22878, 'Assign diagnosis and procedure codes to clinical records using classification systems.', 0.436],
  [22879, 'Abstract clinical data from records into registries and databases.', 0.4708],
  [22880, 'Enter demographic and insurance details into electronic health record systems.', 0.3173],
  [22881, 'Answer questions from physicians and staff about documentation requirements.', 0.4379],
  [22882, 'Protect the confidentiality of health information and control access to records.', 0.5],
  [22883, 'Scan, index and file paper documents into the electronic record.', 0.5],
  [22884, 'Compile statistics on admissions, discharges and diagnoses for reports.', 0.3117],
  [22885, 'Release medical records in response to authorised requests.', 0.5],
  [22886, 'Train clinicians and staff on documentation and coding practices.', 0.8333],
  [22887, 'Audit coded records against documentation to find errors.', 0.484],
  [22888, 'Consult with providers to clarify ambiguous or conflicting documentation.', 0.8004],
  [22889, 'Retain, archive or destroy records according to retention schedules.', 0.5],
  [22890, 'Prepare claims data for billing and reimbursement.', 0.338],
  [22891, 'Maintain tumour, trauma or other disease registries.', 0.5],
  [22892, 'Monitor changes in coding rules and regulations.', 0.5],
  [22893, 'Transcribe dictated notes into patient records.', 0.2881],
];

/**
 * A fresh copy of the fixture on every call, so a test may change it.
 *
 * @returns the result and profile of 29-2072 Medical Records Specialists.
 */
export function medicalRecordsSpecialists(): { result: ScoreResult; profile: OccupationProfile } {
  const mhc = dimension('mhc', 'Meaningful Human Contribution', 0.4, 0.4, [
    {
      sourceId: 'ai-resilience-model',
      label: 'AI Resilience Model (open, task level)',
      direction: 'higher-is-more-resilient',
      raw: 0.4743,
      percentile: 0.052,
      weight: 0.25,
      nativeCodes: ['29-2072.00'],
    },
    {
      sourceId: 'anthropic-observed-exposure',
      label: 'Anthropic observed exposure',
      direction: 'higher-is-more-exposed',
      raw: 0.6674,
      percentile: 0.004,
      weight: 0.25,
      nativeCodes: ['29-2072'],
    },
    {
      sourceId: 'microsoft-ai-applicability',
      label: 'Microsoft AI applicability',
      direction: 'higher-is-more-exposed',
      raw: 0.2706,
      percentile: 0.1873,
      weight: 0.25,
      nativeCodes: ['29-2072'],
    },
    {
      sourceId: 'will-robots-take-my-job',
      label: 'Will Robots Take My Job',
      direction: 'higher-is-more-exposed',
      raw: 91,
      percentile: 0.2072,
      weight: 0.25,
      nativeCodes: ['29-2071.00'],
    },
  ]);
  const lte = dimension('lte', 'Long-term Employer Demand', 0.3, 0.3, [
    {
      sourceId: 'bls-annual-openings',
      evidenceGroup: 'bls',
      label: 'BLS projected annual openings, 2024–34',
      direction: 'higher-is-more-resilient',
      raw: 14.2,
      percentile: 0.7338,
      weight: 0.6,
      nativeCodes: ['29-2072'],
    },
    {
      sourceId: 'bls-employment-change',
      evidenceGroup: 'bls',
      label: 'BLS projected employment change, 2024–34',
      direction: 'higher-is-more-resilient',
      raw: 7.1,
      percentile: 0.8678,
      weight: 0.4,
      nativeCodes: ['29-2072'],
    },
  ]);
  const seo = dimension('seo', 'Sustained Economic Opportunity', 0.3, 0.3, [
    {
      sourceId: 'wage-bill',
      label: 'Wage bill change',
      direction: 'higher-is-more-resilient',
      raw: 0.3634,
      percentile: 0.4409,
      weight: 0.67,
      nativeCodes: ['29-20'],
    },
    {
      sourceId: 'adaptive-capacity',
      label: 'Adaptive capacity',
      direction: 'higher-is-more-resilient',
      raw: null,
      percentile: null,
      weight: 0.33,
      nativeCodes: [],
    },
  ]);
  const dimensions = [mhc, lte, seo];
  const score = dimensions.reduce((sum, item) => sum + item.contribution, 0);
  const result: ScoreResult = {
    code: '29-2072',
    title: 'Medical Records Specialists',
    score,
    scorePercent: Math.floor(1000 * score + 0.5) / 10,
    tier: { name: 'Somewhat Resilient', index: 2, above: 35 },
    dimensions,
    missingSources: ['adaptive-capacity'],
    confidence: {
      level: 'High',
      sourcesWithData: 6,
      sourcesTotal: 7,
      agreementSourcesWithData: 4,
      agreementSourcesTotal: 4,
      dispersion: 0.0846,
      levelFromAgreement: 'High',
      coverageCap: null,
      mostDisagreeing: { sourceId: 'anthropic-observed-exposure', percentile: 0.004, deviation: 0.1156 },
      agreementMedian: 0.1196,
    },
    comparison: {
      medianScore: 0.5086,
      scorePercentile: 0.2464,
      scoredOccupations: 832,
      phrase: 'somewhat less resilient',
      sentence:
        'somewhat less resilient to AI impacts than most occupations, according to our analysis of 7 sources',
    },
    uncertainty: {
      leaveOneOut: [
        { sourceId: 'ai-resilience-model', score: 0.4197, tier: 'Somewhat Resilient' },
        { sourceId: 'anthropic-observed-exposure', score: 0.4261, tier: 'Somewhat Resilient' },
        { sourceId: 'microsoft-ai-applicability', score: 0.4127, tier: 'Somewhat Resilient' },
        { sourceId: 'will-robots-take-my-job', score: 0.4101, tier: 'Somewhat Resilient' },
        { sourceId: 'bls-annual-openings', score: 0.4119, tier: 'Somewhat Resilient' },
        { sourceId: 'bls-employment-change', score: 0.3977, tier: 'Somewhat Resilient' },
        { sourceId: 'wage-bill', score: 0.3958, tier: 'Somewhat Resilient' },
        { sourceId: 'adaptive-capacity', score: 0.4135, tier: 'Somewhat Resilient' },
      ],
      leaveOneOutRange: [0.3958, 0.4261],
      monteCarlo: {
        draws: 1000,
        seed: 20260519,
        concentration: 50,
        p05: 0.3921,
        p50: 0.4131,
        p95: 0.4372,
        tierChangeRate: 0.004,
      },
      tierStable: true,
    },
    provenance: {
      methodologyId: 'ai-resilience-report-1.5',
      methodologyVersion: '1.5',
      specificationVersion: '2',
      dataset: 'airesilience snapshot 2026-11',
      ties: 'average',
      weighting: 'none',
      scenario: { wageBillScenario: 'v1.2-gen_plus_physical_ai' },
      sources: [
        {
          id: 'anthropic-observed-exposure',
          label: 'Anthropic observed exposure',
          vintage: 'March 2026',
          citation:
            'Massenkoff, M. & McCrory, P. (2026). Observed AI exposure of US occupations from Claude usage. Anthropic Economic Research.',
          licence: 'CC BY 4.0',
          proxy: false,
          files: [{ path: 'anthropic/job_exposure.csv', sha256: 'a'.repeat(64) }],
        },
        {
          id: 'microsoft-ai-applicability',
          label: 'Microsoft AI applicability',
          vintage: '2025',
          citation:
            'Tomlinson, K., Jaffe, S., Wang, W., Counts, S. & Suri, S. (2025). Working with AI: Measuring the occupational implications of generative AI. Microsoft Research.',
          licence: 'MIT',
          proxy: false,
          files: [{ path: 'microsoft/soc_ai_applicability_scores.csv', sha256: 'b'.repeat(64) }],
        },
        {
          id: 'will-robots-take-my-job',
          label: 'Will Robots Take My Job (Frey & Osborne)',
          vintage: '2013 probabilities, scraped 2024',
          citation:
            'Frey, C. B. & Osborne, M. A. (2017). The future of employment: how susceptible are jobs to computerisation? Technological Forecasting and Social Change 114, 254–280.',
          licence: 'not stated',
          proxy: false,
          files: [{ path: 'frey_osborne/willrobotstakemyjob_scrape_jobData.csv', sha256: 'c'.repeat(64) }],
        },
        {
          id: 'bls-employment-projections',
          label: 'BLS Employment Projections 2024–34',
          vintage: '2024–34 (September 2025)',
          citation:
            'U.S. Bureau of Labor Statistics, Employment Projections program, Table 1.2: Employment by detailed occupation, 2024 and projected 2034.',
          licence: 'Public domain (U.S. federal government)',
          proxy: false,
          files: [{ path: 'bls/occupation.xlsx', sha256: 'd'.repeat(64) }],
        },
        {
          id: 'wage-bill',
          label: 'Wage bill change (Althoff & Reichardt)',
          vintage: 'data release v1.2, gen_plus_physical_ai',
          citation:
            'Althoff, L. & Reichardt, H. (2026). Task-specific technical change and comparative advantage. NBER Working Paper 35353.',
          licence: 'none declared; cite the authors',
          proxy: false,
          files: [{ path: 'althoff_reichardt/occupation_ai_effects_v1.2_gpt4o.csv', sha256: 'e'.repeat(64) }],
        },
        {
          id: 'adaptive-capacity',
          label: 'Adaptive capacity (proxy)',
          vintage: '2026',
          citation:
            'Manning, S. & Aguirre, J. (2026). NBER Working Paper 34705; open proxy by J. Ricciardi (transferability and density components).',
          licence: 'not stated',
          proxy: true,
          files: [
            { path: 'manning_aguirre/proxy_jricciardi/occupation_benchmarks.json', sha256: 'f'.repeat(64) },
          ],
        },
        {
          id: 'onet',
          label: 'O*NET 30.3',
          vintage: '30.3',
          citation:
            'National Center for O*NET Development. O*NET 30.3 Database. U.S. Department of Labor, Employment and Training Administration.',
          licence: 'CC BY 4.0',
          proxy: false,
          files: [{ path: 'onet/30.3/task_statements.csv', sha256: '0'.repeat(64) }],
        },
      ],
    },
  };

  const tasks = TASKS.map(
    ([taskId, statement, resilience]): TaskResilience => ({
      taskId,
      statement,
      taskType: null,
      resilience,
      automationLikelihood: 1 - resilience,
      weight: 1,
      signals: [{ signal: 'eloundou-beta', value: 0.5, join: 'id' }],
    }),
  ).sort((a, b) => (b.resilience ?? -1) - (a.resilience ?? -1) || a.taskId - b.taskId);

  const profile: OccupationProfile = {
    code: '29-2072',
    title: 'Medical Records Specialists',
    description:
      'Compile, process and maintain medical records of patients in a way that meets medical, administrative, ethical, legal and regulatory requirements of the health care system; classify and code clinical information for reimbursement and research.',
    facts: {
      employment2024: 194.8,
      employment2034: 208.6,
      employmentChangePercent: 7.1,
      annualOpenings: 14.2,
      medianWage: 50250,
      medianWageTopCoded: false,
      typicalEducation: 'Postsecondary nondegree award',
      workExperience: 'None',
      onTheJobTraining: 'None',
      citation:
        'U.S. Bureau of Labor Statistics, Employment Projections 2024–34, Table 1.2 (occupation.xlsx); median wage from OEWS May 2024.',
    },
    tasks,
  };
  return { result, profile };
}
