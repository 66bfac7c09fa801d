import { describe, expect, it } from 'vitest';
import { compareSamples } from './compare-samples';
import { sleepGroup1, sleepGroup2 } from './sleep-data.test-support';

describe('compareSamples', () => {
  it('assembles the tests and effect sizes for the sleep data', () => {
    const result = compareSamples(sleepGroup1, sleepGroup2);
    // R t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p = 0.07939, CI -3.3654832 to 0.2054832
    expect(result.welch.t).toBeCloseTo(-1.8608, 4);
    expect(result.welch.df).toBeCloseTo(17.776, 3);
    expect(result.welch.p).toBeCloseTo(0.07939, 5);
    expect(result.ci95OfDifference.low).toBeCloseTo(-3.3654832, 7);
    expect(result.ci95OfDifference.high).toBeCloseTo(0.2054832, 7);
    expect(result.meanDifference).toBeCloseTo(-1.58, 12);
    // scipy.stats.mannwhitneyu(..., use_continuity=False, method='asymptotic'): U = 25.5, p = 0.06372225015502518
    expect(result.mannWhitney.u).toBe(25.5);
    expect(result.mannWhitney.p).toBeCloseTo(0.06372225015502518, 12);
    expect(result.cohensD).toBeCloseTo(-0.8321810813495395, 12);
    // Cliff's delta = 2U/(n_a n_b) - 1 = 2·25.5/100 - 1
    expect(result.cliffsDelta).toBeCloseTo(-0.49, 12);
  });

  it('throws what its parts throw', () => {
    expect(() => compareSamples([1], [2, 3])).toThrow('welchTTest requires at least two values in each sample');
  });
});
