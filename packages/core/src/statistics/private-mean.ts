import { laplaceNoise, type UniformSource } from './laplace-noise';

/**
 * A mean released with epsilon-differential privacy, bounded-mean style
 * (as Google's differential-privacy library's BoundedMean): each value is
 * clamped to [lower, upper] and centred on the midpoint c; half the budget
 * buys a noisy count n + Laplace(2/epsilon) (sensitivity 1), the other half
 * a noisy centred sum Σ(x - c) + Laplace((upper - lower)/epsilon)
 * (sensitivity (upper - lower)/2); the release is
 * c + noisy sum / max(1, noisy count), clamped to [lower, upper].
 *
 * Guarantee: epsilon-DP for this one released statistic, under
 * add/remove-one neighbouring datasets (one respondent more or fewer), by
 * sequential composition of the two epsilon/2 Laplace mechanisms (Dwork &
 * Roth 2014, Theorems 3.6 and 3.16); the final division and clamp are
 * post-processing. It holds only because values are clamped here, which is
 * why this takes the values rather than a precomputed sum. Statistics
 * released from the same cohort compose sequentially: their epsilons add
 * up. The bounds must not be derived from the data.
 *
 * @param values the cohort's values (clamped to [lower, upper] here)
 * @param lower lower clamp bound, fixed in advance
 * @param upper upper clamp bound, > lower
 * @param epsilon total privacy budget for this mean, > 0
 * @param random uniform source in (0, 1): a secure one for a release (see `laplaceNoise`).
 *   Drawn twice: first for the count noise, then for the sum noise.
 * @returns the noisy mean, within [lower, upper]
 * @throws {Error} when a value or bound is not finite, lower >= upper, or
 *   epsilon is not a positive finite number
 * @example
 * privateMean([1, 2, 3, 100], 0, 10, 1, () => 0.5); // => 4 (zero-noise draws; 100 clamped to 10)
 */
export function privateMean(
  values: ArrayLike<number>,
  lower: number,
  upper: number,
  epsilon: number,
  random: UniformSource,
): number {
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || !(lower < upper)) {
    throw new Error(`privateMean requires finite bounds with lower < upper, got [${lower}, ${upper}]`);
  }
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new Error(`privateMean requires a finite epsilon > 0, got ${epsilon}`);
  const centre = (lower + upper) / 2;
  let centredSum = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) throw new Error(`privateMean requires finite values, got ${value} at index ${i}`);
    centredSum += Math.min(upper, Math.max(lower, value)) - centre;
  }
  const noisyCount = values.length + laplaceNoise(2 / epsilon, random);
  const noisySum = centredSum + laplaceNoise((upper - lower) / epsilon, random);
  return Math.min(upper, Math.max(lower, centre + noisySum / Math.max(1, noisyCount)));
}
