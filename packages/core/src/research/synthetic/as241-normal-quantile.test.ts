import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as241NormalQuantile } from './as241-normal-quantile';

describe('as241NormalQuantile', () => {
  it('matches R qnorm', () => {
    // R 4.x: print(qnorm(p), digits = 17) for each p below
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.9, 1.2815515655446004],
      [0.3, -0.5244005127080409],
      [0.01, -2.3263478740408408],
      [0.001, -3.090232306167813],
      [1e-10, -6.361340902404056],
      [1 - 1e-12, 7.0344869100478356],
    ];
    for (const [p, expected] of cases) expect(as241NormalQuantile(p)).toBeCloseTo(expected, 12);
    expect(as241NormalQuantile(0.5)).toBe(0);
  });

  it('is odd about 1/2 and increasing', () => {
    fc.assert(
      // q = 1 - p is rounded; 1 - q is then exactly its complement, so the two must mirror.
      fc.property(fc.double({ min: 1e-15, max: 0.5, noNaN: true }), fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (p, r) => {
        const q = 1 - p;
        expect(as241NormalQuantile(1 - q)).toBeCloseTo(-as241NormalQuantile(q), 9);
        if (p < r) expect(as241NormalQuantile(p)).toBeLessThanOrEqual(as241NormalQuantile(r));
      }),
    );
  });

  it('returns the infinite ends and rejects what is not a probability', () => {
    expect(as241NormalQuantile(0)).toBe(-Infinity);
    expect(as241NormalQuantile(1)).toBe(Infinity);
    expect(() => as241NormalQuantile(1.5)).toThrow('as241NormalQuantile requires p from 0 to 1, got 1.5');
    expect(() => as241NormalQuantile(Number.NaN)).toThrow('as241NormalQuantile requires p from 0 to 1, got NaN');
  });
});
