import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedMean } from './weighted-mean';

describe('weightedMean', () => {
  it('matches numpy.average(x, weights=w)', () => {
    // numpy.average([2, 4, 4, 4, 5, 5, 7, 9], weights=[1, 2, 3, 1, 2, 3, 4, 1]) = 5.176470588235294
    expect(weightedMean([2, 4, 4, 4, 5, 5, 7, 9], [1, 2, 3, 1, 2, 3, 4, 1])).toBeCloseTo(5.176470588235294, 13);
  });

  it('equals the plain mean of the data expanded by whole-number weights', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 30 }), (pairs) => {
        const expanded = pairs.flatMap(([v, w]) => Array<number>(w).fill(v));
        fc.pre(expanded.length > 0);
        const mean = expanded.reduce((s, v) => s + v, 0) / expanded.length;
        expect(weightedMean(pairs.map((p) => p[0]), pairs.map((p) => p[1]))).toBeCloseTo(mean, 10);
        // Only weight ratios matter.
        expect(weightedMean(pairs.map((p) => p[0]), pairs.map((p) => p[1] * 0.37))).toBeCloseTo(mean, 10);
      }),
    );
  });

  it('throws on mismatched, negative or all-zero weights', () => {
    expect(() => weightedMean([], [])).toThrow('weightedMean requires at least one value');
    expect(() => weightedMean([1, 2], [1])).toThrow('weightedMean requires as many weights as values, got 1 weights for 2 values');
    expect(() => weightedMean([1, 2], [1, -1])).toThrow('weightedMean requires finite non-negative weights, got -1 at index 1');
    expect(() => weightedMean([1, 2], [0, 0])).toThrow('weightedMean requires a positive total weight');
  });
});
