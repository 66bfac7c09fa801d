import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentTiers } from './segment-tiers';

function withinSumOfSquares(groups: number[][]): number {
  return groups.reduce((total, g) => {
    const m = g.reduce((s, v) => s + v, 0) / g.length;
    return total + g.reduce((s, v) => s + (v - m) ** 2, 0);
  }, 0);
}

// Exhaustive search over every split of the sorted values into k
// contiguous, non-empty runs; optimal 1-D k-means is one of them.
function bestSumOfSquares(values: number[], k: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  let best = Infinity;
  const split = (start: number, left: number, groups: number[][]) => {
    if (left === 1) {
      best = Math.min(best, withinSumOfSquares([...groups, sorted.slice(start)]));
      return;
    }
    for (let end = start + 1; end <= sorted.length - left + 1; end++) split(end, left - 1, [...groups, sorted.slice(start, end)]);
  };
  split(0, k, []);
  return best;
}

describe('segmentTiers', () => {
  it("reproduces simple-statistics' documented ckmeans example", () => {
    // ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3) => [[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]]
    const values = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1];
    const result = segmentTiers(values, 3);
    expect(result.bounds).toEqual([
      { min: -1, max: -1, count: 4 },
      { min: 2, max: 2, count: 3 },
      { min: 4, max: 6, count: 3 },
    ]);
    expect(result.tiers).toEqual([0, 1, 0, 1, 2, 2, 2, 0, 1, 0]);
  });

  it('finds the least within-tier sum of squares, found by exhaustive search, with consistent tiers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 1, max: 4 }), (values, k) => {
        fc.pre(k <= new Set(values).size);
        const { bounds, tiers } = segmentTiers(values, k);
        const groups: number[][] = bounds.map(() => []);
        values.forEach((v, i) => (groups[tiers[i] as number] as number[]).push(v));
        expect(withinSumOfSquares(groups)).toBeCloseTo(bestSumOfSquares(values, k), 9);
        expect(bounds).toHaveLength(k);
        bounds.forEach((b, t) => {
          expect(b.count).toBe((groups[t] as number[]).length);
          expect(b.min).toBe(Math.min(...(groups[t] as number[])));
          expect(b.max).toBe(Math.max(...(groups[t] as number[])));
          if (t > 0) expect(b.min).toBeGreaterThan((bounds[t - 1] as { max: number }).max);
        });
      }),
    );
  });

  it('throws when k exceeds the distinct values or is not a whole number', () => {
    expect(() => segmentTiers([1, 1, 2], 3)).toThrow('segmentTiers requires k to be a whole number from 1 to the 2 distinct values, got 3');
    expect(() => segmentTiers([1, 2, 3], 1.5)).toThrow('segmentTiers requires k to be a whole number from 1 to the 3 distinct values, got 1.5');
    expect(() => segmentTiers([], 1)).toThrow('segmentTiers requires at least one value');
  });
});
