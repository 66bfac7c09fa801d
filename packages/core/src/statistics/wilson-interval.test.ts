import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval';

const Z95 = 1.959963984540054; // scipy.stats.norm.ppf(0.975)

// Independent reference: the Wilson bounds are the roots in π of
// (p̂ - π)² = z²·π(1 - π)/n, i.e. (1 + z²/n)π² - (2p̂ + z²/n)π + p̂² = 0.
function quadraticRoots(successes: number, n: number, z: number): [number, number] {
  const p = successes / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const c = p * p;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

describe('wilsonInterval', () => {
  it("reproduces Newcombe (1998) Table I, Wilson score method without continuity correction", () => {
    // Newcombe RG. Two-sided confidence intervals for the single proportion:
    // comparison of seven methods. Stat Med 1998;17:857-872, Table I, method 3.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, low, high] of cases) {
      const interval = wilsonInterval(x, n, Z95);
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
    }
  });

  it('agrees with the roots of the score equation on generated inputs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        (n, share, z) => {
          const successes = Math.round(share * n * 2) / 2; // half-integers, as mid-rank counts are
          const [low, high] = quadraticRoots(successes, n, z);
          const interval = wilsonInterval(successes, n, z);
          expect(interval.low).toBeCloseTo(Math.max(0, low), 9);
          expect(interval.high).toBeCloseTo(Math.min(1, high), 9);
          expect(interval.low).toBeLessThanOrEqual(successes / n + 1e-12);
          expect(interval.high).toBeGreaterThanOrEqual(successes / n - 1e-12);
        },
      ),
    );
  });

  it('throws on impossible inputs', () => {
    expect(() => wilsonInterval(1, 0, Z95)).toThrow('wilsonInterval requires n > 0, got 0');
    expect(() => wilsonInterval(11, 10, Z95)).toThrow('wilsonInterval requires successes between 0 and n (10), got 11');
    expect(() => wilsonInterval(1, 10, 0)).toThrow('wilsonInterval requires z > 0, got 0');
  });
});
