import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import type { CountQuestion, PercentageQuestion } from '../../model/question-schema';
import { bandCoverage, bandMean, bandRanges, valueInBand, type BandRange } from './band-values';

const questionnaire = fixtureQuestionnaire();
const sources = questionnaire.questions.find((q) => q.id === 'information.sources') as CountQuestion;
const responseRate = questionnaire.questions.find((q) => q.id === 'process.response-rate') as PercentageQuestion;

describe('bandRanges', () => {
  it('gives each band its whole numbers, the open last band a tail as wide as the band before', () => {
    expect(bandRanges(sources)).toEqual([
      { low: 1, high: 1, tailMean: 0, reachable: true },
      { low: 2, high: 2, tailMean: 0, reachable: true },
      { low: 3, high: 4, tailMean: 0, reachable: true },
      { low: 5, high: 9, tailMean: 0, reachable: true },
      { low: 10, high: Infinity, tailMean: 5, reachable: true },
    ]);
    expect(bandRanges(responseRate).map((r) => [r.low, r.high])).toEqual([[0, 24], [25, 74], [75, 100]]);
  });

  it('closes the last band at max and marks bands the range cannot reach', () => {
    const capped = { ...sources, min: 3, max: 6 };
    expect(bandRanges(capped).map((r) => [r.low, r.high, r.reachable])).toEqual([
      [3, 1, false],
      [3, 2, false],
      [3, 4, true],
      [5, 6, true],
      [10, 6, false],
    ]);
  });
});

describe('band statistics', () => {
  // Brute force: the geometric probabilities (1-r)·r^k summed term by term, the closed bands counted.
  const bruteCoverage = (range: BandRange, from: number, to: number) => {
    if (range.high !== Infinity) {
      let hits = 0;
      for (let v = range.low; v <= range.high; v++) if (v >= from && v <= to) hits++;
      return hits / (range.high - range.low + 1);
    }
    const r = range.tailMean / (1 + range.tailMean);
    let sum = 0;
    for (let k = 0; k < 5000; k++) if (range.low + k >= from && range.low + k <= to) sum += (1 - r) * r ** k;
    return sum;
  };
  const rangeArbitrary = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 30 })).map(([low, width]): BandRange => ({ low, high: low + width, tailMean: 0, reachable: true })),
    fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 20 })).map(([low, tailMean]): BandRange => ({ low, high: Infinity, tailMean, reachable: true })),
  );

  it('computes coverage as the enumerated share of the band', () => {
    fc.assert(
      fc.property(rangeArbitrary, fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 40 }), (range, from, width) => {
        expect(bandCoverage(range, from, from + width)).toBeCloseTo(bruteCoverage(range, from, from + width), 9);
        expect(bandCoverage(range, from, Infinity)).toBeCloseTo(bruteCoverage(range, from, Infinity), 9);
      }),
    );
  });

  it('draws values inside the band whose average is bandMean', () => {
    fc.assert(
      fc.property(rangeArbitrary, (range) => {
        // A fine midpoint grid of u stands in for uniform draws: a quadrature, not a sample.
        const n = 100_000;
        let sum = 0;
        let outside = 0;
        for (let i = 0; i < n; i++) {
          const value = valueInBand(range, (i + 0.5) / n);
          if (!(Number.isInteger(value) && value >= range.low && value <= range.high)) outside++;
          sum += value;
        }
        expect(outside).toBe(0);
        expect(sum / n).toBeCloseTo(bandMean(range), range.high === Infinity ? 1 : 3);
      }),
      { numRuns: 20 },
    );
  });
});
