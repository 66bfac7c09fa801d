/**
 * Throws unless every value is finite and the values ascend. One pass; used
 * where a function is documented to take sorted input and can afford to
 * check it (a wrongly sorted cohort would otherwise give quiet nonsense).
 */
export function assertSortedFinite(functionName: string, sorted: ArrayLike<number>): void {
  let previous = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] as number;
    if (!Number.isFinite(value)) throw new Error(`${functionName} requires finite values, got ${value} at index ${i}`);
    if (value < previous) throw new Error(`${functionName} requires values sorted in ascending order (index ${i})`);
    previous = value;
  }
}
