import type { AnswerFile } from '../answers/answer-file-schema';
import { validateAnswers } from '../answers/validate-answers';
import { defaultCompletionRule, type Questionnaire } from '../model/questionnaire-schema';
import type { Issue } from '../support/issue';
import { questionnaireFingerprint } from './questionnaire-fingerprint';
import { combineRespondents, findDisagreements, type QuestionOutcome } from './combine-respondents';
import { cleanScore } from './level-for-score';
import { levelBoundsOf } from './level-bounds';
import type { AssessmentResult, Completion, DimensionScore, LevelRef, OverallCompletion, QuestionScore } from './result-types';
import { businessUnitKey, respondentVoices } from './respondent-voices';
import { scoreFractions } from './row-scorer-cache';
import { formatPoints } from './score-answer-value';
import { rulesFor } from './scoring-rules';

/**
 * Scores an answer file that `validateAnswers` accepted (partial answer
 * sets included). Deterministic: the same answers and questionnaire give
 * an identical result. The scores come from the row scorer bulk scoring
 * runs; everything else here explains them.
 */
export function scoreAssessment(questionnaire: Questionnaire, answers: AnswerFile): AssessmentResult {
  const voices = respondentVoices(questionnaire, answers);
  const outcomes = combineRespondents(questionnaire, answers, voices);
  const fractionsBy = (pick: (o: QuestionOutcome) => number) =>
    outcomes.map((o) => (o.status === 'unanswered' ? Number.NaN : o.status === 'not_applicable' ? -1 : pick(o)));
  const scores = scoreFractions(questionnaire, fractionsBy((o) => o.fraction), fractionsBy((o) => o.held));
  const low = scoreFractions(questionnaire, fractionsBy((o) => o.low));
  const high = scoreFractions(questionnaire, fractionsBy((o) => o.high));
  const levelRef = (index: number): LevelRef => {
    const level = questionnaire.levels[index]!;
    return { id: level.id, name: level.name };
  };
  const bounds = levelBoundsOf(questionnaire, outcomes, scores);

  const dimensions: DimensionScore[] = questionnaire.dimensions.map((dimension, d) => {
    const own = outcomes.filter((o) => o.question.dimension === dimension.id);
    const totalWeight = own.reduce((sum, o) => sum + o.question.weight, 0);
    return {
      id: dimension.id,
      name: dimension.name,
      weight: dimension.weight,
      score: scores.dimensions[d]!,
      level: levelRef(scores.dimensionLevels[d]!),
      levelBounds: bounds.dimensions[d]!,
      range: { low: low.dimensions[d]!, high: high.dimensions[d]! },
      completion: completionOf(own),
      questions: own.map((o) => questionScore(o, scores.credits[d]!, totalWeight, questionnaire.respondents.combine === 'by_business_unit')),
    };
  });

  const totalDimensionWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const weakest = questionnaire.overall.rule === 'weakest_link';
  const lowest = Math.min(...dimensions.map((d) => d.score));
  const agreements = outcomes.map((o) => o.agreement).filter((a): a is number => a !== null);
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, fingerprint: questionnaireFingerprint(questionnaire) },
    organization: answers.organization,
    ...(answers.assessedAt ? { assessedAt: answers.assessedAt } : {}),
    respondents: answers.respondents.map((r, i) => ({
      id: r.id,
      ...(r.name ? { name: r.name } : {}),
      businessUnit: r.businessUnit,
      counted: !voices.excluded.has(i),
      completion: voices.completion[i]!,
      ...(voices.excluded.has(i) ? { note: voices.excluded.get(i)! } : {}),
    })),
    overall: {
      score: scores.overall,
      level: levelRef(scores.overallLevel),
      scoreLevel: levelRef(scores.scoreLevel),
      levelBounds: bounds.overall,
      range: { low: low.overall, high: high.overall },
      rule: questionnaire.overall.rule,
      contributions: dimensions.map((d) => ({
        dimension: d.id,
        score: d.score,
        weight: d.weight,
        contribution: weakest ? (d.score === lowest ? d.score : 0) : cleanScore((d.weight * d.score) / totalDimensionWeight),
      })),
    },
    dimensions,
    completion: overallCompletion(questionnaire, outcomes),
    disagreements: findDisagreements(questionnaire, outcomes),
    agreement: {
      statistic: 'r_wg',
      mean: agreements.length ? agreements.reduce((s, a) => s + a, 0) / agreements.length : null,
      questions: agreements.length,
      voices: questionnaire.respondents.combine === 'by_business_unit' ? 'business_unit' : 'respondent',
    },
    rules: rulesFor(questionnaire),
  };
}

export type ScoreAnswersResult = { ok: true; result: AssessmentResult } | { ok: false; issues: Issue[] };

/** Validates (drafts allowed) and scores raw input in one step; never throws on bad input. */
export function scoreAnswers(questionnaire: Questionnaire, input: unknown): ScoreAnswersResult {
  const validation = validateAnswers(questionnaire, input, { completeness: 'partial' });
  if (!validation.ok) return { ok: false, issues: validation.issues };
  return { ok: true, result: scoreAssessment(questionnaire, validation.answers) };
}

function questionScore(outcome: QuestionOutcome, credit: number, dimensionWeight: number, byUnit: boolean): QuestionScore {
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
    const answered = outcome.respondents.filter((r) => r.status === 'answered' && r.counted !== false);
    let detail: string;
    if (answered.length === 1) detail = answered[0]!.explanation!;
    else if (!byUnit) {
      detail = `mean of ${answered.length} respondents (${answered.map((r) => `${r.businessUnit} ${((r.fraction ?? 0) * 100).toFixed(0)}%`).join(', ')}): ${formatPoints(earned)} of ${formatPoints(outcome.possible)} points`;
    } else {
      const rule = outcome.asks === 'fact' ? 'fact: lower median of' : 'judgement: mean of';
      const units = outcome.voices.map((v) => `${unitName(outcome, v.voice)} ${(v.fraction * 100).toFixed(0)}%`).join(', ');
      detail = `${rule} ${outcome.voices.length} business unit${outcome.voices.length === 1 ? '' : 's'} (${units}): ${formatPoints(earned)} of ${formatPoints(outcome.possible)} points`;
    }
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

/** The business unit as its first respondent wrote it. */
function unitName(outcome: QuestionOutcome, voice: string): string {
  return outcome.respondents.find((r) => businessUnitKey(r.businessUnit) === voice)?.businessUnit.trim() ?? voice;
}

function completionOf(outcomes: QuestionOutcome[]): Completion {
  const total = outcomes.length;
  const answered = outcomes.filter((o) => o.status === 'answered').length;
  const notApplicable = outcomes.filter((o) => o.status === 'not_applicable').length;
  const unanswered = total - answered - notApplicable;
  const requiredUnanswered = outcomes.filter((o) => o.status === 'unanswered' && o.question.required).length;
  return { total, answered, notApplicable, unanswered, requiredUnanswered, ratio: total ? (answered + notApplicable) / total : 0 };
}

function overallCompletion(questionnaire: Questionnaire, outcomes: QuestionOutcome[]): OverallCompletion {
  const completion = completionOf(outcomes);
  const minimumForResults = (questionnaire.completion ?? defaultCompletionRule).minimumForResults;
  return {
    ...completion,
    minimumForResults,
    sufficient: completion.ratio + 1e-12 >= minimumForResults,
    missing: outcomes
      .filter((o) => o.status === 'unanswered')
      .map((o) => ({ questionId: o.question.id, dimension: o.question.dimension, topic: o.question.topic, required: o.question.required })),
  };
}
