import type { AnswerValue } from '../answers/answer-file-schema';
import { bestAnswerValue } from '../model/extreme-answers';
import type { DimensionId, LevelId, Questionnaire } from '../model/questionnaire-schema';
import { aggregateScores, type AggregateScores, type QuestionState } from './aggregate-scores';
import { cleanScore, levelForScore, nextLevel } from './level-for-score';
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
  const states = statesFrom(questionnaire, result);
  let current = aggregateScores(questionnaire, states);
  const scoreOf = (aggregate: AggregateScores) =>
    scope === 'overall' ? aggregate.overall : aggregate.dimensions.find((d) => d.id === scope)!.score;
  const toRef = (score: number): LevelRef => {
    const level = levelForScore(questionnaire.levels, score);
    return { id: level.id, name: level.name };
  };
  const fromScore = scoreOf(current);
  const fromLevel = levelForScore(questionnaire.levels, fromScore);
  const target = options.targetLevel
    ? questionnaire.levels.find((l) => l.id === options.targetLevel)
    : nextLevel(questionnaire.levels, fromLevel);
  const base = { scope, from: { score: fromScore, level: toRef(fromScore) } };
  if (!target) return { ...base, target: null, reachable: false, steps: [] };

  // Distance to the target; with the weakest-link rule every dimension below it counts, so no step looks useless.
  const distance = (aggregate: AggregateScores) => {
    let gap = Math.max(0, target.minScore - scoreOf(aggregate));
    if (scope === 'overall' && questionnaire.overall.rule === 'weakest_link') {
      for (const d of aggregate.dimensions) gap += Math.max(0, target.minScore - d.score);
    }
    return cleanScore(gap);
  };

  const steps: RoadmapStep[] = [];
  const candidates = new Set(
    questionnaire.questions
      .map((question, i) => ({ question, i }))
      .filter(({ question, i }) => states[i]!.status !== 'not_applicable' && states[i]!.fraction < 1 && (scope === 'overall' || question.dimension === scope))
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
      levelAfter: toRef(scoreAfter),
    });
    states[best.i] = { status: 'answered', fraction: 1 };
    candidates.delete(best.i);
    current = best.next;
  }
  return {
    ...base,
    target: { level: { id: target.id, name: target.name }, minScore: target.minScore },
    reachable: distance(current) === 0,
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
