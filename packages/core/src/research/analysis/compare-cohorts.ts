import { compareSamples, type SampleComparison } from '../../statistics/compare-samples';
import type { ScoredResponseSet } from '../score-response-set';
import { gather } from '../cohorts/cohort-statistics';
import { describeCohortFilter, type CohortFilter } from '../cohorts/cohort-filter';
import { checkMinimumSize, defaultMinimumSize } from '../cohorts/disclosure-control';
import { selectRows } from '../cohorts/select-rows';

export type CohortDifference = {
  measure: string;
  meanA: number;
  meanB: number;
  /** null when a sample has no variation, so no test applies. */
  comparison: SampleComparison | null;
};

export type CohortsComparison =
  | { status: 'released'; a: { label: string; n: number }; b: { label: string; n: number }; measures: CohortDifference[] }
  | { status: 'withheld'; a: { label: string }; b: { label: string }; message: string };

/**
 * Compares two cohorts score by score: Welch's t-test, Mann-Whitney U,
 * Cohen's d and Cliff's delta (differences are A minus B). Both cohorts
 * must reach the minimum size.
 */
export function compareCohorts(scored: ScoredResponseSet, a: CohortFilter, b: CohortFilter, options: { minSize?: number } = {}): CohortsComparison {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const rowsA = selectRows(scored.set, a);
  const rowsB = selectRows(scored.set, b);
  const labels = { a: { label: describeCohortFilter(a) }, b: { label: describeCohortFilter(b) } };
  if (rowsA.length < minSize || rowsB.length < minSize) {
    return { status: 'withheld', ...labels, message: `withheld: each cohort needs at least ${minSize} organizations` };
  }
  const columns = [
    { measure: 'overall', column: scored.overall },
    ...scored.set.questionnaire.dimensions.map((d, i) => ({ measure: d.id, column: scored.dimensions[i]! })),
  ];
  return {
    status: 'released',
    a: { ...labels.a, n: rowsA.length },
    b: { ...labels.b, n: rowsB.length },
    measures: columns.map(({ measure, column }) => {
      const x = gather(column, rowsA);
      const y = gather(column, rowsB);
      let comparison: SampleComparison | null = null;
      try {
        comparison = compareSamples(x, y);
      } catch {
        comparison = null;
      }
      const mean = (v: Float64Array) => v.reduce((s, value) => s + value, 0) / v.length;
      return { measure, meanA: mean(x), meanB: mean(y), comparison };
    }),
  };
}
