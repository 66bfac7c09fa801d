/** Throws unless every value is a finite number; names the first offender. */
export function assertFinite(functionName: string, what: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${functionName} requires finite ${what}, got ${value} at index ${i}`);
    }
  }
}
