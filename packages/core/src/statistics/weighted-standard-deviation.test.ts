import fc from 'fast-check';
import { sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { weightedStandardDeviation } from './weighted-standard-deviation';

// Pairwise form of the reliability-weighted variance:
// s² = Σ_i Σ_j w_i w_j (x_i - x_j)² / (2 (V1² - V2)).
function pairwiseSd(x: number[], w: number[]): number {
  let pairs = 0;
  let v1 = 0;
  let v2 = 0;
  x.forEach((xi, i) => {
    const wi = w[i] as number;
    v1 += wi;
    v2 += wi * wi;
    x.forEach((xj, j) => {
      pairs += wi * (w[j] as number) * (xi - xj) ** 2;
    });
  });
  return Math.sqrt(pairs / (2 * (v1 * v1 - v2)));
}

const data = fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 2, maxLength: 30 });

describe('weightedStandardDeviation', () => {
  it('matches numpy.cov with analytic weights', () => {
    // numpy.sqrt(numpy.cov([2, 4, 4, 4, 5, 5, 7, 9], aweights=[1, 2, 3, 1, 2, 3, 4, 1])) = 1.7993623642926364
    expect(weightedStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9], [1, 2, 3, 1, 2, 3, 4, 1])).toBeCloseTo(1.7993623642926364, 13);
  });

  it('equals the sample standard deviation with equal weights, at any scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 30 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (x, w) => {
        expect(weightedStandardDeviation(x, x.map(() => w))).toBeCloseTo(sampleStandardDeviation(x), 9);
      }),
    );
  });

  it('agrees with the pairwise form and ignores the scale of the weights', () => {
    fc.assert(
      fc.property(data, (pairs) => {
        const x = pairs.map((p) => p[0]);
        const w = pairs.map((p) => p[1]);
        fc.pre(w.filter((v) => v > 1e-3).length >= 2);
        const expected = pairwiseSd(x, w);
        expect(weightedStandardDeviation(x, w)).toBeCloseTo(expected, 8);
        expect(weightedStandardDeviation(x, w.map((v) => v * 1000))).toBeCloseTo(expected, 8);
      }),
    );
  });

  it('throws with fewer than two positive weights', () => {
    expect(() => weightedStandardDeviation([1, 2, 3], [0, 1, 0])).toThrow('weightedStandardDeviation requires at least two positive weights, got 1');
  });
});
