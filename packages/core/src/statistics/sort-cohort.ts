import { assertFinite } from './assert-finite';

/**
 * Prepares a cohort for `describeSorted`, `percentileRank` and
 * `percentileRankInterval`: a new `Float64Array` of the values in ascending
 * numeric order (typed-array sort compares numbers, not strings).
 *
 * @param values the cohort's values, in any order
 * @returns a sorted copy
 * @throws {Error} when a value is not finite
 * @example
 * Array.from(sortCohort([10, 9, 100])); // => [9, 10, 100]
 */
export function sortCohort(values: ArrayLike<number>): Float64Array {
  assertFinite('sortCohort', 'values', values);
  return Float64Array.from(values).sort();
}
