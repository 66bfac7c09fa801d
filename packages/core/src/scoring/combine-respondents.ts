import type { AnswerFile } from '../answers/answer-file-schema';
import type { Questionnaire, QuestionnaireQuestion } from '../model/questionnaire-schema';
import { maxPoints } from '../model/question-points';
import type { Disagreement, QuestionStatus, RespondentAnswerScore } from './result-types';
import { scoreAnswerValue } from './score-answer-value';

export type QuestionOutcome = {
  question: QuestionnaireQuestion;
  status: QuestionStatus;
  /** Mean fraction of the respondents who answered; 0 when none did. */
  fraction: number;
  possible: number;
  respondents: RespondentAnswerScore[];
};

/**
 * Scores every question for every respondent and combines them per
 * question (`scoringRules.respondents`). Answers must be validated.
 */
export function combineRespondents(questionnaire: Questionnaire, answers: AnswerFile): QuestionOutcome[] {
  return questionnaire.questions.map((question) => {
    const respondents: RespondentAnswerScore[] = [];
    let sum = 0;
    let answeredCount = 0;
    let notApplicableCount = 0;
    for (const respondent of answers.respondents) {
      const answer = respondent.answers[question.id];
      const base = { respondentId: respondent.id, businessUnit: respondent.businessUnit };
      if (!answer) {
        respondents.push({ ...base, status: 'unanswered' });
      } else if ('notApplicable' in answer) {
        notApplicableCount++;
        respondents.push({ ...base, status: 'not_applicable', ...(answer.evidence ? { evidence: answer.evidence } : {}) });
      } else {
        const scored = scoreAnswerValue(question, answer.value);
        sum += scored.fraction;
        answeredCount++;
        respondents.push({
          ...base,
          status: 'answered',
          value: answer.value,
          ...(answer.evidence ? { evidence: answer.evidence } : {}),
          earned: scored.earned,
          fraction: scored.fraction,
          explanation: scored.explanation,
        });
      }
    }
    const status: QuestionStatus = answeredCount > 0 ? 'answered' : notApplicableCount > 0 ? 'not_applicable' : 'unanswered';
    return { question, status, fraction: answeredCount > 0 ? sum / answeredCount : 0, possible: maxPoints(question), respondents };
  });
}

/** Questions whose respondents' fractions spread by at least `threshold`, widest first. */
export function findDisagreements(outcomes: QuestionOutcome[], threshold: number): Disagreement[] {
  const found: Disagreement[] = [];
  for (const outcome of outcomes) {
    const answered = outcome.respondents.filter((r) => r.status === 'answered');
    if (answered.length < 2) continue;
    const fractions = answered.map((r) => r.fraction ?? 0);
    const spread = Math.max(...fractions) - Math.min(...fractions);
    if (spread + 1e-12 < threshold) continue;
    found.push({
      questionId: outcome.question.id,
      dimension: outcome.question.dimension,
      topic: outcome.question.topic,
      spread,
      respondents: answered.map((r) => ({
        respondentId: r.respondentId,
        businessUnit: r.businessUnit,
        fraction: r.fraction ?? 0,
        value: r.value as NonNullable<typeof r.value>,
      })),
    });
  }
  return found.sort((a, b) => b.spread - a.spread || a.questionId.localeCompare(b.questionId));
}
