import type { ScoredResponseSet } from '../score-response-set';
import { gather, levelDistribution, questionDistributions, type LevelShare, type QuestionDistribution } from '../cohorts/cohort-statistics';
import { releasedMeasure, type ReleasedMeasure } from './released-measure';

/** What a release says about one cohort: its size, each score in released form, the levels' distribution and, optionally, each question's. */
export type ReleasedSummary = {
  n: number;
  overall: ReleasedMeasure;
  dimensions: ({ id: string; name: string } & ReleasedMeasure)[];
  levels: { overall: LevelShare[]; dimensions: { id: string; levels: LevelShare[] }[] };
  questions?: QuestionDistribution[];
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
