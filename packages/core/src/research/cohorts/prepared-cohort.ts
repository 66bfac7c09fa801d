import { percentileRankInterval, type PercentileRankInterval } from '../../statistics/percentile-rank-interval';
import type { ScoredResponseSet } from '../score-response-set';
import { gather } from './cohort-statistics';

/**
 * A cohort's scores sorted once, so that a percentile lookup is two binary
 * searches (well under a microsecond) and never sorts anything.
 */
export type PreparedCohort = {
  n: number;
  overall: Float64Array;
  dimensions: Float64Array[];
};

export function prepareCohort(scored: ScoredResponseSet, rows: Uint32Array): PreparedCohort {
  return {
    n: rows.length,
    overall: gather(scored.overall, rows).sort(),
    dimensions: scored.dimensions.map((column) => gather(column, rows).sort()),
  };
}

/**
 * Where a score stands in a prepared cohort: the mid-rank percentile and
 * its Wilson interval (wide for a small cohort). `measure` is -1 for the
 * overall index or a dimension index.
 */
export function percentileInCohort(cohort: PreparedCohort, measure: number, score: number, confidence = 0.95): PercentileRankInterval {
  const sorted = measure < 0 ? cohort.overall : cohort.dimensions[measure];
  if (!sorted) throw new RangeError(`percentileInCohort requires a measure from -1 to ${cohort.dimensions.length - 1}, got ${measure}`);
  return percentileRankInterval(sorted, score, confidence);
}
