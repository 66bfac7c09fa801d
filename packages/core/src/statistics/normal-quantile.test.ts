import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf';
import { normalQuantile } from './normal-quantile';

describe('normalQuantile', () => {
  it('matches scipy.stats.norm.ppf (R qnorm)', () => {
    // scipy.stats.norm.ppf(p) for each p below (SciPy 1.17.1)
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.9, 1.2815515655446004],
      [0.3, -0.5244005127080409],
      [1e-10, -6.361340902404056],
      [1 - 1e-12, 7.0344869100478356],
    ];
    for (const [p, expected] of cases) expect(normalQuantile(p)).toBeCloseTo(expected, p > 0.99999 ? 4 : 12);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
  });

  it('inverts normalCdf', () => {
    // Above z ≈ 5, p is within 3e-7 of 1 and the spacing of doubles there
    // (1.1e-16) alone moves z by more than 1e-9, so check up to z = 5.
    fc.assert(
      fc.property(fc.double({ min: -30, max: 5, noNaN: true }), (z) => {
        const p = normalCdf(z);
        fc.pre(p > 0 && p < 1);
        expect(normalQuantile(p)).toBeCloseTo(z, 8);
      }),
    );
  });

  it('throws outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow('normalQuantile requires p strictly between 0 and 1, got 0');
    expect(() => normalQuantile(1)).toThrow('normalQuantile requires p strictly between 0 and 1, got 1');
  });
});
