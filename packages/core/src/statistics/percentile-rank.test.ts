import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRank } from './percentile-rank';

// Brute force: compare with every cohort member, O(n).
function naiveRank(cohort: number[], value: number): number {
  let score = 0;
  for (const member of cohort) score += member < value ? 1 : member === value ? 0.5 : 0;
  return (100 * score) / cohort.length;
}

describe('percentileRank', () => {
  it('matches scipy.stats.percentileofscore(kind="mean")', () => {
    // percentileofscore([1, 2, 2, 3, 5, 8], 2, kind='mean') = 33.333..., (…, 4, kind='mean') = 66.666...
    expect(percentileRank([1, 2, 2, 3, 5, 8], 2)).toBeCloseTo(33.333333333333336, 12);
    expect(percentileRank([1, 2, 2, 3, 5, 8], 4)).toBeCloseTo(66.66666666666667, 12);
    expect(percentileRank([5, 5, 5], 5)).toBe(50);
    expect(percentileRank([1, 2, 3], 0)).toBe(0);
    expect(percentileRank([1, 2, 3], 4)).toBe(100);
  });

  it('agrees with a brute-force count on generated cohorts with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: -2, max: 22 }),
        (raw, value) => {
          const sorted = Float64Array.from(raw).sort();
          expect(percentileRank(sorted, value)).toBeCloseTo(naiveRank(raw, value), 10);
        },
      ),
    );
  });

  it('reads O(log n) elements and never copies or sorts the cohort', () => {
    const n = 1 << 20;
    const backing = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 3));
    let reads = 0;
    const spy = new Proxy(backing, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        const property = Reflect.get(target, key, target);
        return typeof property === 'function' ? property.bind(target) : property;
      },
    });
    // 1000 = floor(i / 3) for i = 3000, 3001, 3002: 3000 below, 3 equal.
    expect(percentileRank(spy, 1000)).toBe((100 * (3000 + 1.5)) / n);
    // Two binary searches of 2^20 elements: at most 2 · 21 reads, against 2^20 for a scan.
    expect(reads).toBeLessThanOrEqual(42);
  });

  it('throws on an empty cohort or a NaN value', () => {
    expect(() => percentileRank([], 1)).toThrow('percentileRank requires a non-empty cohort');
    expect(() => percentileRank([1], Number.NaN)).toThrow('percentileRank requires a value that is a number, got NaN');
  });
});
