import { answerMatches, referenceMeasure } from '../../model/reference-match';
import { describeSorted, type SortedDescription } from '../../statistics/describe-sorted';
import { weightedMean } from '../../statistics/weighted-mean';
import { weightedQuantile } from '../../statistics/weighted-quantile';
import { decodeAnswer } from '../answer-codes';
import { moduleOf } from '../../question-types/registry';
import type { ScoredResponseSet } from '../score-response-set';
import { codeFraction } from './code-fraction';

/** The distribution of one score (a dimension or the overall index) in a cohort. Quantiles are R type 7. */
export type MeasureSummary = Omit<SortedDescription, 'n'> & {
  /** With survey weights: the weighted mean and quartiles (see weightedQuantile for the definition). */
  weighted?: { totalWeight: number; mean: number; quartiles: [number, number, number] };
};

export type LevelShare = { level: string; count: number; share: number };

export type QuestionDistribution = {
  questionId: string;
  answered: number;
  notApplicable: number;
  unanswered: number;
  /** Mean and median of the earned fraction (0-1) among those who answered. */
  meanFraction: number;
  medianFraction: number;
  /** Share (0-1) of answering organizations per answer: option, band, yes/no, or per grid row and column, or per option of a multiple choice. */
  answers: { id: string; label: string; share: number }[];
  /** The cohort's own value for each published reference of the question: a share in percent, or a mean. */
  references: { statistic: 'share' | 'mean'; finding: string; published: number | null; cohort: number | null }[];
};

export type CohortSummary = {
  n: number;
  overall: MeasureSummary;
  dimensions: ({ id: string; name: string } & MeasureSummary)[];
  levels: { overall: LevelShare[]; dimensions: { id: string; levels: LevelShare[] }[] };
  questions?: QuestionDistribution[];
};

/**
 * The statistics of the cohort made of `rows` (at least 2): each score's
 * mean, sd, quartiles and deciles, the levels' distribution, and optionally
 * each question's answer distribution compared with its published figures.
 */
export function summarizeCohort(
  scored: ScoredResponseSet,
  rows: Uint32Array,
  options: { questions?: boolean; surveyWeights?: boolean } = {},
): CohortSummary {
  if (rows.length < 2) throw new RangeError(`summarizeCohort requires at least two organizations, got ${rows.length}`);
  const { questionnaire } = scored.set;
  const weights = options.surveyWeights ? gather(scored.set.weight, rows) : undefined;
  const measure = (column: Float64Array) => summarizeMeasure(gather(column, rows), weights);
  return {
    n: rows.length,
    overall: measure(scored.overall),
    dimensions: questionnaire.dimensions.map((d, i) => ({ id: d.id, name: d.name, ...measure(scored.dimensions[i]!) })),
    levels: levelDistribution(scored, rows),
    ...(options.questions ? { questions: questionDistributions(scored, rows) } : {}),
  };
}

/** How many organizations of the cohort reached each level, overall and per dimension. */
export function levelDistribution(scored: ScoredResponseSet, rows: Uint32Array): CohortSummary['levels'] {
  const { questionnaire } = scored.set;
  const levelShares = (levels: Uint8Array): LevelShare[] => {
    const counts = new Array<number>(questionnaire.levels.length).fill(0);
    for (const row of rows) counts[levels[row]!]!++;
    return questionnaire.levels.map((level, i) => ({ level: level.id, count: counts[i]!, share: counts[i]! / rows.length }));
  };
  return {
    overall: levelShares(scored.overallLevel),
    dimensions: questionnaire.dimensions.map((d, i) => ({ id: d.id, levels: levelShares(scored.dimensionLevels[i]!) })),
  };
}

/** Each question's answer distribution in the cohort, with its published figures. */
export function questionDistributions(scored: ScoredResponseSet, rows: Uint32Array): QuestionDistribution[] {
  return scored.set.questionnaire.questions.map((_, q) => distributionOf(scored, rows, q));
}

export function gather(column: ArrayLike<number>, rows: Uint32Array): Float64Array {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = column[rows[i]!]!;
  return values;
}

/** Summarizes values (sorted in place). */
export function summarizeMeasure(values: Float64Array, weights?: Float64Array): MeasureSummary {
  const order = weights ? Uint32Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!) : undefined;
  const unsortedWeights = weights;
  // The cohort's n is reported once, beside its measures, not in each of them.
  const { n: _n, ...summary }: MeasureSummary & { n: number } = describeSorted(values.sort());
  if (unsortedWeights && order) {
    const sortedWeights = Float64Array.from(order, (i) => unsortedWeights[i]!);
    summary.weighted = {
      totalWeight: sortedWeights.reduce((s, w) => s + w, 0),
      mean: weightedMean(values, sortedWeights),
      quartiles: [0.25, 0.5, 0.75].map((p) => weightedQuantile(values, sortedWeights, p)) as [number, number, number],
    };
  }
  return summary;
}

function distributionOf(scored: ScoredResponseSet, rows: Uint32Array, q: number): QuestionDistribution {
  const { questionnaire, answers } = scored.set;
  const question = questionnaire.questions[q]!;
  const stride = questionnaire.questions.length;
  let answered = 0;
  let notApplicable = 0;
  const fractions: number[] = [];
  const tallies = new Map<string, number>();
  const referenceHits = question.references.map(() => ({ sum: 0, count: 0 }));
  const tally = (key: string) => tallies.set(key, (tallies.get(key) ?? 0) + 1);
  for (const row of rows) {
    const code = answers[row * stride + q]!;
    if (Number.isNaN(code)) continue;
    if (code < 0) {
      notApplicable++;
      continue;
    }
    answered++;
    fractions.push(codeFraction(scored.set.questionnaire, q, code));
    const value = decodeAnswer(question, code)!;
    for (const key of moduleOf(question).tallyKeys(question, value, code)) tally(key);
    question.references.forEach((reference, r) => {
      const hits = referenceHits[r]!;
      if (reference.statistic === 'share' && reference.match) {
        hits.sum += answerMatches(question, reference.match, value) ? 1 : 0;
        hits.count++;
      } else if (reference.statistic === 'mean') {
        const measured = referenceMeasure(question, reference, value);
        if (measured !== undefined) {
          hits.sum += measured;
          hits.count++;
        }
      }
    });
  }
  fractions.sort((a, b) => a - b);
  const share = (key: string) => (answered ? (tallies.get(key) ?? 0) / answered : 0);
  const answerShares: QuestionDistribution['answers'] = moduleOf(question)
    .distributionRows(question)
    .map((row) => ({ id: row.id, label: row.label, share: share(row.key) }));
  return {
    questionId: question.id,
    answered,
    notApplicable,
    unanswered: rows.length - answered - notApplicable,
    meanFraction: fractions.length ? fractions.reduce((s, f) => s + f, 0) / fractions.length : 0,
    medianFraction: fractions.length ? medianOfSorted(fractions) : 0,
    answers: answerShares,
    references: question.references.map((reference, r) => {
      const hits = referenceHits[r]!;
      const cohort = hits.count === 0 ? null : reference.statistic === 'share' ? (100 * hits.sum) / hits.count : hits.sum / hits.count;
      return { statistic: reference.statistic, finding: reference.finding, published: reference.value, cohort: reference.statistic === 'share' && !reference.match ? null : cohort };
    }),
  };
}

function medianOfSorted(sorted: number[]): number {
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}
