import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf';

// Independent reference: composite Simpson integration of the density.
function simpsonCdf(x: number): number {
  const from = Math.min(x, -12);
  const steps = 20_000;
  const h = (x - from) / steps;
  const f = (t: number) => Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  let sum = f(from) + f(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

describe('normalCdf', () => {
  it('matches scipy.stats.norm.cdf (R pnorm) to 1e-12 relative, far tails included', () => {
    // scipy.stats.norm.cdf(x) for each x below (SciPy 1.17.1)
    const cases: [number, number][] = [
      [1.96, 0.9750021048517795],
      [-1.96, 0.024997895148220435],
      [0, 0.5],
      [1, 0.8413447460685429],
      [-3, 0.0013498980316300933],
      [-5, 2.866515718791933e-7],
      [-8, 6.22096057427174e-16],
      [-20, 2.7536241186061556e-89],
      [-37, 5.7255712225239266e-300],
      [6.5, 0.99999999995984],
    ];
    for (const [x, expected] of cases) expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1e-12);
  });

  it('agrees with numerical integration of the density', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(normalCdf(x)).toBeCloseTo(simpsonCdf(x), 10);
      }),
      { numRuns: 50 },
    );
  });

  it('is symmetric: Φ(-x) = 1 - Φ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 14);
      }),
    );
  });

  it('throws on NaN', () => {
    expect(() => normalCdf(Number.NaN)).toThrow('normalCdf requires a number, got NaN');
  });
});
