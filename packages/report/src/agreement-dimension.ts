import type { DimensionScore, Methodology, ScoreResult, SourceScore } from '@airesilience/core';

/**
 * The dimension whose sources the confidence's agreement is judged on (the AI-exposure sources): the
 * methodology's agreement dimension when given, else `mhc`, else the first dimension with a
 * higher-is-more-exposed source, else the first dimension.
 */
export function agreementDimension(
  result: Pick<ScoreResult, 'dimensions'>,
  methodology?: Pick<Methodology, 'confidence'>,
): DimensionScore | null {
  const id = methodology?.confidence.agreementDimension ?? 'mhc';
  return (
    result.dimensions.find((dimension) => dimension.id === id) ??
    result.dimensions.find((dimension) =>
      dimension.sources.some((source) => source.direction === 'higher-is-more-exposed'),
    ) ??
    result.dimensions[0] ??
    null
  );
}

/** Every source of the result, in dimension then methodology order. */
export function allSources(result: Pick<ScoreResult, 'dimensions'>): SourceScore[] {
  return result.dimensions.flatMap((dimension) => dimension.sources);
}

/** `high` at or above 0.7, `low` below 0.4, else `medium`: the cuts of the dimension levels. */
export type Band = 'low' | 'medium' | 'high';

/** The band of a value in [0, 1] with the dimension-level cuts. */
export function bandOf(value: number): Band {
  return value < 0.4 ? 'low' : value >= 0.7 ? 'high' : 'medium';
}

/** A source has data when it is not flagged missing and its percentile is a finite number. */
export function hasData(source: SourceScore): source is SourceScore & { percentile: number } {
  return !source.missing && source.percentile !== null && Number.isFinite(source.percentile);
}
