import { mean, sampleStandardDeviation } from 'simple-statistics';
import { asPlainArray } from '../../statistics/as-plain-array';
import { bandedQuantile, scoreBands, type ScoreBand } from './score-bands';

/**
 * One score (a dimension or the overall index) as a release publishes it:
 * never a minimum, a maximum or any other single organization's value.
 * `mean` and `sd` are aggregates over the whole cohort; the distribution is
 * given as bands of at least k organizations (`scoreBands`); quantiles are
 * interpolated within those bands, and only where at least k organizations
 * lie on each side of them (see `quantileRule`).
 */
export type ReleasedMeasure = {
  mean: number;
  /** Sample standard deviation (divisor n - 1). */
  sd: number;
  bands: ScoreBand[];
  /** Null below 2k organizations. */
  median: number | null;
  /** [q1, median, q3]; null below 4k organizations. */
  quartiles: [number, number, number] | null;
  /** 10th to 90th percentile; null below 10k organizations. */
  deciles: number[] | null;
};

/** Published figures are rounded to this many decimals of a 0-100 score. */
export const publishedDecimals = 1;

/**
 * The quantile rule: quantile p is published only when at least k
 * organizations lie below it and at least k above it, i.e. when
 * min(p, 1 - p) * n >= k. The median then needs 2k organizations, the
 * quartiles 4k and the deciles 10k. Below that the quantile would sit among
 * the few lowest or highest organizations, which is what a minimum or a
 * maximum gives away.
 */
export function quantileAllowed(p: number, n: number, minSize: number): boolean {
  return Math.min(p, 1 - p) * n >= minSize;
}

export function roundPublished(value: number): number {
  const scale = 10 ** publishedDecimals;
  return Math.round(value * scale) / scale;
}

/**
 * The released form of one score over a cohort of at least `minSize`
 * organizations (at least 2).
 *
 * @example
 * releasedMeasure(Float64Array.from([41, 44, 47, 52, 55, 58, 61, 63, 66, 70]), 5)
 * // => { mean: 55.7, sd: 9.7, bands: [{ from: 40, to: 80, count: 10 }], median: 60, quartiles: null, deciles: null }
 */
export function releasedMeasure(values: Float64Array, minSize: number): ReleasedMeasure {
  const n = values.length;
  if (n < Math.max(2, minSize)) throw new RangeError(`releasedMeasure requires at least ${Math.max(2, minSize)} values, got ${n}`);
  const bands = scoreBands(values, minSize);
  const quantile = (p: number) => roundPublished(bandedQuantile(bands, p));
  const plain = asPlainArray(values);
  return {
    mean: roundPublished(mean(plain)),
    sd: roundPublished(sampleStandardDeviation(plain)),
    bands,
    median: quantileAllowed(0.5, n, minSize) ? quantile(0.5) : null,
    quartiles: quantileAllowed(0.25, n, minSize) ? [quantile(0.25), quantile(0.5), quantile(0.75)] : null,
    deciles: quantileAllowed(0.1, n, minSize) ? Array.from({ length: 9 }, (_, i) => quantile((i + 1) / 10)) : null,
  };
}
