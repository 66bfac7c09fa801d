import type { Questionnaire } from '../model/questionnaire-schema';
import { formatPath, type Issue } from '../support/issue';
import { jsonShapeProblem } from '../support/json-shape';
import { issuesFromZod } from '../support/zod-issues';
import { answerFileSchema, type AnswerFile, type AnswerValue } from './answer-file-schema';
import { checkAnswerValue } from './check-answer-value';
import { inconsistentAnswers } from './answer-consistency';

export type ValidationMode = {
  /** `complete` also reports required questions nobody answered; `partial` allows them (a draft). */
  completeness: 'complete' | 'partial';
  /**
   * `check` (default) refuses answers that contradict each other; `skip`
   * leaves that to submission, for a draft saved one answer at a time
   * (changing the channel list and then the channel grid).
   */
  consistency?: 'check' | 'skip';
};

export type ValidationResult = { ok: true; answers: AnswerFile; issues: [] } | { ok: false; answers?: AnswerFile; issues: Issue[] };

/**
 * Validates an answer file against a questionnaire version. All problems
 * come back together, each naming the respondent, question and value.
 *
 * @example
 * validateAnswers(questionnaire, json, { completeness: 'partial' }).ok // => true
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  input: unknown,
  mode: ValidationMode = { completeness: 'complete' },
): ValidationResult {
  // Before zod, whose messages would print the value: a value nested too deeply crashes JSON.stringify.
  const shape = jsonShapeProblem(input);
  if (shape) return { ok: false, issues: [{ code: 'INVALID_FILE', message: `${formatPath(shape.path)}: ${shape.message}`, path: shape.path }] };
  const parsed = answerFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, input) };
  const answers = parsed.data;
  const issues: Issue[] = [];

  if (answers.questionnaire.id !== questionnaire.id || answers.questionnaire.version !== questionnaire.version) {
    const given = `${answers.questionnaire.id} ${answers.questionnaire.version}`;
    issues.push({
      code: 'QUESTIONNAIRE_MISMATCH',
      message: `answers are for ${given}, but the questionnaire is ${questionnaire.id} ${questionnaire.version}`,
      path: ['questionnaire'],
      value: answers.questionnaire,
    });
    return { ok: false, answers, issues };
  }

  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const respondentIds = new Set<string>();
  answers.respondents.forEach((respondent, r) => {
    const at = ['respondents', r];
    if (respondentIds.has(respondent.id)) {
      issues.push({
        code: 'DUPLICATE_RESPONDENT',
        message: `respondent id "${respondent.id}" appears twice`,
        path: [...at, 'id'],
        respondentId: respondent.id,
        value: respondent.id,
      });
    }
    respondentIds.add(respondent.id);
    const validValues = new Map<string, AnswerValue>();
    for (const [questionId, answer] of Object.entries(respondent.answers)) {
      const path = [...at, 'answers', questionId];
      const question = byId.get(questionId);
      const context = { respondentId: respondent.id, questionId };
      if (!question) {
        issues.push({ code: 'UNKNOWN_QUESTION', message: `${questionId}: no such question in ${questionnaire.id} ${questionnaire.version}`, path, value: questionId, ...context });
        continue;
      }
      if ('notApplicable' in answer) {
        if (!question.allowNotApplicable) {
          issues.push({ code: 'NOT_APPLICABLE_NOT_ALLOWED', message: `${questionId}: "not applicable" is not allowed for this question`, path, value: answer, ...context });
        }
        continue;
      }
      const problems = checkAnswerValue(question, answer.value);
      if (problems.length === 0) validValues.set(questionId, answer.value);
      for (const problem of problems) {
        issues.push({ code: problem.code, message: `${questionId} (respondent ${respondent.id}): ${problem.message}`, path: [...path, 'value'], value: problem.value, ...context });
      }
    }
    const contradictions = mode.consistency === 'skip' ? [] : inconsistentAnswers(questionnaire, (id) => validValues.get(id));
    for (const found of contradictions) {
      issues.push({
        code: 'INCONSISTENT_ANSWERS',
        message: `respondent ${respondent.id}: ${found.message}`,
        path: [...at, 'answers', found.questionId, 'value', found.row],
        value: found.value,
        respondentId: respondent.id,
        questionId: found.questionId,
        relatedQuestionId: found.relatedQuestionId,
      });
    }
  });

  if (mode.completeness === 'complete') {
    for (const question of questionnaire.questions) {
      if (!question.required) continue;
      const answered = answers.respondents.some((r) => question.id in r.answers);
      if (!answered) {
        issues.push({ code: 'MISSING_REQUIRED', message: `${question.id}: required, but no respondent answered it`, path: ['respondents'], questionId: question.id });
      }
    }
  }
  return issues.length === 0 ? { ok: true, answers, issues: [] } : { ok: false, answers, issues };
}
