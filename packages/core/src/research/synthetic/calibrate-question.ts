import type { Questionnaire, QuestionnaireQuestion } from '../../model/questionnaire-schema';
import type { AnswerMatch, PublishedReference } from '../../model/reference-schema';
import type { CountQuestion, GridQuestion, MultipleChoiceQuestion, PercentageQuestion } from '../../model/question-schema';
import { moduleOf } from '../../question-types/registry';
import type { CalibrationShape } from '../../question-types/question-type';
import { bandCoverage, bandMean, bandRanges } from './band-values';
import { defaultMarginal, defaultOptionShare } from './default-marginal';
import { fitMarginal, type LinearTarget } from './fit-marginal';

/** How the generator treats one published figure with a number. */
export type ReferenceCalibration = {
  questionId: string;
  /** Position of the reference in the question's `references`. */
  referenceIndex: number;
  statistic: 'share' | 'mean';
  finding: string;
  /** The published figure: a percentage for a share, the average for a mean. */
  published: number;
  /** What the generator aims at, in the same unit; null when it cannot aim at this kind of figure. */
  target: number | null;
  /**
   * `exact`: the target is the published figure. `fitted`: the figure
   * conflicts with an earlier one of the same question (or lies beyond what
   * the answers can reach), and the target is the closest fit.
   * `unsupported`: the generator has no rule for this statistic and match.
   */
  status: 'exact' | 'fitted' | 'unsupported';
};

/**
 * The answer distribution the generator aims at for one question, among
 * organizations that answered it:
 * `categorical` — one probability per category: [no, yes] for yes/no, per
 * option for single choice, per band for counts and percentages;
 * `grid` — such a distribution over the columns for each row;
 * `multiple_choice` — the inclusion probability of each option (0 for
 * exclusive options, which are chosen when nothing else is).
 */
export type QuestionCalibration = {
  question: QuestionnaireQuestion;
  marginal:
    | { type: 'categorical'; probabilities: number[] }
    | { type: 'grid'; rows: number[][] }
    | { type: 'multiple_choice'; inclusion: number[] };
  references: ReferenceCalibration[];
};

type Numbered = { reference: PublishedReference; index: number; value: number };

/**
 * Derives a question's target distribution from its published figures
 * (see `fitMarginal` for how several figures of one distribution combine)
 * and the default marginals for everything the figures leave open.
 *
 * @example
 * calibrateQuestion(ceoInvolvement).marginal; // => { type: 'categorical', probabilities: [0.75, 0.25] }
 */
export function calibrateQuestion(question: QuestionnaireQuestion, questionnaire?: Questionnaire): QuestionCalibration {
  const numbered: Numbered[] = question.references.flatMap((reference, index) =>
    reference.value === null ? [] : [{ reference, index, value: reference.value }],
  );
  const report = (item: Numbered, target: number | null, status: ReferenceCalibration['status']): ReferenceCalibration => ({
    questionId: question.id,
    referenceIndex: item.index,
    statistic: item.reference.statistic,
    finding: item.reference.finding,
    published: item.value,
    target,
    status,
  });

  const shape = moduleOf(question).calibration.kind;
  // The selection and grid shapes are only registered by those two types; the casts name that.
  if (shape === 'selection') return calibrateMultipleChoice(question as MultipleChoiceQuestion & QuestionnaireQuestion, numbered, report);

  if (shape === 'grid' && question.type === 'grid') {
    const columnPoints = question.columns.map((c) => c.points);
    const references: ReferenceCalibration[] = [];
    const offered = offeredShares(question, questionnaire);
    const rows = question.rows.map((row) => {
      const forRow = numbered.filter((n) => n.reference.statistic === 'share' && n.reference.match && 'row' in n.reference.match && n.reference.match.row === row.id);
      // A row that follows an option is drawn only where the option is chosen: aim at share / P(offered) among those.
      const share = offered.get(row.id);
      const scale = share === undefined ? 1 : share;
      const targets = forRow.map((n) => ({
        coefficients: question.columns.map((c) => ((n.reference.match as { anyOf: string[] }).anyOf.includes(c.id) ? 1 : 0)),
        target: Math.min(1, n.value / 100 / Math.max(scale, 1e-9)),
      }));
      const reachable = question.columns.map((c) => share === undefined || !c.notOffered);
      const fitted = fitMarginal(priorInPointsOrder(columnPoints, reachable), targets);
      forRow.forEach((n, k) => references.push(report(n, 100 * scale * fitted.achieved[k]!, statusOf(scale * fitted.achieved[k]!, n.value / 100))));
      return fitted.probabilities;
    });
    for (const n of numbered) if (!references.some((r) => r.referenceIndex === n.index)) references.push(report(n, null, 'unsupported'));
    references.sort((a, b) => a.referenceIndex - b.referenceIndex);
    return { question, marginal: { type: 'grid', rows }, references };
  }

  const { points, reachable, coefficientsFor } = categoriesOf(question);
  const supported = numbered.map((n) => ({ n, coefficients: coefficientsFor(n.reference) }));
  const usable = supported.filter((s): s is { n: Numbered; coefficients: number[] } => s.coefficients !== undefined);
  const targets: LinearTarget[] = usable.map((s) => ({ coefficients: s.coefficients, target: s.n.reference.statistic === 'share' ? s.n.value / 100 : s.n.value }));
  const fitted = fitMarginal(priorInPointsOrder(points, reachable), targets);
  const references = supported.map((s) => {
    const k = usable.findIndex((u) => u.n === s.n);
    if (k < 0) return report(s.n, null, 'unsupported');
    const scale = s.n.reference.statistic === 'share' ? 100 : 1;
    return report(s.n, scale * fitted.achieved[k]!, statusOf(fitted.achieved[k]!, targets[k]!.target));
  });
  return { question, marginal: { type: 'categorical', probabilities: fitted.probabilities }, references };
}

function statusOf(achieved: number, target: number): 'exact' | 'fitted' {
  return Math.abs(achieved - target) <= 1e-9 * Math.max(1, Math.abs(target)) ? 'exact' : 'fitted';
}

/** The default marginal laid over categories from fewest to most points (ties keep their order); unreachable ones get 0. */
function priorInPointsOrder(points: readonly number[], reachable: readonly boolean[]): number[] {
  const order = points.map((_, c) => c).filter((c) => reachable[c]).sort((a, b) => points[a]! - points[b]! || a - b);
  const shares = defaultMarginal(order.length);
  const prior = points.map(() => 0);
  order.forEach((c, k) => (prior[c] = shares[k]!));
  return prior;
}

function categoriesOf(question: QuestionnaireQuestion) {
  const shape = moduleOf(question).calibration;
  if (shape.kind === 'choice') {
    const choice = shape as Extract<CalibrationShape<QuestionnaireQuestion>, { kind: 'choice' }>;
    const points = choice.points(question);
    return {
      points,
      reachable: points.map(() => true),
      coefficientsFor: (reference: PublishedReference) =>
        reference.statistic === 'mean' ? choice.meanCoefficients?.(question) : choice.shareCoefficients(question, reference.match),
    };
  }
  // Only types with bands register the `bands` shape.
  const banded = question as CountQuestion | PercentageQuestion;
  const ranges = bandRanges(banded);
  return {
    points: banded.bands.map((b) => b.points),
    reachable: ranges.map((r) => r.reachable),
    coefficientsFor: (reference: PublishedReference) => {
      if (reference.statistic === 'mean') return ranges.map((r) => (r.reachable ? bandMean(r) : 0));
      const interval = numberInterval(reference.match);
      return interval && ranges.map((r) => bandCoverage(r, interval[0], interval[1]));
    },
  };
}

function numberInterval(match: AnswerMatch | undefined): [number, number] | undefined {
  if (!match) return undefined;
  if ('equals' in match) return typeof match.equals === 'number' ? [match.equals, match.equals] : undefined;
  if ('atLeast' in match) return [match.atLeast, match.atMost ?? Infinity];
  if ('atMost' in match) return [-Infinity, match.atMost];
  return undefined;
}

function calibrateMultipleChoice(
  question: MultipleChoiceQuestion & QuestionnaireQuestion,
  numbered: Numbered[],
  report: (item: Numbered, target: number | null, status: ReferenceCalibration['status']) => ReferenceCalibration,
): QuestionCalibration {
  const combinable = question.options.map((o) => !o.exclusive);
  const inclusion: number[] = question.options.map((o) => (o.exclusive ? 0 : defaultOptionShare));
  const fixed = question.options.map(() => false);
  const references: ReferenceCalibration[] = [];
  let meanTarget: { item: Numbered; value: number } | undefined;
  const later: { item: Numbered; measure: () => number; wanted: number; scale: number }[] = [];

  for (const item of numbered) {
    const match = item.reference.match;
    if (item.reference.statistic === 'share' && match && 'includes' in match) {
      const o = question.options.findIndex((option) => option.id === match.includes);
      if (o < 0 || !combinable[o]) {
        references.push(report(item, null, 'unsupported'));
      } else if (fixed[o]) {
        later.push({ item, measure: () => inclusion[o]!, wanted: item.value / 100, scale: 100 });
      } else {
        inclusion[o] = item.value / 100;
        fixed[o] = true;
        references.push(report(item, item.value, 'exact'));
      }
    } else if (item.reference.statistic === 'mean' && !match) {
      if (meanTarget) later.push({ item, measure: () => sum(inclusion), wanted: item.value, scale: 1 });
      else meanTarget = { item, value: item.value };
    } else {
      references.push(report(item, null, 'unsupported'));
    }
  }

  if (meanTarget) {
    // Shift the log-odds of every option no figure fixes, so that the expected number chosen is the published mean.
    const open = question.options.map((_, o) => combinable[o] && !fixed[o]);
    const base = inclusion.map((p) => Math.log(p / (1 - p)));
    const apply = (shift: number) => open.forEach((isOpen, o) => isOpen && (inclusion[o] = 1 / (1 + Math.exp(-(base[o]! + shift)))));
    let below = -50;
    let above = 50;
    for (let i = 0; i < 200; i++) {
      const middle = (below + above) / 2;
      apply(middle);
      if (sum(inclusion) < meanTarget.value) below = middle;
      else above = middle;
    }
    apply((below + above) / 2);
    const achieved = sum(inclusion);
    references.push(report(meanTarget.item, achieved, statusOf(achieved, meanTarget.value)));
  }
  for (const l of later) references.push(report(l.item, l.scale * l.measure(), statusOf(l.measure(), l.wanted)));
  references.sort((a, b) => a.referenceIndex - b.referenceIndex);
  return { question, marginal: { type: 'multiple_choice', inclusion }, references };
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Per grid row that follows a multiple-choice option (`offeredIn`): the calibrated share of organizations choosing it. */
function offeredShares(question: GridQuestion & QuestionnaireQuestion, questionnaire: Questionnaire | undefined): Map<string, number> {
  const shares = new Map<string, number>();
  const link = question.offeredIn;
  const source = link && questionnaire?.questions.find((q) => q.id === link.question);
  if (!link || !source || source.type !== 'multiple_choice') return shares;
  const { marginal } = calibrateQuestion(source);
  if (marginal.type !== 'multiple_choice') return shares;
  for (const [row, option] of Object.entries(link.options)) {
    const index = source.options.findIndex((o) => o.id === option);
    if (index >= 0) shares.set(row, marginal.inclusion[index]!);
  }
  return shares;
}
