import { cliffsDelta } from './cliffs-delta';
import { cohensD } from './cohens-d';
import { mannWhitneyU } from './mann-whitney-u';
import { welchTTest } from './welch-t-test';

export type SampleComparison = {
  welch: { t: number; df: number; p: number };
  mannWhitney: { u: number; z: number; p: number };
  /** Pooled-sd standardized difference, mean(a) - mean(b). */
  cohensD: number;
  cliffsDelta: number;
  meanDifference: number;
  /** Welch 95 % confidence interval of mean(a) - mean(b). */
  ci95OfDifference: { low: number; high: number };
};

/**
 * Compares two independent samples (say, a company's business units
 * against the peer cohort): Welch's t-test (`welchTTest`), the
 * Mann-Whitney U test (`mannWhitneyU`, normal approximation with tie
 * correction), Cohen's d (`cohensD`), Cliff's delta (`cliffsDelta`) and the
 * Welch 95 % interval of the mean difference. Every difference is a minus b.
 *
 * @param a first sample, at least two values
 * @param b second sample, at least two values
 * @returns tests and effect sizes
 * @throws {Error} what the parts throw: fewer than two values in a sample,
 *   values that are not finite, or samples with no variation
 * @example
 * compareSamples([1, 2, 3, 4], [3, 4, 5, 6]).meanDifference; // => -2
 */
export function compareSamples(a: ArrayLike<number>, b: ArrayLike<number>): SampleComparison {
  const welch = welchTTest(a, b, 0.95);
  const mannWhitney = mannWhitneyU(a, b);
  return {
    welch: { t: welch.t, df: welch.df, p: welch.p },
    mannWhitney,
    cohensD: cohensD(a, b),
    cliffsDelta: cliffsDelta(a, b),
    meanDifference: welch.meanDifference,
    ci95OfDifference: { low: welch.low, high: welch.high },
  };
}
