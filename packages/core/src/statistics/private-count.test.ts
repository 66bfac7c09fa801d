import { describe, expect, it } from 'vitest';
import { privateCount } from './private-count';
import { seededUniform } from './seeded-uniform.test-support';

describe('privateCount', () => {
  it('adds Laplace noise of scale 1/epsilon', () => {
    // u = 0.25 draws b·ln(0.5) with b = 1/epsilon = 2
    expect(privateCount(10, 0.5, () => 0.25)).toBeCloseTo(10 + 2 * Math.log(0.5), 14);
    expect(privateCount(10, 0.5, () => 0.5)).toBe(10);
  });

  it('has variance 2/epsilon² around the true count', () => {
    const random = seededUniform(7);
    const epsilon = 0.2;
    const draws = Array.from({ length: 50_000 }, () => privateCount(100, epsilon, random));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1);
    expect(Math.abs(mean - 100)).toBeLessThan(0.15); // se = √(2·25/50000) = 0.032
    expect(Math.abs(variance / (2 / epsilon ** 2) - 1)).toBeLessThan(0.05); // relative se ≈ 1.6 %
  });

  it('throws on a bad count or epsilon', () => {
    expect(() => privateCount(Number.NaN, 1, () => 0.5)).toThrow('privateCount requires a finite count, got NaN');
    expect(() => privateCount(1, 0, () => 0.5)).toThrow('privateCount requires a finite epsilon > 0, got 0');
  });
});
