import type { AnswerValue } from '../../answers/answer-file-schema';
import type { Questionnaire } from '../../model/questionnaire-schema';
import type { CountQuestion, GridQuestion, MultipleChoiceQuestion, PercentageQuestion } from '../../model/question-schema';
import { moduleOf } from '../../question-types/registry';
import { as241NormalQuantile } from './as241-normal-quantile';
import { bandRanges, type BandRange } from './band-values';
import { calibrateQuestion } from './calibrate-question';

/**
 * Cut points on a standard normal latent: the category is
 * `categories[k]`, k the number of `thresholds` below the latent. The
 * categories run from fewest to most points and the thresholds are the
 * normal quantiles of their cumulative target shares, so each category is
 * drawn with exactly its target probability and a higher latent never
 * gives fewer points.
 */
export type CutPoints = { thresholds: Float64Array; categories: Int32Array };

type Common = { id: string; dimension: number; allowNotApplicable: boolean };
export type QuestionPlan =
  | (Common & { kind: 'choice'; cuts: CutPoints; values: AnswerValue[] })
  | (Common & { kind: 'number'; cuts: CutPoints; ranges: BandRange[] })
  | (Common & { kind: 'multiple'; optionIds: string[]; includeAbove: Float64Array; whenNone: string[] })
  | (Common & {
      kind: 'grid';
      rowIds: string[];
      columnIds: string[];
      cuts: CutPoints[];
      /** Rows that follow an option of another question: set to `notOffered` where it is not chosen. */
      follows?: { question: string; notOffered: string; rows: { row: string; option: string }[] };
    });

/** A questionnaire compiled for the generator: per question, what to draw and where to cut. */
export type SyntheticPlan = { questionnaire: Questionnaire; questions: QuestionPlan[]; dimensionCount: number };

const plans = new WeakMap<Questionnaire, SyntheticPlan>();

/**
 * Compiles (once per questionnaire, then cached) the cut points the
 * generator applies to every row, from each question's calibrated target
 * distribution (`calibrateQuestion`).
 *
 * @example
 * compileSyntheticPlan(questionnaire).questions[1].cuts.thresholds; // => Float64Array [0.674...] for a 25% "yes"
 */
export function compileSyntheticPlan(questionnaire: Questionnaire): SyntheticPlan {
  const cached = plans.get(questionnaire);
  if (cached) return cached;
  const dimensionIndex = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  const questions = questionnaire.questions.map((question): QuestionPlan => {
    const { marginal } = calibrateQuestion(question, questionnaire);
    const common: Common = { id: question.id, dimension: dimensionIndex.get(question.dimension)!, allowNotApplicable: question.allowNotApplicable };
    const shape = moduleOf(question).calibration;
    switch (shape.kind) {
      case 'choice':
        return { ...common, kind: 'choice', cuts: cutPoints(probabilitiesOf(marginal), shape.points(question)), values: shape.values(question) };
      case 'bands': {
        const banded = question as CountQuestion | PercentageQuestion;
        return { ...common, kind: 'number', cuts: cutPoints(probabilitiesOf(marginal), banded.bands.map((b) => b.points)), ranges: bandRanges(banded) };
      }
      case 'selection': {
        const options = (question as MultipleChoiceQuestion).options;
        const inclusion = marginal.type === 'multiple_choice' ? marginal.inclusion : [];
        const combinable = options.map((o, i) => ({ o, i })).filter(({ o }) => !o.exclusive);
        const fallback = options.filter((o) => o.exclusive).sort((a, b) => a.points - b.points)[0];
        return {
          ...common,
          kind: 'multiple',
          optionIds: combinable.map(({ o }) => o.id),
          includeAbove: Float64Array.from(combinable, ({ i }) => as241NormalQuantile(1 - inclusion[i]!)),
          whenNone: fallback ? [fallback.id] : [],
        };
      }
      case 'grid': {
        const gridQuestion = question as GridQuestion;
        const rows = marginal.type === 'grid' ? marginal.rows : [];
        const points = gridQuestion.columns.map((c) => c.points);
        return {
          ...common,
          kind: 'grid',
          rowIds: gridQuestion.rows.map((r) => r.id),
          columnIds: gridQuestion.columns.map((c) => c.id),
          cuts: rows.map((probabilities) => cutPoints(probabilities, points)),
          ...(gridQuestion.offeredIn
            ? {
                follows: {
                  question: gridQuestion.offeredIn.question,
                  notOffered: gridQuestion.columns.find((c) => c.notOffered)!.id,
                  rows: Object.entries(gridQuestion.offeredIn.options).map(([row, option]) => ({ row, option })),
                },
              }
            : {}),
        };
      }
    }
  });
  const plan = { questionnaire, questions, dimensionCount: questionnaire.dimensions.length };
  plans.set(questionnaire, plan);
  return plan;
}

function probabilitiesOf(marginal: ReturnType<typeof calibrateQuestion>['marginal']): number[] {
  return marginal.type === 'categorical' ? marginal.probabilities : [];
}

function cutPoints(probabilities: readonly number[], points: readonly number[]): CutPoints {
  const order = points.map((_, c) => c).sort((a, b) => points[a]! - points[b]! || a - b);
  const thresholds = new Float64Array(order.length - 1);
  let below = 0;
  for (let k = 0; k < order.length - 1; k++) {
    below += probabilities[order[k]!]!;
    let above = 0;
    for (let j = k + 1; j < order.length; j++) above += probabilities[order[j]!]!;
    // Exact ends, so that a category with no mass can never be drawn through rounding.
    thresholds[k] = below <= 0 ? -Infinity : above <= 0 ? Infinity : as241NormalQuantile(Math.min(1, below));
  }
  return { thresholds, categories: Int32Array.from(order) };
}
