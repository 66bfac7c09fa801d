import { mean, sampleVariance } from 'simple-statistics';
import { asPlainArray } from './as-plain-array';
import { assertFinite } from './assert-finite';

/**
 * Cohen's d with the pooled standard deviation (Cohen 1988, Statistical
 * Power Analysis, eq. 2.5.2): (mean(a) - mean(b)) / s_p with
 * s_p² = ((n_a - 1)·var(a) + (n_b - 1)·var(b)) / (n_a + n_b - 2), as
 * `effsize::cohen.d(a, b)` in R. No small-sample (Hedges) correction.
 *
 * @param a first sample
 * @param b second sample
 * @returns the standardized mean difference
 * @throws {Error} when a sample has a value that is not finite, the two
 *   samples have fewer than three values between them or one is empty, or
 *   the pooled standard deviation is 0
 * @example
 * cohensD([2, 4, 6], [1, 3, 5]); // => 0.5
 */
export function cohensD(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0 || a.length + b.length < 3) {
    throw new Error(`cohensD requires non-empty samples with three values between them, got ${a.length} and ${b.length}`);
  }
  assertFinite('cohensD', 'values in the first sample', a);
  assertFinite('cohensD', 'values in the second sample', b);
  const squaresA = a.length > 1 ? (a.length - 1) * sampleVariance(asPlainArray(a)) : 0;
  const squaresB = b.length > 1 ? (b.length - 1) * sampleVariance(asPlainArray(b)) : 0;
  const pooled = Math.sqrt((squaresA + squaresB) / (a.length + b.length - 2));
  if (pooled === 0) throw new Error('cohensD requires samples whose values vary (pooled standard deviation is 0)');
  return (mean(asPlainArray(a)) - mean(asPlainArray(b))) / pooled;
}
