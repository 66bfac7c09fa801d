/**
 * How many values of a sorted array are below `value` and how many equal
 * it, by two binary searches (lower and upper bound): O(log n), no copy.
 */
export function sortedCounts(sorted: ArrayLike<number>, value: number): { below: number; equal: number } {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return { below, equal: lo - below };
}
