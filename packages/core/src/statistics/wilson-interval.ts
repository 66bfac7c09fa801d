export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; method 3
 * of Newcombe 1998, "Two-sided confidence intervals for the single
 * proportion", Stat Med 17:857-872), without continuity correction: R's
 * `prop.test(x, n, correct = FALSE)$conf.int`. With p̂ = successes / n,
 *   centre = (p̂ + z²/2n) / (1 + z²/n),
 *   half   = z / (1 + z²/n) · √(p̂(1 - p̂)/n + z²/4n²).
 * It stays inside [0, 1] and, unlike the Wald interval, does not collapse
 * to a point at 0 or n successes.
 *
 * `successes` may be fractional (a mid-rank count, for instance).
 *
 * @param successes number of successes, 0 to n
 * @param n number of trials, > 0
 * @param z the normal quantile for the confidence level (1.959963984540054
 *   for 95 %; see `normalQuantile`)
 * @returns the interval on the proportion scale
 * @throws {Error} when n <= 0, successes is outside [0, n], or z <= 0
 * @example
 * wilsonInterval(0, 20, 1.959963984540054).high; // => 0.16112515805281938
 */
export function wilsonInterval(successes: number, n: number, z: number): Interval {
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`wilsonInterval requires n > 0, got ${n}`);
  if (!(successes >= 0 && successes <= n)) {
    throw new Error(`wilsonInterval requires successes between 0 and n (${n}), got ${successes}`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new Error(`wilsonInterval requires z > 0, got ${z}`);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
