import fc from 'fast-check';
import { tTestTwoSample } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { cohensD } from './cohens-d';
import { sleepGroup1, sleepGroup2 } from './sleep-data.test-support';

describe('cohensD', () => {
  it('matches the pooled-sd formula on the sleep data', () => {
    // numpy: (g1.mean() - g2.mean()) / sqrt((g1.var(ddof=1) + g2.var(ddof=1)) / 2)
    //   = -0.8321810813495395 (R: effsize::cohen.d gives d = -0.832)
    expect(cohensD(sleepGroup1, sleepGroup2)).toBeCloseTo(-0.8321810813495395, 12);
  });

  it("equals the pooled t statistic times √(1/n_a + 1/n_b) (simple-statistics' tTestTwoSample)", () => {
    const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 25 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        fc.pre(new Set(a).size + new Set(b).size > 2);
        const t = tTestTwoSample(a, b, 0);
        fc.pre(t !== null && t !== undefined && Number.isFinite(t));
        expect(cohensD(a, b)).toBeCloseTo((t as number) * Math.sqrt(1 / a.length + 1 / b.length), 9);
      }),
    );
  });

  it('accepts a single value in one sample (it adds nothing to the pooled variance)', () => {
    // s_p² = (0 + 1·var([0, 1])) / (1 + 2 - 2) = 0.5, d = (0 - 0.5)/√0.5
    expect(cohensD([0], [0, 1])).toBeCloseTo(-0.5 / Math.sqrt(0.5), 14);
  });

  it('throws on too few values or no variation', () => {
    expect(() => cohensD([1], [2])).toThrow('cohensD requires non-empty samples with three values between them, got 1 and 1');
    expect(() => cohensD([1, 1], [2, 2])).toThrow('cohensD requires samples whose values vary (pooled standard deviation is 0)');
  });
});
