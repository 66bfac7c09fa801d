import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandedPercentile, bandedQuantile, scoreBands } from './score-bands';

const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 400 });

describe('scoreBands', () => {
  it('merges 10-point bands until each holds at least the minimum', () => {
    expect(scoreBands([12, 15, 18, 33, 35, 61, 64, 66, 70, 92], 3)).toEqual([
      { from: 10, to: 20, count: 3 },
      { from: 30, to: 100, count: 7 },
    ]);
    expect(scoreBands([41, 44, 47, 52, 55, 58, 61, 63, 66, 70], 5)).toEqual([{ from: 40, to: 80, count: 10 }]);
    // 100 belongs to the last band, 0 to the first.
    expect(scoreBands([0, 0, 0, 100, 100, 100], 3)).toEqual([
      { from: 0, to: 10, count: 3 },
      { from: 90, to: 100, count: 3 },
    ]);
  });

  it('places every score in exactly one band, and no band holds fewer than the minimum', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(3, 5, 8), (values, minSize) => {
        fc.pre(values.length >= minSize);
        const bands = scoreBands(values, minSize);
        expect(bands.reduce((s, b) => s + b.count, 0)).toBe(values.length);
        for (const band of bands) {
          expect(band.count).toBeGreaterThanOrEqual(minSize);
          // Counted independently: the scores that fall in the band.
          const inside = values.filter((v) => v >= band.from && (v < band.to || (band === bands[bands.length - 1] && v <= band.to))).length;
          expect(inside).toBe(band.count);
        }
        for (let i = 1; i < bands.length; i++) expect(bands[i]!.from).toBeGreaterThanOrEqual(bands[i - 1]!.to);
      }),
    );
  });

  it('refuses fewer values than the minimum', () => {
    expect(() => scoreBands([1, 2], 3)).toThrow('scoreBands requires at least 3 values, got 2');
  });
});

describe('bandedQuantile and bandedPercentile', () => {
  it('interpolate within a band as if its organizations were spread evenly', () => {
    const bands = [
      { from: 0, to: 50, count: 5 },
      { from: 50, to: 100, count: 5 },
    ];
    expect(bandedQuantile(bands, 0.5)).toBe(50);
    expect(bandedQuantile(bands, 0.25)).toBe(25);
    expect(bandedPercentile(bands, 75)).toEqual({ rank: 75, low: 50, high: 100 });
    expect(bandedPercentile(bands, 100)).toEqual({ rank: 100, low: 50, high: 100 });
  });

  it('bracket the true share of the cohort below a score by its band', () => {
    fc.assert(
      fc.property(scores, fc.double({ min: 0, max: 100, noNaN: true }), (values, score) => {
        const bands = scoreBands(values, 5);
        const { low, high, rank } = bandedPercentile(bands, score);
        const below = (100 * values.filter((v) => v < score).length) / values.length;
        expect(low).toBeLessThanOrEqual(below + 1e-9);
        expect(high).toBeGreaterThanOrEqual(below - 1e-9);
        expect(rank).toBeGreaterThanOrEqual(low - 1e-9);
        expect(rank).toBeLessThanOrEqual(high + 1e-9);
      }),
    );
  });

  it('a banded quantile lies in the band that holds the true quantile position', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9), (values, p) => {
        const bands = scoreBands(values, 5);
        const q = bandedQuantile(bands, p);
        const sorted = [...values].sort((a, b) => a - b);
        const position = Math.max(0, Math.ceil(p * values.length) - 1);
        const band = bands.find((b) => sorted[position]! >= b.from && sorted[position]! <= b.to)!;
        expect(q).toBeGreaterThanOrEqual(band.from - 1e-9);
        expect(q).toBeLessThanOrEqual(band.to + 1e-9);
      }),
    );
  });
});
