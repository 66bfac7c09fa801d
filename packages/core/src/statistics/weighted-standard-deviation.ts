import { checkWeights } from './check-weights';
import { weightedMean } from './weighted-mean';

/**
 * Weighted standard deviation with reliability ("analytic") weights, the
 * unbiased form for weights that express relative importance rather than
 * counts: s² = V1 / (V1² - V2) · Σ w_i (x_i - x̄_w)², V1 = Σ w_i,
 * V2 = Σ w_i² (GNU Scientific Library `gsl_stats_wsd`; numpy
 * `np.cov(x, aweights=w)`). It does not change when all weights are
 * multiplied by a constant, which survey weights need, and with equal
 * weights it is the ordinary sample standard deviation (n - 1). Frequency
 * weights (a weight of 3 meaning three identical respondents) are a
 * different estimator: expand the data for those.
 *
 * @param values the observations
 * @param weights one non-negative weight per observation
 * @returns the weighted standard deviation
 * @throws {Error} as `weightedMean`, and when fewer than two weights are
 *   positive
 * @example
 * weightedStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1, 1, 1, 1, 1, 1]); // => 2.138089935299395
 */
export function weightedStandardDeviation(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const v1 = checkWeights('weightedStandardDeviation', values, weights);
  const centre = weightedMean(values, weights);
  let v2 = 0;
  let squares = 0;
  let positive = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] as number;
    const d = (values[i] as number) - centre;
    if (w > 0) positive++;
    v2 += w * w;
    squares += w * d * d;
  }
  if (positive < 2) throw new Error(`weightedStandardDeviation requires at least two positive weights, got ${positive}`);
  return Math.sqrt((v1 * squares) / (v1 * v1 - v2));
}
