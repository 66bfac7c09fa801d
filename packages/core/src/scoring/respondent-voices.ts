import type { AnswerFile } from '../answers/answer-file-schema';
import type { Questionnaire } from '../model/questionnaire-schema';

/**
 * Which respondents count, and which voice each one speaks with: the
 * respondent itself (`mean_fraction`) or its business unit
 * (`by_business_unit`: "Customer service" and "customer service " are one).
 */
export type RespondentVoices = {
  /** Per respondent, in answer-file order: its voice, or null when it is not counted. */
  voiceOf: (string | null)[];
  /** Per respondent: the share of questions it answered or marked "not applicable". */
  completion: number[];
  /** Why a respondent is not counted, by index. */
  excluded: Map<number, string>;
};

/** The key a business unit is counted by: "Customer service" and "customer service " are one unit. */
export function businessUnitKey(businessUnit: string): string {
  return businessUnit.trim().toLocaleLowerCase('en');
}

export function respondentVoices(questionnaire: Questionnaire, answers: AnswerFile): RespondentVoices {
  const total = questionnaire.questions.length;
  const completion = answers.respondents.map((r) => (total ? questionnaire.questions.filter((q) => r.answers[q.id]).length / total : 0));
  const rule = questionnaire.respondents;
  const excluded = new Map<number, string>();
  const minimum = rule.minimumCompletion;
  // A thin respondent cannot tip the result, but a lone respondent always counts.
  if (minimum !== undefined && completion.some((c) => c >= minimum)) {
    completion.forEach((c, i) => {
      if (c < minimum) excluded.set(i, `answered ${Math.round(100 * c)}% of the questions, below the ${Math.round(100 * minimum)}% a respondent needs to count`);
    });
  }
  const voiceOf = answers.respondents.map((respondent, i) => {
    if (excluded.has(i)) return null;
    return rule.combine === 'by_business_unit' ? businessUnitKey(respondent.businessUnit) : respondent.id;
  });
  return { voiceOf, completion, excluded };
}
