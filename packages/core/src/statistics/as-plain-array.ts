/**
 * Lets a typed array through to simple-statistics functions typed
 * `readonly number[]`. Safe only for the ones that read nothing but
 * `length` and numeric indices (mean, sampleVariance,
 * sampleStandardDeviation); the tests run them on a Float64Array to guard
 * that assumption.
 */
export function asPlainArray(values: ArrayLike<number>): readonly number[] {
  return values as unknown as readonly number[];
}
