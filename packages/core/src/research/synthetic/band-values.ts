import type { CountQuestion, PercentageQuestion } from '../../model/question-schema';

/**
 * The whole numbers one scoring band of a count or percentage question
 * can hold, and how synthetic answers spread over them: evenly over a
 * closed band, and for the open last band of a count (no `max`) the band's
 * minimum plus a geometric excess whose mean is the width of the band
 * before it (e.g. "twenty or more sources" after a ten-wide band: 30 on
 * average), a plausible tail that thins out.
 */
export type BandRange = {
  low: number;
  /** The largest value; Infinity for the open last band. */
  high: number;
  /** Mean of the geometric excess over `low` in the open band (0 otherwise). */
  tailMean: number;
  /** False when no whole number in the question's range falls in the band. */
  reachable: boolean;
};

/**
 * The value range of each band of a count or percentage question, in band
 * order. Counts range from `min` to `max` (open above without one),
 * percentages from 0 to 100; synthetic answers are whole numbers.
 *
 * @example
 * bandRanges(dataSources)[5]; // => { low: 20, high: Infinity, tailMean: 10, reachable: true }
 */
export function bandRanges(question: CountQuestion | PercentageQuestion): BandRange[] {
  const domainLow = question.type === 'count' ? question.min : 0;
  const domainHigh = question.type === 'count' ? (question.max ?? Infinity) : 100;
  const bands = question.bands;
  return bands.map((band, i) => {
    const low = Math.max(Math.ceil(band.min), domainLow);
    const next = bands[i + 1];
    const high = Math.min(next ? Math.ceil(next.min) - 1 : Infinity, domainHigh);
    const previous = bands[i - 1];
    const tailMean = high === Infinity ? Math.max(1, previous ? band.min - previous.min : 1) : 0;
    return { low, high, tailMean, reachable: high >= low };
  });
}

/** The mean synthetic value in a band. */
export function bandMean(range: BandRange): number {
  return range.high === Infinity ? range.low + range.tailMean : (range.low + range.high) / 2;
}

/**
 * The share of a band's synthetic values that lie in [atLeast, atMost],
 * e.g. the part of "three or four sources" that `equals: 3` counts (0.5).
 *
 * @example
 * bandCoverage({ low: 3, high: 4, tailMean: 0, reachable: true }, 3, 3); // => 0.5
 */
export function bandCoverage(range: BandRange, atLeast: number, atMost: number): number {
  if (!range.reachable) return 0;
  const from = Math.max(range.low, Math.ceil(atLeast));
  const to = Math.min(range.high, Math.floor(atMost));
  if (to < from) return 0;
  if (range.high !== Infinity) return (to - from + 1) / (range.high - range.low + 1);
  const ratio = range.tailMean / (1 + range.tailMean);
  const atOrAbove = (excess: number) => ratio ** excess;
  return atOrAbove(from - range.low) - (to === Infinity ? 0 : atOrAbove(to - range.low + 1));
}

/**
 * A synthetic value in a band from one uniform u in (0, 1): by inversion,
 * so one draw always consumes exactly one uniform.
 */
export function valueInBand(range: BandRange, u: number): number {
  if (range.high === Infinity) return range.low + Math.floor(Math.log(u) / Math.log(range.tailMean / (1 + range.tailMean)));
  return range.low + Math.floor(u * (range.high - range.low + 1));
}
