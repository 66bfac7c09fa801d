/**
 * The p-quantile of sorted data by linear interpolation between order
 * statistics: R's `quantile(x, p, type = 7)`, numpy's default "linear"
 * method (Hyndman & Fan 1996, "Sample quantiles in statistical packages",
 * definition 7). With h = (n - 1)·p, the result is
 * x[floor(h)] + (h - floor(h))·(x[floor(h) + 1] - x[floor(h)]) (0-based).
 *
 * simple-statistics' `quantileSorted` computes the same thing, but is typed
 * for plain arrays only; this one reads a `Float64Array` cohort in place.
 *
 * @param sorted values in ascending order (not checked: checking would cost
 *   a pass over the data on every call)
 * @param p the probability, 0 to 1 inclusive
 * @returns the type-7 quantile
 * @throws {Error} when `sorted` is empty or `p` is not in [0, 1]
 * @example
 * quantileType7([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.25); // => 7.5
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantileType7 requires at least one data point');
  if (!(p >= 0 && p <= 1)) throw new Error(`quantileType7 requires p between 0 and 1, got ${p}`);
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  if (lower === h) return below;
  const above = sorted[lower + 1] as number;
  return below + (h - lower) * (above - below);
}
