import { gammaln } from 'simple-statistics';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/**
 * Upper regularized incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a),
 * by the power series of P = 1 - Q for x < a + 1 and by its continued
 * fraction (modified Lentz) otherwise, as in Press et al., Numerical
 * Recipes, 3rd ed., §6.2. The continued fraction keeps relative accuracy
 * far into the upper tail, which is why `normalCdf` is built on it.
 *
 * @param a shape, > 0
 * @param x argument, >= 0
 * @returns Q(a, x), between 0 and 1
 * @throws {Error} when a <= 0, x < 0, or the expansion does not converge
 * @example
 * regularizedGammaQ(1, 2); // => 0.13533528323661273 (e^-2)
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !Number.isFinite(a)) throw new Error(`regularizedGammaQ requires a finite a > 0, got ${a}`);
  if (!(x >= 0)) throw new Error(`regularizedGammaQ requires x >= 0, got ${x}`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logPrefactor = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k <= MAX_ITERATIONS; k++) {
      term *= x / (a + k);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) return 1 - sum * Math.exp(logPrefactor);
    }
    throw new Error(`regularizedGammaQ requires a series that converges (a = ${a}, x = ${x})`);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return Math.exp(logPrefactor) * h;
  }
  throw new Error(`regularizedGammaQ requires a continued fraction that converges (a = ${a}, x = ${x})`);
}
