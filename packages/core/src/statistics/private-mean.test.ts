import { describe, expect, it } from 'vitest';
import { privateMean } from './private-mean';
import { seededUniform } from './seeded-uniform.test-support';

describe('privateMean', () => {
  it('is the clamped mean when both draws are the zero-noise u = ½', () => {
    expect(privateMean([1, 2, 3, 100], 0, 10, 1, () => 0.5)).toBe(4);
    expect(privateMean([-50, 5, 6], 0, 10, 1, () => 0.5)).toBeCloseTo(11 / 3, 14);
  });

  it('spends epsilon/2 on the count (scale 2/ε) and epsilon/2 on the centred sum (scale (upper - lower)/ε)', () => {
    // Both draws u = 0.25 give b·ln(0.5): count noise 2/ε·ln ½, sum noise (U - L)/ε·ln ½.
    const values = Array.from({ length: 100 }, (_, i) => i % 11); // within [0, 10]
    const epsilon = 0.5;
    const centredSum = values.reduce((s, v) => s + v - 5, 0);
    const count = values.length + (2 / epsilon) * Math.log(0.5);
    const sum = centredSum + (10 / epsilon) * Math.log(0.5);
    expect(privateMean(values, 0, 10, epsilon, () => 0.25)).toBeCloseTo(5 + sum / count, 12);
  });

  it('is unbiased enough and noisier for smaller epsilon, over seeded draws', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 7) % 10);
    const trueMean = values.reduce((s, v) => s + v, 0) / values.length;
    const spread = (epsilon: number) => {
      const random = seededUniform(99);
      const draws = Array.from({ length: 20_000 }, () => privateMean(values, 0, 10, epsilon, random));
      const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
      return { mean, sd: Math.sqrt(draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length) };
    };
    const loose = spread(1);
    const strict = spread(0.1);
    expect(Math.abs(loose.mean - trueMean)).toBeLessThan(0.01);
    // sd ≈ √2·(10/ε)/200 from the sum noise: 0.0707 at ε = 1
    expect(loose.sd).toBeGreaterThan(0.06);
    expect(loose.sd).toBeLessThan(0.085);
    expect(strict.sd).toBeGreaterThan(5 * loose.sd);
  });

  it('stays within the bounds, with fresh noise on every call', () => {
    const random = seededUniform(7);
    for (let i = 0; i < 200; i++) {
      const m = privateMean([0, 10], 0, 10, 0.01, random);
      expect(m >= 0 && m <= 10).toBe(true);
    }
    // Two draws differ (fresh randomness each call); 500 values at the centre keep the noise far from the clamps, so neither draw is the bound.
    const centred = new Array<number>(500).fill(5);
    expect(privateMean(centred, 0, 10, 1, random)).not.toBe(privateMean(centred, 0, 10, 1, random));
  });

  it('throws on bad bounds, epsilon or values', () => {
    const random = () => 0.5;
    expect(() => privateMean([1], 5, 5, 1, random)).toThrow('privateMean requires finite bounds with lower < upper, got [5, 5]');
    expect(() => privateMean([1], 0, 1, -1, random)).toThrow('privateMean requires a finite epsilon > 0, got -1');
    expect(() => privateMean([Number.NaN], 0, 1, 1, random)).toThrow('privateMean requires finite values, got NaN at index 0');
  });
});
