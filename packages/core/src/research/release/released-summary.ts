import type { ScoredResponseSet } from '../score-response-set';
import { gather, levelDistribution, questionDistributions, type CohortSummary } from '../cohorts/cohort-statistics';
import { releasedMeasure, type ReleasedMeasure } from './released-measure';

/** What a release says about one cohort: a cohort summary (size, levels, questions) whose scores are in released form. */
export type ReleasedSummary = Omit<CohortSummary, 'overall' | 'dimensions'> & {
  overall: ReleasedMeasure;
  dimensions: ({ id: string; name: string } & ReleasedMeasure)[];
};

/**
 * The released summary of the cohort made of `rows` (at least `minSize`):
 * counts and shares as `summarizeCohort` computes them (aggregates,
 * protected against differencing by the release's audits), and each score's
 * distribution in released form (`releasedMeasure`: bands of at least
 * `minSize`, no extremes, quantiles only under the quantile rule).
 */
export function releasedSummary(scored: ScoredResponseSet, rows: Uint32Array, minSize: number, options: { questions?: boolean } = {}): ReleasedSummary {
  const measure = (column: Float64Array) => releasedMeasure(gather(column, rows), minSize);
  return {
    n: rows.length,
    overall: measure(scored.overall),
    dimensions: scored.set.questionnaire.dimensions.map((d, i) => ({ id: d.id, name: d.name, ...measure(scored.dimensions[i]!) })),
    levels: levelDistribution(scored, rows),
    ...(options.questions ? { questions: questionDistributions(scored, rows) } : {}),
  };
}
