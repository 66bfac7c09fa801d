import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileAllowed, releasedMeasure } from './released-measure';

describe('releasedMeasure', () => {
  it('publishes the median from 2k, the quartiles from 4k and the deciles from 10k organizations', () => {
    const values = (n: number) => Float64Array.from({ length: n }, (_, i) => (100 * (i + 0.5)) / n);
    const at = (n: number) => releasedMeasure(values(n), 5);
    expect(at(9)).toMatchObject({ median: null, quartiles: null, deciles: null });
    expect(at(10).median).not.toBeNull();
    expect(at(19).quartiles).toBeNull();
    expect(at(20).quartiles).not.toBeNull();
    expect(at(49).deciles).toBeNull();
    expect(at(50).deciles).toHaveLength(9);
    expect(quantileAllowed(0.5, 10, 5)).toBe(true);
    expect(quantileAllowed(0.25, 19, 5)).toBe(false);
  });

  it('rounds the mean and sd to 0.1 and has no minimum or maximum', () => {
    const measure = releasedMeasure(Float64Array.from([41, 44, 47, 52, 55, 58, 61, 63, 66, 70]), 5);
    // R: mean(x) = 55.7; sd(x) = 9.661471 for x = c(41,44,47,52,55,58,61,63,66,70)
    expect(measure.mean).toBe(55.7);
    expect(measure.sd).toBe(9.7);
    expect(measure).not.toHaveProperty('min');
    expect(measure).not.toHaveProperty('max');
    expect(measure.bands).toEqual([{ from: 40, to: 80, count: 10 }]);
  });

  it('never publishes a number equal to one organization\'s score (order statistics reveal nothing)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 99.999, noNaN: true }), { minLength: 5, maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const measure = releasedMeasure(Float64Array.from(values), 5);
        const published = [measure.median, ...(measure.quartiles ?? []), ...(measure.deciles ?? [])].filter((x): x is number => x !== null);
        // Quantiles come from bands, rounded to 0.1: at most a coincidence with a score rounded the same way.
        for (const q of published) for (const v of values) expect(Math.abs(q - v) < 1e-9).toBe(false);
      }),
    );
  });
});
