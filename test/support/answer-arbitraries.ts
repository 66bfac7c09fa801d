import fc from 'fast-check';
import { consistentAnswers, valueArbitrary } from '../../packages/core/src/testing/answer-arbitraries';

export { valueArbitrary };
import {
  scoreAnswerValue,
  type Answer,
  type AnswerFile,
  type Questionnaire,
  type QuestionnaireQuestion,
} from '@crm-maturity/core';

/** An answer, "not applicable" where allowed, or nothing (unanswered). */
export function answerArbitrary(question: QuestionnaireQuestion, unansweredWeight = 1): fc.Arbitrary<Answer | undefined> {
  const choices: fc.WeightedArbitrary<Answer | undefined>[] = [
    { weight: 8, arbitrary: valueArbitrary(question).map((value) => ({ value })) },
    { weight: unansweredWeight, arbitrary: fc.constant(undefined) },
  ];
  if (question.allowNotApplicable) choices.push({ weight: 1, arbitrary: fc.constant({ notApplicable: true as const }) });
  return fc.oneof(...choices);
}

export function respondentAnswersArbitrary(questionnaire: Questionnaire, unansweredWeight = 1) {
  return fc
    .tuple(...questionnaire.questions.map((q) => answerArbitrary(q, unansweredWeight)))
    .map((answers) => {
      const record: Record<string, Answer> = {};
      questionnaire.questions.forEach((q, i) => {
        const answer = answers[i];
        if (answer) record[q.id] = answer;
      });
      return record;
    });
}

/**
 * A valid answer file: one to `maxRespondents` respondents, each in its own
 * business unit unless `sharedUnits` lets several share one, answers made
 * consistent across linked questions (`consistentAnswers`).
 */
export function answerFileArbitrary(questionnaire: Questionnaire, options: { maxRespondents?: number; unansweredWeight?: number; sharedUnits?: boolean } = {}) {
  const units = ['marketing', 'customer-service', 'sales', 'it', 'operations'];
  const unitIndex = options.sharedUnits ? fc.nat(2) : fc.constant(-1);
  return fc
    .array(fc.tuple(respondentAnswersArbitrary(questionnaire, options.unansweredWeight ?? 1), unitIndex), { minLength: 1, maxLength: options.maxRespondents ?? 3 })
    .map(
      (respondents): AnswerFile => ({
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        organization: { name: 'Generated Org', industry: 'retail', sizeBand: 'medium', region: 'europe' },
        respondents: respondents.map(([answers, unit], i) => ({
          id: `r${i + 1}`,
          businessUnit: units[unit < 0 ? i % units.length : unit]!,
          answers: consistentAnswers(questionnaire, answers),
        })),
      }),
    );
}

/** Two values for one question, the first earning no more than the second. */
export function orderedValuesArbitrary(question: QuestionnaireQuestion) {
  return fc.tuple(valueArbitrary(question), valueArbitrary(question)).map(([a, b]) => {
    const fa = scoreAnswerValue(question, a).fraction;
    const fb = scoreAnswerValue(question, b).fraction;
    return fa <= fb ? ([a, b] as const) : ([b, a] as const);
  });
}
