import type { CohortComparison } from '@crm-maturity/core';

export type CohortBand = { id: string; q1: number; median: number; q3: number }[];

/**
 * The cohort's interquartile band and median per dimension, in the order of
 * `dimensionIds`, from a released comparison; null for an unavailable one,
 * for none, or when the release publishes no quartiles for the cohort (too
 * small for them), so a chart never shows a number the release does not.
 */
export function cohortBand(comparison: CohortComparison | undefined, dimensionIds: string[]): CohortBand | null {
  if (comparison?.status !== 'released') return null;
  const band: CohortBand = [];
  for (const id of dimensionIds) {
    const measure = comparison.measures.find((m) => m.id === id);
    if (!measure) throw new RangeError(`cohortBand requires a measure for every dimension, got none for "${id}"`);
    if (!measure.cohortQuartiles) return null;
    const [q1, median, q3] = measure.cohortQuartiles;
    band.push({ id, q1, median, q3 });
  }
  return band;
}
