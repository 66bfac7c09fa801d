import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRankInterval } from './percentile-rank-interval';

describe('percentileRankInterval', () => {
  it('is the Wilson interval of the mid-rank proportion with n the cohort size', () => {
    // 263-member cohort with 81 members below the value: the 81/263 case of
    // Newcombe (1998) Table I, Wilson without correction: 0.2553 to 0.3662.
    const cohort = Float64Array.from({ length: 263 }, (_, i) => i);
    const result = percentileRankInterval(cohort, 80.5);
    expect(result.rank).toBeCloseTo((100 * 81) / 263, 10);
    expect(result.low).toBeCloseTo(25.53, 2);
    expect(result.high).toBeCloseTo(36.62, 2);
    expect(result.method).toBe('wilson');
  });

  it('gives small cohorts wide intervals and large ones narrow', () => {
    const small = percentileRankInterval(Float64Array.from({ length: 12 }, (_, i) => i), 5.5);
    const large = percentileRankInterval(Float64Array.from({ length: 1200 }, (_, i) => i), 599.5);
    expect(small.rank).toBe(50);
    expect(large.rank).toBe(50);
    expect(small.high - small.low).toBeGreaterThan(45);
    expect(large.high - large.low).toBeLessThan(6);
  });

  it('widens with the confidence level and always contains the rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: -1, max: 11 }),
        (raw, value) => {
          const sorted = Float64Array.from(raw).sort();
          const r90 = percentileRankInterval(sorted, value, 0.9);
          const r99 = percentileRankInterval(sorted, value, 0.99);
          expect(r99.low).toBeLessThanOrEqual(r90.low + 1e-9);
          expect(r99.high).toBeGreaterThanOrEqual(r90.high - 1e-9);
          expect(r90.low).toBeLessThanOrEqual(r90.rank + 1e-9);
          expect(r90.high).toBeGreaterThanOrEqual(r90.rank - 1e-9);
          expect(r90.low).toBeGreaterThanOrEqual(0);
          expect(r90.high).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('throws on bad input', () => {
    expect(() => percentileRankInterval([], 1)).toThrow('percentileRankInterval requires a non-empty cohort');
    expect(() => percentileRankInterval([1], 1, 1)).toThrow('percentileRankInterval requires a confidence strictly between 0 and 1, got 1');
  });
});
