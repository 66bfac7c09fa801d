import type { AnswerFile } from '../answers/answer-file-schema';
import type { Questionnaire, QuestionnaireQuestion } from '../model/questionnaire-schema';
import { maxPoints } from '../model/question-points';
import { moduleOf } from '../question-types/registry';
import { withinGroupAgreement } from './agreement';
import { respondentVoices } from './respondent-voices';
import type { Disagreement, QuestionStatus, RespondentAnswerScore } from './result-types';
import { scoreAnswerValue } from './score-answer-value';
import { scoringPlan } from './scoring-plan';

export type QuestionOutcome = {
  question: QuestionnaireQuestion;
  status: QuestionStatus;
  /** The combined fraction (see `scoringRules.respondents`); 0 when nobody answered. */
  fraction: number;
  possible: number;
  respondents: RespondentAnswerScore[];
  asks: 'fact' | 'judgement';
  /** The fraction of each voice that counted (a respondent, or a business unit), in order of first appearance. */
  voices: { voice: string; fraction: number }[];
  /** The lowest and highest voice: the question's share of the score range. */
  low: number;
  high: number;
  /** r_wg among the voices; null with fewer than two. */
  agreement: number | null;
  /** The combined fraction with every "not applicable" voice answering its worst option instead (equal to `fraction` without such voices). */
  held: number;
};

/**
 * Scores every question for every respondent and combines them per
 * question by the questionnaire's respondent rule. Answers must be validated.
 */
export function combineRespondents(questionnaire: Questionnaire, answers: AnswerFile, voices = respondentVoices(questionnaire, answers)): QuestionOutcome[] {
  const plan = scoringPlan(questionnaire);
  const { voiceOf } = voices;
  const byUnit = questionnaire.respondents.combine === 'by_business_unit';
  return questionnaire.questions.map((question, q) => {
    const respondents: RespondentAnswerScore[] = [];
    const voiceFractions = new Map<string, number>();
    const abstaining = new Set<string>();
    let notApplicableCount = 0;
    let sum = 0;
    let answeredCount = 0;
    answers.respondents.forEach((respondent, i) => {
      const answer = respondent.answers[question.id];
      const counted = voiceOf[i] !== null;
      const base = { respondentId: respondent.id, businessUnit: respondent.businessUnit, ...(counted ? {} : { counted: false as const }) };
      if (!answer) {
        respondents.push({ ...base, status: 'unanswered' });
        return;
      }
      if ('notApplicable' in answer) {
        if (counted) {
          notApplicableCount++;
          abstaining.add(voiceOf[i]!);
        }
        respondents.push({ ...base, status: 'not_applicable', ...(answer.evidence ? { evidence: answer.evidence } : {}) });
        return;
      }
      const scored = scoreAnswerValue(question, answer.value);
      respondents.push({
        ...base,
        status: 'answered',
        value: answer.value,
        ...(answer.evidence ? { evidence: answer.evidence } : {}),
        earned: scored.earned,
        fraction: scored.fraction,
        explanation: scored.explanation,
      });
      if (!counted) return;
      sum += scored.fraction;
      answeredCount++;
      const voice = voiceOf[i]!;
      const earlier = voiceFractions.get(voice);
      // Within one business unit the most cautious answer speaks, so adding colleagues can never raise it.
      voiceFractions.set(voice, earlier === undefined ? scored.fraction : Math.min(earlier, scored.fraction));
    });
    const voices = [...voiceFractions].map(([voice, fraction]) => ({ voice, fraction }));
    const asks = question.asks ?? moduleOf(question).asks;
    const status: QuestionStatus = voices.length > 0 ? 'answered' : notApplicableCount > 0 ? 'not_applicable' : 'unanswered';
    let fraction = 0;
    if (voices.length > 0) fraction = byUnit ? combineVoices(voices.map((v) => v.fraction), asks) : sum / answeredCount;
    const fractions = voices.map((v) => v.fraction);
    // What the question would earn if the abstaining voices gave the worst answer: "not applicable" must never beat it.
    let held = fraction;
    if (voices.length > 0 && abstaining.size > 0) {
      const worst = plan.worstFraction[q]!;
      const heldVoices = new Map(voiceFractions);
      for (const voice of abstaining) heldVoices.set(voice, Math.min(heldVoices.get(voice) ?? worst, worst));
      const values = [...heldVoices.values()];
      held = byUnit ? combineVoices(values, asks) : values.reduce((s, v) => s + v, 0) / values.length;
    }
    return {
      held,
      question,
      status,
      fraction,
      possible: maxPoints(question),
      respondents,
      asks,
      voices,
      low: fractions.length ? Math.min(...fractions) : 0,
      high: fractions.length ? Math.max(...fractions) : 0,
      agreement: withinGroupAgreement(fractions, plan.answerLevels[q]! || undefined),
    };
  });
}

/** Facts: the units' lower median (a fact holds when at least half the units state it); judgements: their mean. */
function combineVoices(fractions: number[], asks: 'fact' | 'judgement'): number {
  if (asks === 'judgement') return fractions.reduce((s, f) => s + f, 0) / fractions.length;
  const sorted = [...fractions].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Questions whose voices disagree, widest first: fractions at least
 * `threshold` apart, or any difference at all on a scale with at most
 * `flagAnyDifferenceUpTo` answers.
 */
export function findDisagreements(questionnaire: Questionnaire, outcomes: QuestionOutcome[]): Disagreement[] {
  const plan = scoringPlan(questionnaire);
  const { disagreementThreshold: threshold, flagAnyDifferenceUpTo } = questionnaire.respondents;
  const found: Disagreement[] = [];
  outcomes.forEach((outcome, q) => {
    if (outcome.voices.length < 2) return;
    const spread = outcome.high - outcome.low;
    const levels = plan.answerLevels[q]!;
    const shortScale = flagAnyDifferenceUpTo !== undefined && levels > 0 && levels <= flagAnyDifferenceUpTo;
    if (spread + 1e-12 < threshold && !(shortScale && spread > 1e-12)) return;
    const answered = outcome.respondents.filter((r) => r.status === 'answered' && r.counted !== false);
    found.push({
      questionId: outcome.question.id,
      dimension: outcome.question.dimension,
      topic: outcome.question.topic,
      spread,
      ...(outcome.agreement !== null && questionnaire.respondents.combine === 'by_business_unit' ? { agreement: outcome.agreement } : {}),
      respondents: answered.map((r) => ({
        respondentId: r.respondentId,
        businessUnit: r.businessUnit,
        fraction: r.fraction ?? 0,
        value: r.value as NonNullable<typeof r.value>,
      })),
    });
  });
  return found.sort((a, b) => b.spread - a.spread || a.questionId.localeCompare(b.questionId));
}
