import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

/**
 * Cumulative distribution function of Student's t distribution with `df`
 * degrees of freedom (df need not be whole), R's `pt(t, df)`. Uses
 * P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½) (Abramowitz & Stegun 26.7.1 and
 * 26.5.27) and, when t² < df, the complementary form
 * P(|T| < |t|) = I_{t²/(df+t²)}(½, df/2), so that neither 1 - x nor a
 * near-1 probability loses digits.
 *
 * @param t the quantile
 * @param df degrees of freedom, > 0
 * @returns P(T <= t)
 * @throws {Error} when t is NaN or df is not a positive finite number
 * @example
 * studentTCdf(2, 10); // => 0.9633059826146299
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t)) throw new Error('studentTCdf requires t to be a number, got NaN');
  if (!(df > 0) || !Number.isFinite(df)) throw new Error(`studentTCdf requires finite df > 0, got ${df}`);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  if (t2 < df) {
    const central = regularizedIncompleteBeta(t2 / (df + t2), 0.5, df / 2);
    return t < 0 ? 0.5 - 0.5 * central : 0.5 + 0.5 * central;
  }
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}
