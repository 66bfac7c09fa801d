import { normalQuantile } from './normal-quantile';
import { sortedCounts } from './sorted-counts';
import { wilsonInterval } from './wilson-interval';

// The z for the last confidence level asked for: computing it costs more
// than the lookup itself, and callers ask for the same level every time.
let cachedConfidence = Number.NaN;
let cachedZ = Number.NaN;

export type PercentileRankInterval = {
  /** Mid-rank percentile rank, 0 to 100 (as `percentileRank`). */
  rank: number;
  /** Lower bound, 0 to 100. */
  low: number;
  /** Upper bound, 0 to 100. */
  high: number;
  method: 'wilson';
};

/**
 * Percentile rank of `value` with a confidence interval. The rank is the
 * mid-rank proportion p̂ = (below + 0.5·equal) / n of `percentileRank`;
 * the interval is the Wilson score interval on p̂ with n the cohort size
 * (see `wilsonInterval`), scaled to 0-100.
 *
 * Why: a rank against 12 peers is far less certain than one against 1 200,
 * and the interval says so (12 peers: a rank of 50 spans about 25 to 75;
 * 1 200 peers: about 47 to 53). Treating the cohort as a sample of the
 * population it stands for, the rank is a binomial proportion; Wilson keeps
 * the bounds inside 0-100 and stays sensible at the extremes, where the
 * Wald interval collapses.
 *
 * @param sorted the cohort's values in ascending order (not checked)
 * @param value the value to rank
 * @param confidence two-sided confidence level, default 0.95
 * @returns rank and interval bounds, in percent
 * @throws {Error} when the cohort is empty, `value` is NaN, or
 *   `confidence` is not in (0, 1)
 * @example
 * percentileRankInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5).low; // => 23.65930905125639
 */
export function percentileRankInterval(
  sorted: ArrayLike<number>,
  value: number,
  confidence = 0.95,
): PercentileRankInterval {
  const n = sorted.length;
  if (n === 0) throw new Error('percentileRankInterval requires a non-empty cohort');
  if (Number.isNaN(value)) throw new Error('percentileRankInterval requires a value that is a number, got NaN');
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`percentileRankInterval requires a confidence strictly between 0 and 1, got ${confidence}`);
  }
  const { below, equal } = sortedCounts(sorted, value);
  const successes = below + 0.5 * equal;
  if (confidence !== cachedConfidence) {
    cachedZ = normalQuantile((1 + confidence) / 2);
    cachedConfidence = confidence;
  }
  const { low, high } = wilsonInterval(successes, n, cachedZ);
  return { rank: (100 * successes) / n, low: 100 * low, high: 100 * high, method: 'wilson' };
}
