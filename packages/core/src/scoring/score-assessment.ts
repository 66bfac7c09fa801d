import type { AnswerFile } from '../answers/answer-file-schema';
import { validateAnswers } from '../answers/validate-answers';
import type { Questionnaire } from '../model/questionnaire-schema';
import type { Issue } from '../support/issue';
import { questionnaireFingerprint } from './questionnaire-fingerprint';
import { aggregateScores } from './aggregate-scores';
import { combineRespondents, findDisagreements, type QuestionOutcome } from './combine-respondents';
import { cleanScore, levelForScore } from './level-for-score';
import type { AssessmentResult, Completion, DimensionScore, LevelRef, QuestionScore } from './result-types';
import { formatPoints } from './score-answer-value';
import { scoringRules } from './scoring-rules';

/**
 * Scores an answer file that `validateAnswers` accepted (partial answer
 * sets included). Deterministic: the same answers and questionnaire give
 * an identical result.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: AnswerFile): AssessmentResult {
  const outcomes = combineRespondents(questionnaire, answers);
  const aggregate = aggregateScores(questionnaire, outcomes);
  const toLevel = (score: number): LevelRef => {
    const level = levelForScore(questionnaire.levels, score);
    return { id: level.id, name: level.name };
  };

  const dimensions: DimensionScore[] = questionnaire.dimensions.map((dimension, d) => {
    const scores = aggregate.dimensions[d]!;
    const own = outcomes.filter((o) => o.question.dimension === dimension.id);
    const totalWeight = own.reduce((sum, o) => sum + o.question.weight, 0);
    return {
      id: dimension.id,
      name: dimension.name,
      weight: dimension.weight,
      score: scores.score,
      level: toLevel(scores.score),
      completion: completionOf(own),
      questions: own.map((o) => questionScore(o, scores.notApplicableCredit, totalWeight)),
    };
  });

  const totalDimensionWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const weakest = questionnaire.overall.rule === 'weakest_link';
  const lowest = Math.min(...dimensions.map((d) => d.score));
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, fingerprint: questionnaireFingerprint(questionnaire) },
    organization: answers.organization,
    ...(answers.assessedAt ? { assessedAt: answers.assessedAt } : {}),
    respondents: answers.respondents.map((r) => ({ id: r.id, ...(r.name ? { name: r.name } : {}), businessUnit: r.businessUnit })),
    overall: {
      score: aggregate.overall,
      level: toLevel(aggregate.overall),
      rule: questionnaire.overall.rule,
      contributions: dimensions.map((d) => ({
        dimension: d.id,
        score: d.score,
        weight: d.weight,
        contribution: weakest ? (d.score === lowest ? d.score : 0) : cleanScore((d.weight * d.score) / totalDimensionWeight),
      })),
    },
    dimensions,
    completion: completionOf(outcomes),
    disagreements: findDisagreements(outcomes, questionnaire.respondents.disagreementThreshold),
    rules: {
      unanswered: scoringRules.unanswered,
      notApplicable: scoringRules.notApplicable,
      respondents: scoringRules.respondents,
      overall: scoringRules[questionnaire.overall.rule],
    },
  };
}

export type ScoreAnswersResult = { ok: true; result: AssessmentResult } | { ok: false; issues: Issue[] };

/** Validates (drafts allowed) and scores raw input in one step; never throws on bad input. */
export function scoreAnswers(questionnaire: Questionnaire, input: unknown): ScoreAnswersResult {
  const validation = validateAnswers(questionnaire, input, { completeness: 'partial' });
  if (!validation.ok) return { ok: false, issues: validation.issues };
  return { ok: true, result: scoreAssessment(questionnaire, validation.answers) };
}

function questionScore(outcome: QuestionOutcome, credit: number, dimensionWeight: number): QuestionScore {
  const { question } = outcome;
  const fraction = outcome.status === 'not_applicable' ? credit : outcome.fraction;
  const earned = fraction * outcome.possible;
  const contribution = cleanScore((100 * question.weight * fraction) / dimensionWeight);
  const share = `weight ${formatPoints(question.weight)} of ${formatPoints(dimensionWeight)} in the dimension adds ${contribution.toFixed(2)} points`;
  let explanation: string;
  if (outcome.status === 'unanswered') {
    explanation = `unanswered: 0 of ${formatPoints(outcome.possible)} points`;
  } else if (outcome.status === 'not_applicable') {
    explanation = `not applicable: credited ${(100 * credit).toFixed(1)}% like the rest of the dimension; ${share}`;
  } else {
    const answered = outcome.respondents.filter((r) => r.status === 'answered');
    const detail =
      answered.length === 1
        ? answered[0]!.explanation
        : `mean of ${answered.length} respondents (${answered.map((r) => `${r.businessUnit} ${((r.fraction ?? 0) * 100).toFixed(0)}%`).join(', ')}): ${formatPoints(earned)} of ${formatPoints(outcome.possible)} points`;
    explanation = `${detail}; ${share}`;
  }
  return {
    questionId: question.id,
    dimension: question.dimension,
    topic: question.topic,
    type: question.type,
    weight: question.weight,
    status: outcome.status,
    earned,
    possible: outcome.possible,
    fraction,
    contribution,
    explanation,
    respondents: outcome.respondents,
  };
}

function completionOf(outcomes: QuestionOutcome[]): Completion {
  const total = outcomes.length;
  const answered = outcomes.filter((o) => o.status === 'answered').length;
  const notApplicable = outcomes.filter((o) => o.status === 'not_applicable').length;
  const unanswered = total - answered - notApplicable;
  const requiredUnanswered = outcomes.filter((o) => o.status === 'unanswered' && o.question.required).length;
  return { total, answered, notApplicable, unanswered, requiredUnanswered, ratio: total ? (answered + notApplicable) / total : 0 };
}
