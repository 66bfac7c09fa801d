import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from './normal-cdf';
import { mannWhitneyU } from './mann-whitney-u';
import { sleepGroup1, sleepGroup2 } from './sleep-data.test-support';

// U by counting pairs: a > b counts 1, a tie ½.
function pairU(a: number[], b: number[]): number {
  let u = 0;
  for (const x of a) for (const y of b) u += x > y ? 1 : x === y ? 0.5 : 0;
  return u;
}

// The exact null variance of U: enumerate every way of labelling n_a of the
// pooled values "a" and take the variance of pairU over those labellings.
function permutationVarianceOfU(a: number[], b: number[]): number {
  const pooled = [...a, ...b];
  const us: number[] = [];
  const choose = (start: number, picked: number[]) => {
    if (picked.length === a.length) {
      const inA = new Set(picked);
      us.push(pairU(picked.map((i) => pooled[i] as number), pooled.filter((_, i) => !inA.has(i))));
      return;
    }
    for (let i = start; i < pooled.length; i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  const m = us.reduce((s, u) => s + u, 0) / us.length;
  return us.reduce((s, u) => s + (u - m) ** 2, 0) / us.length;
}

describe('mannWhitneyU', () => {
  it("matches wilcox.test(x, y, exact = FALSE, correct = FALSE) on R's ?wilcox.test example, worked by hand", () => {
    // x, y from R's ?wilcox.test (permeability constants). No ties, so
    // Var(U) = 10·5·16/12 = 200/3 and z = (35 - 25)/√(200/3) = 1.224744871391589;
    // scipy.stats.mannwhitneyu(x, y, use_continuity=False, method='asymptotic'):
    // U = 35, p = 0.22067136191984693.
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const result = mannWhitneyU(x, y);
    expect(result.u).toBe(35);
    expect(result.z).toBeCloseTo(10 / Math.sqrt(200 / 3), 12);
    expect(result.p).toBeCloseTo(0.22067136191984693, 12);
  });

  it('applies the tie correction (sleep data, which has ties)', () => {
    // scipy.stats.mannwhitneyu(g1, g2, use_continuity=False, method='asymptotic'):
    // U = 25.5, p = 0.06372225015502518
    const result = mannWhitneyU(sleepGroup1, sleepGroup2);
    expect(result.u).toBe(25.5);
    expect(result.p).toBeCloseTo(0.06372225015502518, 12);
  });

  it('has U equal to the pair count and Var(U) equal to the exact permutation variance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
        (a, b) => {
          fc.pre(new Set([...a, ...b]).size > 1);
          const result = mannWhitneyU(a, b);
          const u = pairU(a, b);
          expect(result.u).toBe(u);
          const sd = Math.sqrt(permutationVarianceOfU(a, b));
          expect(result.z).toBeCloseTo((u - (a.length * b.length) / 2) / sd, 10);
          expect(result.p).toBeCloseTo(2 * normalCdf(-Math.abs(result.z)), 14);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('throws on empty samples or when every value is equal', () => {
    expect(() => mannWhitneyU([], [1])).toThrow('mannWhitneyU requires non-empty samples, got 0 and 1 values');
    expect(() => mannWhitneyU([2, 2], [2])).toThrow('mannWhitneyU requires at least two distinct values across the samples');
  });
});
