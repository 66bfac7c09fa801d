import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf } from './student-t-cdf';

// Independent reference: with t = √df·tan θ the t density becomes
// ∝ cos^(df-1) θ on (-π/2, π/2), so
// F(t) = ∫_{-π/2}^{atan(t/√df)} cos^(df-1) θ dθ / ∫_{-π/2}^{π/2} cos^(df-1) θ dθ,
// integrated here by composite Simpson.
function simpson(f: (x: number) => number, from: number, to: number, steps = 20_000): number {
  const h = (to - from) / steps;
  let sum = f(from) + f(to);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}
function integratedCdf(t: number, df: number): number {
  const kernel = (theta: number) => Math.max(0, Math.cos(theta)) ** (df - 1);
  return simpson(kernel, -Math.PI / 2, Math.atan(t / Math.sqrt(df))) / simpson(kernel, -Math.PI / 2, Math.PI / 2);
}

describe('studentTCdf', () => {
  it('matches scipy.stats.t.cdf (R pt)', () => {
    // scipy.stats.t.cdf(t, df) (SciPy 1.17.1); R: pt(2, 10) = 0.963306
    const cases: [number, number, number][] = [
      [2, 10, 0.9633059826146299],
      [-1.5, 3.7, 0.10679908460100675],
      [0.5, 1.5, 0.65971644466503],
      [-8, 2.5, 0.0038283220655217234],
      [3, 300, 0.998536890067967],
      [-40, 5, 9.205981085886477e-8],
    ];
    for (const [t, df, expected] of cases) expect(Math.abs(studentTCdf(t, df) - expected) / expected).toBeLessThan(1e-12);
  });

  it('equals the closed forms for 1, 2 and 3 degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (t) => {
        expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
        expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), 12);
        const u = t / Math.sqrt(3);
        expect(studentTCdf(t, 3)).toBeCloseTo(0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI, 12);
      }),
    );
  });

  it('agrees with numerical integration for fractional degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 2, max: 60, noNaN: true }), (t, df) => {
        expect(studentTCdf(t, df)).toBeCloseTo(integratedCdf(t, df), 8);
      }),
      { numRuns: 40 },
    );
  });

  it('throws on NaN t or a bad df', () => {
    expect(() => studentTCdf(Number.NaN, 3)).toThrow('studentTCdf requires t to be a number, got NaN');
    expect(() => studentTCdf(1, 0)).toThrow('studentTCdf requires finite df > 0, got 0');
  });
});
