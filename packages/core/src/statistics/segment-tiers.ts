import { ckmeans } from 'simple-statistics';
import { assertFinite } from './assert-finite';

export type TierBound = { min: number; max: number; count: number };
export type Tiers = {
  /** One entry per tier, lowest values first. */
  bounds: TierBound[];
  /** Tier index (0 = lowest) of each input value, in input order. */
  tiers: number[];
};

/**
 * Splits values into k tiers by optimal one-dimensional k-means
 * (simple-statistics `ckmeans`: Wang & Song 2011, Ckmeans.1d.dp, The R
 * Journal 3/2): the grouping of the sorted values into k runs with the
 * least total within-group sum of squares. Returns each tier's bounds and
 * each input value's tier. Equal values always share a tier.
 *
 * @param values the values, in any order
 * @param k number of tiers, a whole number from 1 to the number of
 *   distinct values
 * @returns tier bounds and per-value tier indices
 * @throws {Error} when values are empty or not finite, or k is not a whole
 *   number between 1 and the number of distinct values
 * @example
 * segmentTiers([1, 2, 10, 11, 30], 3).tiers; // => [0, 0, 1, 1, 2]
 */
export function segmentTiers(values: ArrayLike<number>, k: number): Tiers {
  if (values.length === 0) throw new Error('segmentTiers requires at least one value');
  assertFinite('segmentTiers', 'values', values);
  const sorted = Float64Array.from(values).sort();
  let distinct = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  if (!Number.isInteger(k) || k < 1 || k > distinct) {
    throw new Error(`segmentTiers requires k to be a whole number from 1 to the ${distinct} distinct values, got ${k}`);
  }
  const lowerEdges = ckmeans(Array.from(sorted), k).map((cluster) => cluster[0] as number);
  const tierOf = (value: number) => {
    let lo = 0;
    let hi = lowerEdges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((lowerEdges[mid] as number) <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const bounds: TierBound[] = lowerEdges.map(() => ({ min: Infinity, max: -Infinity, count: 0 }));
  const tiers: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const tier = tierOf(value);
    const bound = bounds[tier] as TierBound;
    bound.min = Math.min(bound.min, value);
    bound.max = Math.max(bound.max, value);
    bound.count++;
    tiers.push(tier);
  }
  return { bounds, tiers };
}
