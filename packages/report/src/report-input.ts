import type { Methodology, OccupationProfile, ScoreResult } from '@airesilience/core';

/** What every report formats: one scored occupation and its profile. */
export interface ReportInput {
  /** The score, its dimensions, sources, confidence, comparison, uncertainty and provenance. */
  result: ScoreResult;
  /** The title, O*NET description, BLS facts and tasks of the same occupation. */
  profile: OccupationProfile;
}

/** The parts of a methodology a report uses. */
export type ReportMethodology = Pick<Methodology, 'tiers' | 'confidence'>;

/** Options shared by the human-readable formats. */
export interface ReportOptions {
  /**
   * The methodology the result was scored with (default `DEFAULT_METHODOLOGY`): its tiers are drawn
   * on the score gauge, and its agreement dimension names the AI-exposure sources in the confidence
   * explanation. The result's own tier name always wins for its tier.
   */
  methodology?: ReportMethodology;
}
