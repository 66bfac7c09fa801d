import { mean, sampleVariance } from 'simple-statistics';
import { asPlainArray } from './as-plain-array';
import { assertFinite } from './assert-finite';
import { studentTCdf } from './student-t-cdf';
import { studentTQuantile } from './student-t-quantile';

export type WelchTTest = {
  /** t statistic for mean(a) - mean(b). */
  t: number;
  /** Welch-Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value. */
  p: number;
  meanDifference: number;
  standardError: number;
  /** Confidence interval of mean(a) - mean(b) at the requested level. */
  low: number;
  high: number;
};

/**
 * Welch's two-sample t-test, which does not assume equal variances
 * (Welch 1947), as R's `t.test(a, b)`: t = (mean(a) - mean(b)) / se with
 * se² = var(a)/n_a + var(b)/n_b, Welch-Satterthwaite degrees of freedom
 * df = se⁴ / ((var(a)/n_a)²/(n_a - 1) + (var(b)/n_b)²/(n_b - 1)),
 * two-sided p = 2·P(T_df <= -|t|), and the interval
 * mean difference ± qt((1 + confidence)/2, df)·se.
 *
 * @param a first sample, at least two values
 * @param b second sample, at least two values
 * @param confidence level of the interval, default 0.95
 * @returns statistic, degrees of freedom, p-value and interval
 * @throws {Error} when a sample has fewer than two values or a value that
 *   is not finite, both samples are constant, or `confidence` is not in
 *   (0, 1)
 * @example
 * welchTTest([1, 2, 3, 4], [2, 4, 6, 8]).df; // => 4.411764705882353
 */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>, confidence = 0.95): WelchTTest {
  if (a.length < 2 || b.length < 2) {
    throw new Error(`welchTTest requires at least two values in each sample, got ${a.length} and ${b.length}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`welchTTest requires a confidence strictly between 0 and 1, got ${confidence}`);
  }
  assertFinite('welchTTest', 'values in the first sample', a);
  assertFinite('welchTTest', 'values in the second sample', b);
  const shareA = sampleVariance(asPlainArray(a)) / a.length;
  const shareB = sampleVariance(asPlainArray(b)) / b.length;
  const variance = shareA + shareB;
  if (variance === 0) throw new Error('welchTTest requires at least one sample whose values vary');
  const standardError = Math.sqrt(variance);
  const meanDifference = mean(asPlainArray(a)) - mean(asPlainArray(b));
  const t = meanDifference / standardError;
  const df = (variance * variance) / ((shareA * shareA) / (a.length - 1) + (shareB * shareB) / (b.length - 1));
  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  const margin = studentTQuantile((1 + confidence) / 2, df) * standardError;
  return { t, df, p, meanDifference, standardError, low: meanDifference - margin, high: meanDifference + margin };
}
