import { completeEnough, incompleteMessage } from '../../scoring/completion-gate';
import type { Questionnaire } from '../../model/questionnaire-schema';
import { compareWithPublished, type PublishedComparison } from '../../scoring/compare-with-published';
import type { AssessmentResult } from '../../scoring/result-types';
import type { QuestionDistribution } from '../cohorts/cohort-statistics';
import type { ReleasedMeasure } from './released-measure';
import type { ReleasedSummary } from './released-summary';
import { bandedPercentile } from './score-bands';

/**
 * Where a score stands in a released cohort, no finer than the release
 * allows: the band of at least k organizations it falls in gives `low` and
 * `high` (the shares of the cohort below the band and up to its top), and
 * `rank` is interpolated within the band and rounded to 5 percentiles.
 * It is computed from the published bands alone, so asking for it with any
 * score tells nothing that the release does not already show.
 */
export type BandedPercentile = { rank: number; low: number; high: number; method: 'banded' };

/** Percentile ranks are published to this step. */
export const percentileStep = 5;

export type MeasureComparison = {
  id: string;
  name: string;
  score: number;
  cohortMean: number;
  /** Null where the release does not publish it (see the quantile rule). */
  cohortMedian: number | null;
  cohortQuartiles: [number, number, number] | null;
  /** Null for a draft: ranks are given for submitted assessments only, so a draft cannot be used to probe the cohort. */
  percentile: BandedPercentile | null;
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
      cohort: { label: string; n: number; minSize: number; synthetic: boolean; release?: number };
      measures: MeasureComparison[];
      questions: QuestionComparison[];
      /** Questions furthest below the cohort median, largest gap first. */
      gaps: QuestionComparison[];
      published: PublishedComparison[];
      /** Set when percentiles and gaps are withheld because the assessment is not complete enough. */
      withheld?: string;
    }
  | {
      /** The same answer whether the cohort is withheld, too small or does not exist. */
      status: 'unavailable';
      cohort: { label: string; minSize: number };
      message: string;
      published: PublishedComparison[];
    };

/** The one message for a cohort the release shows nothing of, whatever the reason. */
export function unavailableMessage(label: string): string {
  return `no benchmark figures are published for ${label}`;
}

export function unavailableComparison(questionnaire: Questionnaire, result: AssessmentResult, label: string, minSize: number): CohortComparison {
  return { status: 'unavailable', cohort: { label, minSize }, message: unavailableMessage(label), published: compareWithPublished(questionnaire, result) };
}

/**
 * An organization's result next to a released cohort: each score against
 * the cohort's published mean, median, quartiles and (for a submitted
 * assessment) its banded percentile; question by question against the
 * cohort's answers; the largest gaps below the cohort median; and the
 * published research figures.
 */
export function compareWithRelease(
  questionnaire: Questionnaire,
  result: AssessmentResult,
  cohort: { label: string; summary: ReleasedSummary; minSize: number; synthetic: boolean; release?: number },
  options: { percentiles?: boolean; gapCount?: number } = {},
): CohortComparison {
  const { summary } = cohort;
  // Unanswered questions count as 0, so an incomplete result would rank and gap itself against peers misleadingly.
  const sufficient = completeEnough(result);
  if (!summary.questions) throw new RangeError('compareWithRelease requires a release with question distributions');
  const measureOf = (id: string, name: string, score: number, released: ReleasedMeasure): MeasureComparison => ({
    id,
    name,
    score,
    cohortMean: released.mean,
    cohortMedian: released.median,
    cohortQuartiles: released.quartiles,
    percentile: options.percentiles === false || !sufficient ? null : coarsen(bandedPercentile(released.bands, score)),
  });
  const measures = [
    measureOf('overall', 'Overall', result.overall.score, summary.overall),
    ...result.dimensions.map((d, i) => measureOf(d.id, d.name, d.score, summary.dimensions[i]!)),
  ];
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
    .filter((q) => sufficient && q.gapToMedian > 0)
    .sort((a, b) => b.gapToMedian - a.gapToMedian || a.questionId.localeCompare(b.questionId))
    .slice(0, options.gapCount ?? 5);
  return {
    status: 'released',
    cohort: { label: cohort.label, n: summary.n, minSize: cohort.minSize, synthetic: cohort.synthetic, ...(cohort.release !== undefined ? { release: cohort.release } : {}) },
    measures,
    questions,
    gaps,
    published: compareWithPublished(questionnaire, result),
    ...(sufficient ? {} : { withheld: incompleteMessage(result) }),
  };
}

function coarsen(percentile: { rank: number; low: number; high: number }): BandedPercentile {
  const step = (x: number) => Math.round(x / percentileStep) * percentileStep;
  const low = Math.round(percentile.low);
  const high = Math.round(percentile.high);
  return { rank: Math.min(high, Math.max(low, step(percentile.rank))), low, high, method: 'banded' };
}
