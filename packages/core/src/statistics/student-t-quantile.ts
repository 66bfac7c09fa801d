import { gammaln } from 'simple-statistics';
import { normalQuantile } from './normal-quantile';
import { studentTCdf } from './student-t-cdf';

/**
 * Quantile function of Student's t distribution, R's `qt(p, df)`: the t
 * with `studentTCdf(t, df) = p`, found by Newton's method on the CDF,
 * safeguarded by bisection inside a bracket that always contains the root.
 *
 * @param p probability, strictly between 0 and 1
 * @param df degrees of freedom, > 0 (need not be whole)
 * @returns the quantile
 * @throws {Error} when p is not in (0, 1) or df is not a positive finite
 *   number
 * @example
 * studentTQuantile(0.975, 10); // => 2.228138851986275
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`studentTQuantile requires p strictly between 0 and 1, got ${p}`);
  if (!(df > 0) || !Number.isFinite(df)) throw new Error(`studentTQuantile requires finite df > 0, got ${df}`);
  if (p === 0.5) return 0;
  // Solve in the lower tail, where p has full relative precision, then mirror.
  const lowerP = p < 0.5 ? p : 1 - p;
  const logDensityConstant = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (t: number) => Math.exp(logDensityConstant - ((df + 1) / 2) * Math.log1p((t * t) / df));
  let high = 0;
  let low = Math.min(-1, normalQuantile(lowerP));
  while (studentTCdf(low, df) > lowerP) {
    high = low;
    low *= 2;
  }
  let t = Math.max(low, Math.min(high, normalQuantile(lowerP)));
  for (let i = 0; i < 200; i++) {
    const error = studentTCdf(t, df) - lowerP;
    if (error === 0) break;
    if (error > 0) high = t;
    else low = t;
    let next = t - error / density(t);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) {
      t = next;
      break;
    }
    t = next;
  }
  return p < 0.5 ? t : -t;
}
