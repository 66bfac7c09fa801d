import { assertFinite } from './assert-finite';
import { sortedCounts } from './sorted-counts';

/**
 * Cliff's delta (Cliff 1993, Psychological Bulletin 114:494-509):
 * (#{a_i > b_j} - #{a_i < b_j}) / (n_a·n_b), from -1 (every a below every
 * b) to 1. Computed in O((n_a + n_b) log n_b) by sorting a copy of `b` and
 * counting with binary searches, not by comparing every pair.
 *
 * @param a first sample
 * @param b second sample
 * @returns the dominance statistic
 * @throws {Error} when a sample is empty or has a value that is not finite
 * @example
 * cliffsDelta([3, 4, 5], [1, 2, 3]); // => 0.8888888888888888
 */
export function cliffsDelta(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) {
    throw new Error(`cliffsDelta requires non-empty samples, got ${a.length} and ${b.length} values`);
  }
  assertFinite('cliffsDelta', 'values in the first sample', a);
  assertFinite('cliffsDelta', 'values in the second sample', b);
  const sortedB = Float64Array.from(b).sort();
  let dominance = 0;
  for (let i = 0; i < a.length; i++) {
    const { below, equal } = sortedCounts(sortedB, a[i] as number);
    dominance += below - (b.length - below - equal);
  }
  return dominance / (a.length * b.length);
}
