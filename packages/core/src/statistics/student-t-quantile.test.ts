import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf';
import { studentTQuantile } from './student-t-quantile';

describe('studentTQuantile', () => {
  it('matches scipy.stats.t.ppf (R qt)', () => {
    // scipy.stats.t.ppf(p, df) (SciPy 1.17.1); R: qt(0.975, 10) = 2.228139
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
    expect(studentTQuantile(0.975, 17.776)).toBeCloseTo(2.102821310380221, 12);
    expect(studentTQuantile(0.995, 3.7)).toBeCloseTo(4.8692522532278275, 11);
    expect(studentTQuantile(0.05, 2.2)).toBeCloseTo(-2.7467700534596933, 11);
  });

  it('equals the closed forms for 1 and 2 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        // df = 1 (Cauchy): tan(π(p - ½)); df = 2: (2p - 1) / √(2p(1 - p))
        const cauchy = Math.tan(Math.PI * (p - 0.5));
        expect(studentTQuantile(p, 1)).toBeCloseTo(cauchy, Math.abs(cauchy) > 1e3 ? 3 : 8);
        expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 7);
      }),
    );
  });

  it('inverts studentTCdf', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }),
    );
  });

  it('throws outside its domain', () => {
    expect(() => studentTQuantile(1, 3)).toThrow('studentTQuantile requires p strictly between 0 and 1, got 1');
    expect(() => studentTQuantile(0.5, -1)).toThrow('studentTQuantile requires finite df > 0, got -1');
  });
});
