import { describe, expect, it } from 'vitest';
import { randomSource } from './random-source';

describe('randomSource', () => {
  it('repeats its stream for a seed and differs between neighbouring seeds', () => {
    const draw = (seed: number) => {
      const source = randomSource(seed);
      return Array.from({ length: 8 }, () => source.uniform());
    };
    expect(draw(7)).toEqual(draw(7));
    // pure-rand's xoroshiro128plus(seed) would start 1 and 2 almost alike; SplitMix spreads them.
    const [one, two] = [draw(1), draw(2)];
    one.forEach((u, i) => expect(Math.abs(u - two[i]!)).toBeGreaterThan(1e-6));
  });

  it('draws uniforms strictly inside (0, 1) and standard normal deviates', () => {
    const source = randomSource(20260101);
    const n = 200_000;
    let uniformSum = 0;
    let normalSum = 0;
    let normalSquares = 0;
    for (let i = 0; i < n; i++) {
      const u = source.uniform();
      expect(u > 0 && u < 1).toBe(true);
      uniformSum += u;
      const z = source.normal();
      normalSum += z;
      normalSquares += z * z;
    }
    // Five standard errors: sd(U) = 0.289, sd(Z) = 1, sd(Z²) = √2.
    expect(Math.abs(uniformSum / n - 0.5)).toBeLessThan((5 * 0.289) / Math.sqrt(n));
    expect(Math.abs(normalSum / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(normalSquares / n - 1)).toBeLessThan((5 * Math.SQRT2) / Math.sqrt(n));
  });

  it('accepts only 32-bit unsigned whole seeds', () => {
    expect(() => randomSource(-1)).toThrow('a synthetic seed must be a whole number from 0 to 4294967295, got -1');
    expect(() => randomSource(2 ** 32)).toThrow('got 4294967296');
    expect(() => randomSource(1.5)).toThrow('got 1.5');
    expect(() => randomSource(2 ** 32 - 1)).not.toThrow();
  });
});
