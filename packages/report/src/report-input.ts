import type { OccupationProfile, ScoreResult } from '@airesilience/core';
import type { TierBand } from './tier-bands.js';

/** What every report formats: one scored occupation and its profile. */
export interface ReportInput {
  /** The score, its dimensions, sources, confidence, comparison, uncertainty and provenance. */
  result: ScoreResult;
  /** The title, O*NET description, BLS facts and tasks of the same occupation. */
  profile: OccupationProfile;
}

/** Options shared by the human-readable formats. */
export interface ReportOptions {
  /**
   * The tier bands to draw, lowest first, contiguous from 0 to 100 (default: the methodology's six
   * tiers). The band at the result's tier index always takes the result's tier name.
   */
  tiers?: readonly TierBand[];
}
