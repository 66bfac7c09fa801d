import type { Questionnaire } from '../../model/questionnaire-schema';
import { compareWithPublished, type PublishedComparison } from '../../scoring/compare-with-published';
import type { AssessmentResult } from '../../scoring/result-types';
import type { PercentileRankInterval } from '../../statistics/percentile-rank-interval';
import type { ScoredResponseSet } from '../score-response-set';
import { summarizeCohort, type QuestionDistribution } from './cohort-statistics';
import { describeCohortFilter, type CohortFilter } from './cohort-filter';
import { checkMinimumSize, defaultMinimumSize } from './disclosure-control';
import { percentileInCohort, prepareCohort } from './prepared-cohort';
import { selectRows } from './select-rows';

export type MeasureComparison = {
  id: string;
  name: string;
  score: number;
  cohortMedian: number;
  cohortQuartiles: [number, number, number];
  percentile: PercentileRankInterval;
};

export type QuestionComparison = {
  questionId: string;
  topic: string;
  dimension: string;
  /** The organization's earned fraction (0-1) and the cohort's median and mean among those who answered. */
  fraction: number;
  cohortMedianFraction: number;
  cohortMeanFraction: number;
  /** Points of the dimension score the organization would gain by reaching the cohort median (0 when at or above it). */
  gapToMedian: number;
  cohort: QuestionDistribution;
};

export type CohortComparison =
  | {
      status: 'released';
      cohort: { label: string; n: number; minSize: number; synthetic: boolean };
      measures: MeasureComparison[];
      questions: QuestionComparison[];
      /** Questions furthest below the cohort median, largest gap first. */
      gaps: QuestionComparison[];
      published: PublishedComparison[];
    }
  | {
      status: 'withheld';
      cohort: { label: string; minSize: number };
      message: string;
      published: PublishedComparison[];
    };

/**
 * An organization's result next to a cohort chosen by a filter: percentile
 * of each score with its interval, question-by-question comparison, the
 * largest gaps below the cohort median, and — always, even when the cohort
 * is withheld — the published reference figures.
 */
export function compareWithCohort(
  questionnaire: Questionnaire,
  result: AssessmentResult,
  scored: ScoredResponseSet,
  filter: CohortFilter,
  options: { minSize?: number; confidence?: number; gapCount?: number } = {},
): CohortComparison {
  const minSize = options.minSize ?? defaultMinimumSize;
  checkMinimumSize(minSize);
  const label = describeCohortFilter(filter);
  const published = compareWithPublished(questionnaire, result);
  const rows = selectRows(scored.set, filter);
  if (rows.length < minSize) {
    return { status: 'withheld', cohort: { label, minSize }, message: `withheld: the cohort has fewer than ${minSize} organizations`, published };
  }
  const prepared = prepareCohort(scored, rows);
  const summary = summarizeCohort(scored, rows, { questions: true });
  const confidence = options.confidence ?? 0.95;
  const measures: MeasureComparison[] = [
    { id: 'overall', name: 'Overall', score: result.overall.score, cohortQuartiles: summary.overall.quartiles, percentile: percentileInCohort(prepared, -1, result.overall.score, confidence) },
    ...result.dimensions.map((d, i) => ({
      id: d.id,
      name: d.name,
      score: d.score,
      cohortQuartiles: summary.dimensions[i]!.quartiles,
      percentile: percentileInCohort(prepared, i, d.score, confidence),
    })),
  ].map((m) => ({ ...m, cohortMedian: m.cohortQuartiles[1] }));

  const questionScores = new Map(result.dimensions.flatMap((d) => d.questions).map((q) => [q.questionId, q]));
  const dimensionWeight = new Map(
    questionnaire.dimensions.map((d) => [d.id, questionnaire.questions.filter((q) => q.dimension === d.id).reduce((s, q) => s + q.weight, 0)]),
  );
  const questions = questionnaire.questions.map((question, q): QuestionComparison => {
    const own = questionScores.get(question.id);
    const distribution = summary.questions![q]!;
    const fraction = own && own.status === 'answered' ? own.fraction : 0;
    const shortfall = Math.max(0, distribution.medianFraction - fraction);
    return {
      questionId: question.id,
      topic: question.topic,
      dimension: question.dimension,
      fraction,
      cohortMedianFraction: distribution.medianFraction,
      cohortMeanFraction: distribution.meanFraction,
      gapToMedian: own?.status === 'not_applicable' ? 0 : (100 * question.weight * shortfall) / dimensionWeight.get(question.dimension)!,
      cohort: distribution,
    };
  });
  const gaps = questions
    .filter((q) => q.gapToMedian > 0)
    .sort((a, b) => b.gapToMedian - a.gapToMedian || a.questionId.localeCompare(b.questionId))
    .slice(0, options.gapCount ?? 5);
  let synthetic = false;
  for (const row of rows) if (scored.set.synthetic[row]) synthetic = true;
  return { status: 'released', cohort: { label, n: rows.length, minSize, synthetic }, measures, questions, gaps, published };
}
