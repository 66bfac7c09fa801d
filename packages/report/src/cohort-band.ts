import type { CohortComparison } from '@crm-maturity/core';

export type CohortBand = { id: string; q1: number; median: number; q3: number }[];

/**
 * The cohort's interquartile band and median per dimension, in the order of
 * `dimensionIds`, from a released comparison; null for a withheld one or
 * none, so a withheld cohort can never leak a number into a chart.
 */
export function cohortBand(comparison: CohortComparison | undefined, dimensionIds: string[]): CohortBand | null {
  if (comparison?.status !== 'released') return null;
  return dimensionIds.map((id) => {
    const measure = comparison.measures.find((m) => m.id === id);
    if (!measure) throw new RangeError(`cohortBand requires a measure for every dimension, got none for "${id}"`);
    const [q1, median, q3] = measure.cohortQuartiles;
    return { id, q1, median, q3 };
  });
}
