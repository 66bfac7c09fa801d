import { describe, expect, it } from 'vitest';
import { laplaceNoise } from './laplace-noise';
import { seededUniform } from './seeded-uniform.test-support';

const laplaceCdf = (x: number, b: number) => (x < 0 ? 0.5 * Math.exp(x / b) : 1 - 0.5 * Math.exp(-x / b));

describe('laplaceNoise', () => {
  const scale = 3;
  const draws = (() => {
    const random = seededUniform(20240611);
    return Array.from({ length: 50_000 }, () => laplaceNoise(scale, random));
  })();

  it('has mean ≈ 0 and variance ≈ 2·scale² over 50 000 seeded draws', () => {
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
    // Standard errors: mean √(2b²/n) = 0.019; variance √(20b⁴/n) = 0.18 against
    // 2b² = 18. One-sided noise would move the mean by b = 3; a √2 slip in the
    // scale would double or halve the variance.
    expect(Math.abs(mean)).toBeLessThan(0.08);
    expect(Math.abs(variance - 2 * scale * scale)).toBeLessThan(0.8);
    // Mean absolute deviation of Laplace(b) is b: catches a wrong shape with the right variance.
    expect(Math.abs(draws.reduce((s, x) => s + Math.abs(x), 0) / draws.length - scale)).toBeLessThan(0.06);
  });

  it('has an empirical CDF within 0.01 of the Laplace CDF (Kolmogorov-Smirnov distance)', () => {
    const sorted = Float64Array.from(draws).sort();
    let distance = 0;
    sorted.forEach((x, i) => {
      const f = laplaceCdf(x, scale);
      distance = Math.max(distance, Math.abs((i + 1) / sorted.length - f), Math.abs(i / sorted.length - f));
    });
    // 1.36/√n ≈ 0.006 is the 5 % critical value; a scale off by 10 % gives ≈ 0.03.
    expect(distance).toBeLessThan(0.01);
    const wrongScale = sorted.reduce((d, x, i) => Math.max(d, Math.abs((i + 1) / sorted.length - laplaceCdf(x, scale * 1.1))), 0);
    expect(wrongScale).toBeGreaterThan(0.01);
  });

  it('inverts the CDF exactly at chosen draws', () => {
    expect(laplaceNoise(2, () => 0.5)).toBeCloseTo(0, 15);
    expect(laplaceNoise(2, () => 0.25)).toBeCloseTo(2 * Math.log(0.5), 15);
    expect(laplaceNoise(2, () => 0.75)).toBeCloseTo(-2 * Math.log(0.5), 15);
    for (const u of [1e-9, 0.1, 0.3, 0.6, 0.9, 1 - 1e-9]) expect(laplaceCdf(laplaceNoise(2, () => u), 2)).toBeCloseTo(u, 12);
  });

  it('throws on a bad scale or a random source outside (0, 1)', () => {
    expect(() => laplaceNoise(0, () => 0.5)).toThrow('laplaceNoise requires a finite scale > 0, got 0');
    expect(() => laplaceNoise(1, () => 0)).toThrow('laplaceNoise requires random() to return a number in (0, 1), got 0');
    expect(() => laplaceNoise(1, () => 1)).toThrow('laplaceNoise requires random() to return a number in (0, 1), got 1');
  });
});
