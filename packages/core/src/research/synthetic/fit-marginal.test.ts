import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMarginal } from './fit-marginal';

const priorArbitrary = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 7 }).map((weights) => {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
});

describe('fitMarginal', () => {
  it('meets a share of whole categories by rescaling inside and outside them (the closed form of the least-entropy fit)', () => {
    fc.assert(
      fc.property(priorArbitrary, fc.integer({ min: 1, max: 99 }), fc.nat(), (prior, percent, pick) => {
        const inside = prior.map((_, c) => (c === pick % prior.length || c === (pick >> 3) % prior.length ? 1 : 0));
        const target = percent / 100;
        const mass = prior.reduce((s, p, c) => s + (inside[c] ? p : 0), 0);
        fc.pre(mass < 1);
        const expected = prior.map((p, c) => (inside[c] ? (p * target) / mass : (p * (1 - target)) / (1 - mass)));
        const fitted = fitMarginal(prior, [{ coefficients: inside, target }]);
        fitted.probabilities.forEach((p, c) => expect(p).toBeCloseTo(expected[c]!, 10));
        expect(fitted.achieved[0]).toBeCloseTo(target, 12);
      }),
    );
  });

  it('meets a mean exactly and keeps the tilted form p ∝ prior · exp(θ·value)', () => {
    const prior = [0.2, 0.35, 0.3, 0.15];
    const values = [1, 2.5, 5, 10];
    const fitted = fitMarginal(prior, [{ coefficients: values, target: 4.5 }]);
    expect(fitted.achieved[0]).toBeCloseTo(4.5, 12);
    expect(fitted.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    // log(p/prior) must be linear in the value: equal slopes between every pair of categories.
    const logRatio = fitted.probabilities.map((p, c) => Math.log(p / prior[c]!));
    const slope = (logRatio[1]! - logRatio[0]!) / (values[1]! - values[0]!);
    for (let c = 2; c < values.length; c++) expect((logRatio[c]! - logRatio[0]!) / (values[c]! - values[0]!)).toBeCloseTo(slope, 9);
  });

  it('clamps a first target beyond reach to the nearest end', () => {
    expect(fitMarginal([0.5, 0.3, 0.2], [{ coefficients: [1, 2, 3], target: 7 }]).probabilities).toEqual([0, 0, 1]);
    const low = fitMarginal([0.5, 0.3, 0.2], [{ coefficients: [1, 1, 3], target: 0 }]).probabilities;
    [0.625, 0.375, 0].forEach((p, c) => expect(low[c]).toBeCloseTo(p, 15));
  });

  it('keeps the first of conflicting shares exact and moves the others toward their figures', () => {
    // Shares of the research on customer data sources: 45% one, 52% three or four, 22% ten or more, 26% twenty or more.
    const prior = [0.1, 0.15, 0.21, 0.24, 0.2, 0.1];
    const targets = [
      { coefficients: [1, 0, 0, 0, 0, 0], target: 0.45 },
      { coefficients: [0, 0, 1, 0, 0, 0], target: 0.52 },
      { coefficients: [0, 0, 0, 0, 1, 1], target: 0.22 },
      { coefficients: [0, 0, 0, 0, 0, 1], target: 0.26 },
    ];
    const fitted = fitMarginal(prior, targets);
    expect(fitted.achieved[0]).toBeCloseTo(0.45, 12);
    expect(fitted.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    const onlyFirst = fitMarginal(prior, targets.slice(0, 1));
    targets.slice(1).forEach((t, k) => {
      const before = Math.abs(onlyFirst.probabilities.reduce((s, p, c) => s + p * t.coefficients[c]!, 0) - t.target);
      expect(Math.abs(fitted.achieved[k + 1]! - t.target)).toBeLessThan(before);
    });
    fitted.probabilities.forEach((p) => expect(p).toBeGreaterThan(0.01)); // every category keeps a share
  });

  it('returns a distribution for any prior and targets, unreachable categories staying at 0', () => {
    fc.assert(
      fc.property(priorArbitrary, fc.array(fc.tuple(fc.array(fc.constantFrom(0, 1), { minLength: 7, maxLength: 7 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }), (prior, raw) => {
        // The last category moves its mass to the first and becomes unreachable.
        const withGap = prior.map((p, c) => (c === prior.length - 1 ? 0 : c === 0 ? p + prior[prior.length - 1]! : p));
        const fitted = fitMarginal(withGap, raw.map(([coefficients, target]) => ({ coefficients: coefficients.slice(0, withGap.length), target })));
        expect(fitted.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
        fitted.probabilities.forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
        expect(fitted.probabilities[withGap.length - 1]).toBe(0);
      }),
    );
  });

  it('says what is wrong with a prior', () => {
    expect(() => fitMarginal([0.5, 0.4], [])).toThrow('fitMarginal requires a prior of non-negative shares summing to 1, got [0.5, 0.4]');
  });
});
