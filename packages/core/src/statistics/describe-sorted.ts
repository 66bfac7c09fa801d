import { mean, sampleStandardDeviation } from 'simple-statistics';
import { asPlainArray } from './as-plain-array';
import { assertSortedFinite } from './assert-sorted-finite';
import { quantileType7 } from './quantile-type7';

export type SortedDescription = {
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n - 1). */
  sd: number;
  min: number;
  max: number;
  /** [q1, median, q3], R type 7. */
  quartiles: [number, number, number];
  /** [d1, ..., d9] (10th to 90th percentile), R type 7. */
  deciles: number[];
};

/**
 * Summary of one cohort, given its values sorted: size, mean, sample
 * standard deviation (n - 1 divisor, as R's `sd`), extremes, quartiles and
 * deciles. Quantiles are R type 7 (Hyndman & Fan 1996 definition 7; see
 * `quantileType7`), so `quartiles` equals R's
 * `quantile(x, c(0.25, 0.5, 0.75))` and `deciles` equals
 * `quantile(x, seq(0.1, 0.9, 0.1))`.
 *
 * Accepts a `Float64Array` without copying it.
 *
 * @param sorted the cohort's values in ascending order
 * @returns the description
 * @throws {Error} when there are fewer than two values, a value is not
 *   finite, or the values are not in ascending order
 * @example
 * describeSorted([1, 2, 3, 4, 5]).quartiles; // => [2, 3, 4]
 */
export function describeSorted(sorted: ArrayLike<number>): SortedDescription {
  const n = sorted.length;
  if (n < 2) throw new Error(`describeSorted requires at least two values, got ${n}`);
  assertSortedFinite('describeSorted', sorted);
  const deciles: number[] = [];
  for (let i = 1; i <= 9; i++) deciles.push(quantileType7(sorted, i / 10));
  return {
    n,
    mean: mean(asPlainArray(sorted)),
    sd: sampleStandardDeviation(asPlainArray(sorted)),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    quartiles: [quantileType7(sorted, 0.25), quantileType7(sorted, 0.5), quantileType7(sorted, 0.75)],
    deciles,
  };
}
