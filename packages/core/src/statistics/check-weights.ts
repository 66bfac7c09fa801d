/**
 * Validates a values/weights pair shared by the weighted statistics and
 * returns the total weight. Weights must be finite and >= 0 with a
 * positive total; values must be finite.
 */
export function checkWeights(functionName: string, values: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (values.length === 0) throw new Error(`${functionName} requires at least one value`);
  if (values.length !== weights.length) {
    throw new Error(`${functionName} requires as many weights as values, got ${weights.length} weights for ${values.length} values`);
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const weight = weights[i] as number;
    if (!Number.isFinite(value)) throw new Error(`${functionName} requires finite values, got ${value} at index ${i}`);
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new Error(`${functionName} requires finite non-negative weights, got ${weight} at index ${i}`);
    }
    total += weight;
  }
  if (!(total > 0)) throw new Error(`${functionName} requires a positive total weight`);
  return total;
}
