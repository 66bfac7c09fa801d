import fc from 'fast-check';
import { tTestTwoSample } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { sleepGroup1, sleepGroup2 } from './sleep-data.test-support';
import { welchTTest } from './welch-t-test';

const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 30 });

describe('welchTTest', () => {
  it("matches R's t.test(extra ~ group, data = sleep)", () => {
    // R: t = -1.8608, df = 17.776, p-value = 0.07939,
    //    95 percent confidence interval: -3.3654832 0.2054832
    // scipy.stats.ttest_ind(g1, g2, equal_var=False): t = -1.8608134674868526,
    //    df = 17.776473516178488, p = 0.0793941401873583,
    //    confidence_interval() = (-3.3654832307117104, 0.20548323071171137)
    const result = welchTTest(sleepGroup1, sleepGroup2);
    expect(result.t).toBeCloseTo(-1.8608134674868526, 12);
    expect(result.df).toBeCloseTo(17.776473516178488, 11);
    expect(result.p).toBeCloseTo(0.0793941401873583, 12);
    expect(result.low).toBeCloseTo(-3.3654832307117104, 11);
    expect(result.high).toBeCloseTo(0.20548323071171137, 11);
    expect(result.meanDifference).toBeCloseTo(0.75 - 2.33, 12);
  });

  it("equals simple-statistics' pooled t when the samples are the same size", () => {
    // With n_a = n_b the Welch and pooled (Student) t statistics coincide.
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }))), ([a, b]) => {
        const pooled = tTestTwoSample(a, b, 0);
        fc.pre(pooled !== null && Number.isFinite(pooled));
        expect(welchTTest(a, b).t).toBeCloseTo(pooled as number, 9);
      }),
    );
  });

  it('has an interval that excludes 0 exactly when p < 0.05', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        fc.pre(new Set(a).size > 1 || new Set(b).size > 1);
        const r = welchTTest(a, b);
        fc.pre(Math.abs(r.p - 0.05) > 1e-9);
        expect(r.low > 0 || r.high < 0).toBe(r.p < 0.05);
        expect(r.df).toBeGreaterThanOrEqual(Math.min(a.length, b.length) - 1 - 1e-9);
        expect(r.df).toBeLessThanOrEqual(a.length + b.length - 2 + 1e-9);
      }),
    );
  });

  it('throws on samples too small, not finite or without variation', () => {
    expect(() => welchTTest([1], [1, 2])).toThrow('welchTTest requires at least two values in each sample, got 1 and 2');
    expect(() => welchTTest([1, 1], [2, 2])).toThrow('welchTTest requires at least one sample whose values vary');
    expect(() => welchTTest([1, Number.NaN], [2, 3])).toThrow('welchTTest requires finite values in the first sample, got NaN at index 1');
  });
});
