import { checkWeights } from './check-weights';
import { quantileType7 } from './quantile-type7';

/**
 * Weighted p-quantile by linear interpolation, the weighted analogue of R
 * type 7 (the "weighted percentile method" with C = 1; Wikipedia,
 * Percentile). Sort the observations with positive weight by value; with
 * W the total weight, the k-th sits at probability
 *   p_k = (weight before it) / (W - w_k),
 * the share of the *other* observations' weight that lies below it, so p
 * runs from 0 (first) to 1 (last) and the quantile interpolates linearly
 * between neighbouring p_k. With equal weights p_k = (k - 1)/(n - 1): R's
 * `quantile(x, p, type = 7)` (that case is handed to `quantileType7`, so it
 * matches type 7 to the last bit).
 *
 * Ties: a run of equal values with total weight w_G, weight B below it and
 * heaviest member w_max spans [B / (W - w_max), (B + w_G - w_max) / (W - w_max)]
 * (as if its heaviest member came first and again last). That keeps the
 * result independent of input order and mirrored under negation
 * (q(-x, 1 - p) = -q(x, p)), and is type 7 again when weights are equal.
 *
 * Weights are relative (survey-style): scaling them changes nothing, and a
 * weight of 2 is not the same as listing a value twice. Observations with
 * weight 0 are ignored.
 *
 * @param values the observations, in any order
 * @param weights one non-negative weight per observation
 * @param p probability, 0 to 1
 * @returns the weighted quantile
 * @throws {Error} as `weightedMean`, and when p is not in [0, 1]
 * @example
 * weightedQuantile([1, 2, 3], [1, 2, 1], 0.25); // => 1.5
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  const total = checkWeights('weightedQuantile', values, weights);
  if (!(p >= 0 && p <= 1)) throw new Error(`weightedQuantile requires p between 0 and 1, got ${p}`);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) if ((weights[i] as number) > 0) order.push(i);
  order.sort((i, j) => (values[i] as number) - (values[j] as number));
  const firstWeight = weights[order[0] as number] as number;
  if (order.every((i) => weights[i] === firstWeight)) return quantileType7(order.map((i) => values[i] as number), p);

  let before = 0;
  let previousValue = Number.NaN;
  let previousUpper = 0;
  for (let start = 0; start < order.length; ) {
    const value = values[order[start] as number] as number;
    let groupWeight = 0;
    let heaviest = 0;
    let end = start;
    for (; end < order.length && values[order[end] as number] === value; end++) {
      const w = weights[order[end] as number] as number;
      groupWeight += w;
      heaviest = Math.max(heaviest, w);
    }
    const isLast = end === order.length;
    const lower = start === 0 ? 0 : before / (total - heaviest);
    const upper = isLast ? 1 : (before + groupWeight - heaviest) / (total - heaviest);
    if (p < lower) {
      const fraction = (p - previousUpper) / (lower - previousUpper);
      return previousValue + fraction * (value - previousValue);
    }
    if (p <= upper) return value;
    before += groupWeight;
    previousValue = value;
    previousUpper = upper;
    start = end;
  }
  return values[order[order.length - 1] as number] as number;
}
