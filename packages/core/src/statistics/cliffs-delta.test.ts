import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliffsDelta } from './cliffs-delta';

function pairwiseDelta(a: number[], b: number[]): number {
  let d = 0;
  for (const x of a) for (const y of b) d += Math.sign(x - y);
  return d / (a.length * b.length);
}

describe('cliffsDelta', () => {
  it('is 1, -1 and 0 in the textbook extreme cases', () => {
    expect(cliffsDelta([4, 5, 6], [1, 2, 3])).toBe(1);
    expect(cliffsDelta([1, 2, 3], [4, 5, 6])).toBe(-1);
    expect(cliffsDelta([1, 2, 3], [1, 2, 3])).toBe(0);
  });

  it('agrees with the O(n²) definition on generated samples', () => {
    const sample = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        expect(cliffsDelta(a, b)).toBeCloseTo(pairwiseDelta(a, b), 12);
        expect(cliffsDelta(Float64Array.from(a), Float64Array.from(b))).toBe(cliffsDelta(a, b));
      }),
    );
  });

  it('throws on an empty sample', () => {
    expect(() => cliffsDelta([1], [])).toThrow('cliffsDelta requires non-empty samples, got 1 and 0');
  });
});
