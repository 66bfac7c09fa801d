import { normalCdf } from '../../statistics/normal-cdf';

/**
 * P(Z1 > a and Z2 > t) for standard normals with correlation `rho`, by
 * Simpson's rule over z1 (the integrand is smooth; 400 panels over
 * [a, a + 10] are exact to about 1e-9 here).
 */
export function jointUpperTail(a: number, t: number, rho: number): number {
  const from = Math.max(a, -10);
  const to = from + 10;
  const panels = 400;
  const h = (to - from) / panels;
  const scale = Math.sqrt(1 - rho * rho);
  const f = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * (1 - normalCdf((t - rho * z) / scale));
  let sum = f(from) + f(to);
  for (let i = 1; i < panels; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

/**
 * The threshold t with P(Z1 > a and Z2 > t) = joint: where to cut a latent
 * correlated with the one that decides whether a row applies at all, so the
 * share of all organizations above it is the published one. Bisection;
 * `joint` beyond what is reachable gives -Infinity.
 */
export function thresholdForJointTail(a: number, joint: number, rho: number): number {
  if (joint <= 0) return Infinity;
  if (joint >= jointUpperTail(a, -12, rho)) return -Infinity;
  let low = -12;
  let high = 12;
  for (let i = 0; i < 80; i++) {
    const middle = (low + high) / 2;
    if (jointUpperTail(a, middle, rho) > joint) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
