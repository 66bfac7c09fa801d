import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSorted } from './describe-sorted';

// Brute-force references written independently of the implementation.
function naiveType7(sorted: number[], p: number): number {
  const h = 1 + (sorted.length - 1) * p; // R's 1-based definition 7: Q(p) = x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋])
  const j = Math.floor(h);
  const xj = sorted[j - 1] as number;
  const xNext = sorted[Math.min(j, sorted.length - 1)] as number;
  return xj + (h - j) * (xNext - xj);
}
function twoPassSd(values: number[]): number {
  const m = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

describe('describeSorted', () => {
  it('matches numpy on 1..10 (deciles: numpy.quantile(range(1, 11), arange(1, 10)/10))', () => {
    const d = describeSorted(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(d.n).toBe(10);
    expect(d.mean).toBe(5.5);
    // R: sd(1:10) = 3.02765
    expect(d.sd).toBeCloseTo(3.0276503540974917, 12);
    expect([d.min, d.max]).toEqual([1, 10]);
    expect(d.quartiles).toEqual([3.25, 5.5, 7.75]);
    [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1].forEach((v, i) => expect(d.deciles[i]).toBeCloseTo(v, 12));
  });

  it('agrees with brute-force references on generated data, plain and typed arrays alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 }), (raw) => {
        const sorted = [...raw].sort((a, b) => a - b);
        const d = describeSorted(Float64Array.from(sorted));
        expect(d).toEqual(describeSorted(sorted));
        expect(d.mean).toBeCloseTo(raw.reduce((s, v) => s + v, 0) / raw.length, 9);
        expect(d.sd).toBeCloseTo(twoPassSd(raw), 9);
        expect(d.quartiles[1]).toBeCloseTo(naiveType7(sorted, 0.5), 9);
        d.deciles.forEach((v, i) => expect(v).toBeCloseTo(naiveType7(sorted, (i + 1) / 10), 9));
      }),
    );
  });

  it('throws on too few, unsorted or non-finite values', () => {
    expect(() => describeSorted([1])).toThrow('describeSorted requires at least two values, got 1');
    expect(() => describeSorted([2, 1])).toThrow('describeSorted requires values sorted in ascending order (index 1)');
    expect(() => describeSorted([1, Number.NaN])).toThrow('describeSorted requires finite values, got NaN at index 1');
  });
});
