import { regularizedGammaQ } from './regularized-gamma-q';

/**
 * Standard normal cumulative distribution function Φ(x) = P(Z <= x), R's
 * `pnorm(x)`, computed as ½·erfc(-x/√2) with erfc(t) = Q(½, t²)
 * (Abramowitz & Stegun 7.1.2 and 6.5.17). Accurate to about 1e-14
 * relative, tails included, unlike simple-statistics'
 * `cumulativeStdNormalProbability`, which reads a 2-decimal table.
 *
 * @param x the quantile
 * @returns Φ(x)
 * @throws {Error} when x is NaN
 * @example
 * normalCdf(1.96); // => 0.9750021048517796
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new Error('normalCdf requires a number, got NaN');
  const tail = 0.5 * regularizedGammaQ(0.5, (x * x) / 2);
  return x < 0 ? tail : 1 - tail;
}
