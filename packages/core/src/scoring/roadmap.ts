import type { AnswerValue } from '../answers/answer-file-schema';
import { bestAnswerValue } from '../model/extreme-answers';
import type { DimensionId, LevelId, Questionnaire } from '../model/questionnaire-schema';
import { aggregateScores, type AggregateScores, type QuestionState } from './aggregate-scores';
import { cleanScore } from './level-for-score';
import { completeEnough, incompleteMessage } from './completion-gate';
import { scoringPlan } from './scoring-plan';
import type { AssessmentResult, LevelRef } from './result-types';

export type RoadmapScope = 'overall' | DimensionId;

export type RoadmapStep = {
  questionId: string;
  dimension: DimensionId;
  topic: string;
  action: string;
  /** The answer that earns full points; for several respondents, every respondent gives it. */
  recommendedAnswer: AnswerValue;
  currentFraction: number;
  /** Points the step adds to the roadmap's scope (the overall index or the dimension score). */
  gain: number;
  /** Points the step adds to the overall index. */
  overallGain: number;
  scoreAfter: number;
  levelAfter: LevelRef;
};

export type Roadmap = {
  scope: RoadmapScope;
  from: { score: number; level: LevelRef };
  target: { level: LevelRef; minScore: number } | null;
  /** False when even every remaining change would not reach the target (or there is no higher level). */
  reachable: boolean;
  steps: RoadmapStep[];
  /** Set when no roadmap is given because the assessment is not complete enough (see `completion.minimumForResults`). */
  withheld?: string;
};

/**
 * The fewest answer changes that lift a scope (overall or one dimension)
 * to the target level, default the next level up. Each step moves one
 * question to its best answer; steps are taken greedily by the score they
 * add, so they come out in order of effect. With a weighted mean a
 * question's gain does not depend on the others, so taking the largest
 * gains first is also the smallest set that reaches the target.
 */
export function buildRoadmap(
  questionnaire: Questionnaire,
  result: AssessmentResult,
  options: { scope?: RoadmapScope; targetLevel?: LevelId } = {},
): Roadmap {
  const scope = options.scope ?? 'overall';
  const plan = scoringPlan(questionnaire);
  const levels = questionnaire.levels;
  const states = statesFrom(questionnaire, result);
  let current = aggregateScores(questionnaire, states);
  const dimensionIndex = scope === 'overall' ? -1 : questionnaire.dimensions.findIndex((d) => d.id === scope);
  const scoreOf = (aggregate: AggregateScores) => (scope === 'overall' ? aggregate.overall : aggregate.dimensions[dimensionIndex]!.score);
  const levelOf = (aggregate: AggregateScores) => (scope === 'overall' ? aggregate.overallLevel : aggregate.dimensions[dimensionIndex]!.level);
  const toRef = (index: number): LevelRef => ({ id: levels[index]!.id, name: levels[index]!.name });
  const fromScore = scoreOf(current);
  const fromLevel = levelOf(current);
  const targetIndex = options.targetLevel ? levels.findIndex((l) => l.id === options.targetLevel) : fromLevel + 1;
  const target = levels[targetIndex];
  const base = { scope, from: { score: fromScore, level: toRef(fromLevel) } };
  if (!completeEnough(result)) return { ...base, target: null, reachable: false, steps: [], withheld: incompleteMessage(result) };
  if (!target) return { ...base, target: null, reachable: false, steps: [] };

  // How far the scope is from the target under every level rule: the score gap, the gap with "not applicable" held
  // at the worst answer, the dimensions the weakest-dimension bound holds back, and the practices the target requires.
  // It is 0 exactly when the target is reached, so greedy steps that shrink it never look useless.
  const distance = (aggregate: AggregateScores) => {
    const held = aggregate.scores;
    const gapTo = (score: number, min: number) => Math.max(0, min - score);
    if (scope !== 'overall') {
      return cleanScore(gapTo(scoreOf(aggregate), target.minScore) + gapTo(held.heldDimensions[dimensionIndex]!, target.minScore));
    }
    let gap = gapTo(aggregate.overall, target.minScore) + gapTo(held.heldOverall, target.minScore);
    const needed = levels[Math.max(0, targetIndex - Math.min(plan.maxAboveWeakestDimension, levels.length))];
    aggregate.dimensions.forEach((d, i) => {
      if (questionnaire.overall.rule === 'weakest_link') gap += gapTo(d.score, target.minScore);
      if (needed && Number.isFinite(plan.maxAboveWeakestDimension)) gap += gapTo(Math.min(d.score, held.heldDimensions[i]!), needed.minScore);
    });
    for (let r = 0; r < plan.requirementLevel.length; r++) {
      if (plan.requirementLevel[r]! > targetIndex) continue;
      const state = states[plan.requirementQuestion[r]!]!;
      gap += 100 * Math.max(0, plan.requirementFraction[r]! - (state.status === 'answered' ? state.fraction : 0));
    }
    return cleanScore(gap);
  };

  const steps: RoadmapStep[] = [];
  const candidates = new Set(
    questionnaire.questions
      .map((question, i) => ({ question, i }))
      .filter(({ question, i }) => states[i]!.status !== 'not_applicable' && (states[i]!.status === 'unanswered' || states[i]!.fraction < 1) && (scope === 'overall' || question.dimension === scope))
      .map(({ i }) => i),
  );
  while (distance(current) > 0 && candidates.size > 0) {
    let best: { i: number; next: AggregateScores; reduction: number } | undefined;
    for (const i of candidates) {
      const trial = states.slice();
      trial[i] = { status: 'answered', fraction: 1 };
      const next = aggregateScores(questionnaire, trial);
      const reduction = distance(current) - distance(next);
      // Ties go to the earlier question, so the roadmap is deterministic.
      if (!best || reduction > best.reduction + 1e-12) best = { i, next, reduction };
    }
    if (!best || best.reduction <= 0) break;
    const question = questionnaire.questions[best.i]!;
    const scoreAfter = scoreOf(best.next);
    steps.push({
      questionId: question.id,
      dimension: question.dimension,
      topic: question.topic,
      action: question.action,
      recommendedAnswer: bestAnswerValue(question),
      currentFraction: states[best.i]!.fraction,
      gain: cleanScore(scoreAfter - scoreOf(current)),
      overallGain: cleanScore(best.next.overall - current.overall),
      scoreAfter,
      levelAfter: toRef(levelOf(best.next)),
    });
    states[best.i] = { status: 'answered', fraction: 1 };
    candidates.delete(best.i);
    current = best.next;
  }
  return {
    ...base,
    target: { level: { id: target.id, name: target.name }, minScore: target.minScore },
    reachable: levelOf(current) >= targetIndex,
    steps,
  };
}

/** Per-question states, in questionnaire order, read back from a result. */
export function statesFrom(questionnaire: Questionnaire, result: AssessmentResult): QuestionState[] {
  const byId = new Map(result.dimensions.flatMap((d) => d.questions).map((q) => [q.questionId, q]));
  return questionnaire.questions.map((question) => {
    const scored = byId.get(question.id);
    if (!scored || scored.status === 'unanswered') return { status: 'unanswered', fraction: 0 };
    if (scored.status === 'not_applicable') return { status: 'not_applicable', fraction: 0 };
    return { status: 'answered', fraction: scored.fraction };
  });
}
