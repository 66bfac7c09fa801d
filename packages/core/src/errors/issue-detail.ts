import type { Issue } from '../support/issue';
import type { ErrorDetail } from './error-detail';

/**
 * A validation problem as the detail of a failure (INVALID_ANSWERS,
 * INVALID_QUESTIONNAIRE, ...): its code, message and path, and the question,
 * respondent, value and file when it has them.
 *
 * @example
 * issueDetail({ code: 'UNKNOWN_OPTION', message: 'tech.crm: "fax" is not an option', path: ['respondents', 0, 'answers', 'tech.crm'], questionId: 'tech.crm', value: 'fax' });
 * // => { code: 'UNKNOWN_OPTION', message: 'tech.crm: "fax" is not an option', path: [...], questionId: 'tech.crm', value: 'fax' }
 */
export function issueDetail(issue: Issue): ErrorDetail {
  return {
    code: issue.code,
    message: issue.message,
    path: issue.path,
    ...(issue.questionId ? { questionId: issue.questionId } : {}),
    ...(issue.relatedQuestionId ? { relatedQuestionId: issue.relatedQuestionId } : {}),
    ...(issue.respondentId ? { respondentKey: issue.respondentId } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    ...(issue.file ? { file: issue.file } : {}),
  };
}
