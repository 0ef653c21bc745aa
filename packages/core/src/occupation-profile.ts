/** BLS employment and wage facts for one occupation (Employment Projections 2024–34, OEWS May 2024). */
export interface EmploymentFacts {
  /** Employment 2024, thousands. */
  employment2024: number | null;
  /** Projected employment 2034, thousands. */
  employment2034: number | null;
  /** Projected employment change 2024–34, percent, as published (one decimal). */
  employmentChangePercent: number | null;
  /** Projected annual openings 2024–34, thousands. */
  annualOpenings: number | null;
  /** Median annual wage 2024, dollars; for a top-coded wage, the top code (239,200). */
  medianWage: number | null;
  /** `true` when the published median wage is top-coded (">=$239,200"): print it as "≥ $239,200". */
  medianWageTopCoded: boolean;
  /** Typical education needed for entry. */
  typicalEducation: string | null;
  /** Work experience in a related occupation. */
  workExperience: string | null;
  /** Typical on-the-job training. */
  onTheJobTraining: string | null;
  /** The citation of the release the facts come from. */
  citation: string;
}

/** The O*NET Task Type of a task statement; `null` where O*NET gives none (e.g. analyst-sourced tasks). */
export type TaskType = 'Core' | 'Supplemental' | null;

/** One task of an occupation with its resilience from the open AI Resilience Model. */
export interface TaskResilience {
  /** The O*NET Task ID. */
  taskId: number;
  /** The task statement. */
  statement: string;
  /** The O*NET Task Type. */
  taskType: TaskType;
  /** The task's resilience in [0, 1] (1 − automation likelihood); null when no signal reached it. */
  resilience: number | null;
  /** The mean of the available signals in [0, 1]; null when there is none. */
  automationLikelihood: number | null;
  /** The weight of the task in its occupation's mean. */
  weight: number;
  /** Which signals the task has and how each was joined. */
  signals: {
    /** The signal's name, e.g. `althoff-reichardt`. */
    signal: string;
    /** Its value in [0, 1] (higher = more automatable). */
    value: number;
    /** How the task was joined to the signal's source. */
    join: 'id' | 'text' | 'crosswalk' | 'observed-zero';
  }[];
}

/**
 * What a report shows about an occupation beyond its score: the title, the O*NET description, the BLS
 * facts and the tasks. `@airesilience/data` builds it from the dataset (`getProfile`).
 */
export interface OccupationProfile {
  /** The occupation code. */
  code: string;
  /** The title. */
  title: string;
  /** The O*NET description, when there is one. */
  description: string | null;
  /** The BLS facts, when the occupation is in the projections matrix. */
  facts: EmploymentFacts | null;
  /** The tasks, most resilient first; empty when O*NET lists none. */
  tasks: TaskResilience[];
}
