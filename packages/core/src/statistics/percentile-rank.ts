import { sortedCounts } from './sorted-counts';

/**
 * Percentile rank of `value` in a cohort, ties counted by mid-rank:
 * 100 · (count below + 0.5 · count equal) / n. This is the "mean" kind of
 * scipy's `percentileofscore(a, value, kind='mean')`, and it is symmetric:
 * a value equal to every cohort member ranks 50.
 *
 * Two binary searches over the sorted cohort: no sorting, no copying, so a
 * prepared cohort (see `sortCohort`) answers in O(log n). Unlike
 * simple-statistics' `quantileRank`, which sorts a copy on each call.
 *
 * @param sorted the cohort's values in ascending order (not checked: that
 *   would cost O(n) per lookup)
 * @param value the value to rank; need not occur in the cohort
 * @returns the percentile rank, 0 to 100
 * @throws {Error} when the cohort is empty or `value` is NaN
 * @example
 * percentileRank([1, 2, 2, 3], 2); // => 50
 */
export function percentileRank(sorted: ArrayLike<number>, value: number): number {
  if (sorted.length === 0) throw new Error('percentileRank requires a non-empty cohort');
  if (Number.isNaN(value)) throw new Error('percentileRank requires a value that is a number, got NaN');
  const { below, equal } = sortedCounts(sorted, value);
  return (100 * (below + 0.5 * equal)) / sorted.length;
}
