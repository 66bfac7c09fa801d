import { z } from 'zod';
import { checkAnswerValue } from '../answers/check-answer-value';
import { inconsistentAnswers } from '../answers/answer-consistency';
import type { Questionnaire } from '../model/questionnaire-schema';
import type { Issue } from '../support/issue';
import { issuesFromZod } from '../support/zod-issues';
import { responseRowSchema, type ResponseRow } from './response-row-schema';

/**
 * The row schema with answers left open: every answer is checked against
 * its own question below (a stricter test than the generic value union),
 * and skipping the union per answer halves the cost of parsing a row.
 */
const rowEnvelopeSchema = responseRowSchema.extend({ answers: z.record(z.string(), z.unknown()) });

export type RowCheck = { ok: true; row: ResponseRow } | { ok: false; issues: Issue[] };

/**
 * Parses one response-set row with zod and checks its answers against the
 * questionnaire, returning every problem with its question id and value.
 */
export function checkResponseRow(questionnaire: Questionnaire, input: unknown, questionIndex = indexQuestions(questionnaire)): RowCheck {
  const parsed = rowEnvelopeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, input) };
  // Safe once every answer below has passed checkAnswerValue.
  const row = parsed.data as ResponseRow;
  const issues: Issue[] = [];
  if (row.questionnaire.id !== questionnaire.id || row.questionnaire.version !== questionnaire.version) {
    issues.push({
      code: 'QUESTIONNAIRE_MISMATCH',
      message: `row is for ${row.questionnaire.id} ${row.questionnaire.version}, not ${questionnaire.id} ${questionnaire.version}`,
      path: ['questionnaire'],
      value: row.questionnaire,
    });
    return { ok: false, issues };
  }
  for (const [questionId, value] of Object.entries(row.answers)) {
    const question = questionIndex.get(questionId);
    const path = ['answers', questionId];
    if (!question) {
      issues.push({ code: 'UNKNOWN_QUESTION', message: `${questionId}: no such question`, path, questionId, value: questionId });
    } else if (value === null) {
      if (!question.allowNotApplicable) {
        issues.push({ code: 'NOT_APPLICABLE_NOT_ALLOWED', message: `${questionId}: "not applicable" (null) is not allowed`, path, questionId, value });
      }
    } else {
      for (const problem of checkAnswerValue(question, value)) {
        issues.push({ code: problem.code, message: `${questionId}: ${problem.message}`, path, questionId, value: problem.value });
      }
    }
  }
  if (issues.length === 0) {
    for (const found of inconsistentAnswers(questionnaire, (id) => row.answers[id])) {
      issues.push({ code: 'INCONSISTENT_ANSWERS', message: found.message, path: ['answers', found.questionId, found.row], questionId: found.questionId, relatedQuestionId: found.relatedQuestionId, value: found.value });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, row };
}

export function indexQuestions(questionnaire: Questionnaire) {
  return new Map(questionnaire.questions.map((q) => [q.id, q]));
}
