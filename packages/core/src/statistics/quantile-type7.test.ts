import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { quantileType7 } from './quantile-type7';

const sortedArray = fc
  .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 })
  .map((values) => values.sort((a, b) => a - b));

describe('quantileType7', () => {
  it('matches numpy.quantile (method="linear", R type 7)', () => {
    const x = [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20];
    // numpy.quantile(x, [0.1, 0.25, 0.5, 0.75, 0.9, 0.33]) -> [6, 7.5, 9, 14, 16, 8]
    const expected = [6, 7.5, 9, 14, 16, 8];
    [0.1, 0.25, 0.5, 0.75, 0.9, 0.33].forEach((p, i) => expect(quantileType7(x, p)).toBeCloseTo(expected[i] as number, 12));
  });

  it('gives the quartiles of the data set in Wikipedia\'s "Quartile" article the way numpy does', () => {
    // numpy.quantile([6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49], [0.25, 0.5, 0.75]) -> [25.5, 40, 42.5]
    const x = new Float64Array([6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49]);
    expect([0.25, 0.5, 0.75].map((p) => quantileType7(x, p))).toEqual([25.5, 40, 42.5]);
  });

  it('agrees with simple-statistics quantileSorted (type 7 since 7.9) on generated data', () => {
    fc.assert(
      fc.property(sortedArray, fc.double({ min: 0, max: 1, noNaN: true }), (x, p) => {
        const expected = quantileSorted(x, p);
        expect(quantileType7(x, p)).toBeCloseTo(expected, 6);
        expect(quantileType7(Float64Array.from(x), p)).toBe(quantileType7(x, p));
      }),
    );
  });

  it('throws on empty data and p outside [0, 1]', () => {
    expect(() => quantileType7([], 0.5)).toThrow('quantileType7 requires at least one data point');
    expect(() => quantileType7([1], 1.5)).toThrow('quantileType7 requires p between 0 and 1, got 1.5');
    expect(() => quantileType7([1], Number.NaN)).toThrow('quantileType7 requires p between 0 and 1');
  });
});
