import { wilcoxonRankSum } from 'simple-statistics';
import { assertFinite } from './assert-finite';
import { normalCdf } from './normal-cdf';

export type MannWhitneyU = {
  /** U for the first sample: pairs with a > b, plus half the ties (R's W). */
  u: number;
  /** (U - n_a·n_b/2) / σ_U, σ_U corrected for ties. */
  z: number;
  /** Two-sided p-value from the normal approximation. */
  p: number;
};

/**
 * Mann-Whitney U (Wilcoxon rank-sum) test by the normal approximation with
 * the tie correction and without continuity correction, as R's
 * `wilcox.test(a, b, exact = FALSE, correct = FALSE)`. U = R_a - n_a(n_a+1)/2
 * with R_a the mid-rank sum of `a` (simple-statistics `wilcoxonRankSum`);
 * Var(U) = n_a·n_b/12 · (N + 1 - Σ(t³ - t) / (N(N - 1))) over tie groups of
 * size t (Hollander & Wolfe, Nonparametric Statistical Methods, 4.3).
 *
 * @param a first sample
 * @param b second sample
 * @returns U, z and the two-sided p-value
 * @throws {Error} when a sample is empty or has a value that is not
 *   finite, or when all values are equal (the variance of U is then 0)
 * @example
 * mannWhitneyU([1, 2, 3], [4, 5, 6]).u; // => 0
 */
export function mannWhitneyU(a: ArrayLike<number>, b: ArrayLike<number>): MannWhitneyU {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0) throw new Error(`mannWhitneyU requires non-empty samples, got ${na} and ${nb} values`);
  assertFinite('mannWhitneyU', 'values in the first sample', a);
  assertFinite('mannWhitneyU', 'values in the second sample', b);
  const u = wilcoxonRankSum(Array.from(a), Array.from(b)) - (na * (na + 1)) / 2;

  const pooled = new Float64Array(na + nb);
  pooled.set(a);
  pooled.set(b, na);
  pooled.sort();
  let tieTerm = 0;
  for (let start = 0; start < pooled.length; ) {
    let end = start + 1;
    while (end < pooled.length && pooled[end] === pooled[start]) end++;
    const size = end - start;
    tieTerm += size * size * size - size;
    start = end;
  }
  const total = na + nb;
  const variance = ((na * nb) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) throw new Error('mannWhitneyU requires at least two distinct values across the samples');
  const z = (u - (na * nb) / 2) / Math.sqrt(variance);
  return { u, z, p: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
