import { laplaceNoise, type UniformSource } from './laplace-noise';

/**
 * A count released with epsilon-differential privacy by the Laplace
 * mechanism (Dwork, McSherry, Nissim & Smith 2006; Dwork & Roth 2014, The
 * Algorithmic Foundations of Differential Privacy, Theorem 3.6): adding or
 * removing one respondent changes a count by at most 1 (sensitivity 1), so
 * count + Laplace(1/epsilon) is epsilon-DP under add/remove-one
 * neighbouring datasets. The result is not rounded or clamped: doing so
 * (Math.max(0, Math.round(x))) is post-processing and keeps the guarantee.
 * Each release spends epsilon; releases from the same cohort add up
 * (sequential composition).
 *
 * @param count the true count
 * @param epsilon privacy budget spent, > 0
 * @param random uniform source in (0, 1): a secure one for a release (see `laplaceNoise`)
 * @returns the noisy count
 * @throws {Error} when count is not finite or epsilon is not a positive
 *   finite number
 * @example
 * privateCount(10, 0.5, () => 0.5); // => 10 (u = ½ is the zero-noise draw)
 */
export function privateCount(count: number, epsilon: number, random: UniformSource): number {
  if (!Number.isFinite(count)) throw new Error(`privateCount requires a finite count, got ${count}`);
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new Error(`privateCount requires a finite epsilon > 0, got ${epsilon}`);
  return count + laplaceNoise(1 / epsilon, random);
}
