import fc from 'fast-check';
import { quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { weightedQuantile } from './weighted-quantile';

// Brute force from the definition, O(n²): for each distinct value, the
// weight below it (B), its total weight (w_G) and its heaviest member
// (w_max) place it on [B/(W - w_max), (B + w_G - w_max)/(W - w_max)];
// interpolate between the ends of neighbouring distinct values.
function reference(values: number[], weights: number[], p: number): number {
  const kept = values.map((v, i) => ({ v, w: weights[i] as number })).filter((x) => x.w > 0);
  const total = kept.reduce((s, x) => s + x.w, 0);
  const distinct = [...new Set(kept.map((x) => x.v))].sort((a, b) => a - b);
  if (distinct.length === 1) return distinct[0] as number;
  const spans = distinct.map((v, k) => {
    const below = kept.filter((x) => x.v < v).reduce((s, x) => s + x.w, 0);
    const group = kept.filter((x) => x.v === v);
    const groupWeight = group.reduce((s, x) => s + x.w, 0);
    const heaviest = Math.max(...group.map((x) => x.w));
    return {
      v,
      lower: k === 0 ? 0 : below / (total - heaviest),
      upper: k === distinct.length - 1 ? 1 : (below + groupWeight - heaviest) / (total - heaviest),
    };
  });
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as { v: number; lower: number; upper: number };
    if (p >= span.lower && p <= span.upper) return span.v;
    const next = spans[k + 1];
    if (next && p > span.upper && p < next.lower) return span.v + ((p - span.upper) / (next.lower - span.upper)) * (next.v - span.v);
  }
  throw new Error('unreachable');
}

const probability = fc.double({ min: 0, max: 1, noNaN: true });

describe('weightedQuantile', () => {
  it('works the documented example by hand', () => {
    // values 1, 2, 3 with weights 1, 2, 1 sit at p = 0, 1/(4 - 2) = ½, 1
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.25)).toBe(1.5);
    expect(weightedQuantile([1, 2, 3], [1, 2, 1], 0.5)).toBe(2);
    expect(weightedQuantile([1, 2, 3], [1, 2, 1], 0.75)).toBe(2.5);
  });

  it('with equal weights is exactly R type 7 (simple-statistics quantileSorted)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        probability,
        (values, w, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          expect(weightedQuantile(values, values.map(() => w), p)).toBe(quantileSorted(sorted, p));
        },
      ),
    );
  });

  it('is continuous in the weights: nearly equal weights give nearly type 7', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }), probability, (values, p) => {
        const sorted = [...values].sort((a, b) => a - b);
        const weights = values.map((_, i) => 1 + (i % 2) * 1e-9);
        expect(weightedQuantile(values, weights, p)).toBeCloseTo(quantileSorted(sorted, p), 3);
      }),
    );
  });

  it('agrees with the brute-force definition, is mirrored by negation, and ignores zero weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 25 }),
        probability,
        (pairs, p) => {
          const values = pairs.map((x) => x[0]);
          const weights = pairs.map((x) => x[1]);
          fc.pre(weights.some((w) => w > 0));
          const q = weightedQuantile(values, weights, p);
          expect(q).toBeCloseTo(reference(values, weights, p), 9);
          expect(-weightedQuantile(values.map((v) => -v), weights, 1 - p)).toBeCloseTo(q, 9);
          expect(weightedQuantile([...values, 1e9], [...weights, 0], p)).toBe(q);
          // Input order does not matter, ties included.
          expect(weightedQuantile([...values].reverse(), [...weights].reverse(), p)).toBe(q);
        },
      ),
    );
  });

  it('throws on p outside [0, 1] and on bad weights', () => {
    expect(() => weightedQuantile([1], [1], -0.1)).toThrow('weightedQuantile requires p between 0 and 1, got -0.1');
    expect(() => weightedQuantile([1], [Number.NaN], 0.5)).toThrow('weightedQuantile requires finite non-negative weights, got NaN at index 0');
  });
});
