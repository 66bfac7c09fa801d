import { checkWeights } from './check-weights';

/**
 * Weighted arithmetic mean Σ w_i·x_i / Σ w_i (R's `weighted.mean(x, w)`).
 * Only the ratios of the weights matter, so survey weights may be on any
 * scale.
 *
 * @param values the observations
 * @param weights one non-negative weight per observation
 * @returns the weighted mean
 * @throws {Error} when the arrays are empty or of different lengths, a
 *   value or weight is not finite, a weight is negative, or all weights
 *   are 0
 * @example
 * weightedMean([1, 2, 4], [1, 1, 2]); // => 2.75
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const totalWeight = checkWeights('weightedMean', values, weights);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (weights[i] as number) * (values[i] as number);
  return sum / totalWeight;
}
