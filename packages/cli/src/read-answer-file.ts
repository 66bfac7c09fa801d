import { readFileSync } from 'node:fs';
import {
  answerFileSchema,
  CrmMaturityError,
  isCrmMaturityError,
  issueDetail,
  validateAnswers,
  type AnswerFile,
  type Issue,
  type Questionnaire,
  type ValidationMode,
} from '@crm-maturity/core';
import { bundledQuestionnaire, loadQuestionnaire } from '@crm-maturity/questionnaires';

export type LoadedAnswers = { file: string; questionnaire: Questionnaire; answers: AnswerFile };

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw new CrmMaturityError('FILE_UNREADABLE', `${file}: ${reason}`, [{ file, message: reason }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CrmMaturityError('INVALID_ANSWERS', `${file}: not valid JSON: ${(error as Error).message}`, [{ file, message: 'not valid JSON' }]);
  }
}

/**
 * Reads an answer file and validates it against the questionnaire version
 * it names (bundled, or the folder given with --questionnaire-dir). Every
 * problem is reported at once, each with the file, question id and value.
 */
export function loadAnswerFile(
  file: string,
  options: { questionnaireDir?: string | undefined; mode: ValidationMode },
): LoadedAnswers {
  const input = readJsonFile(file);
  const header = answerFileSchema.shape.questionnaire.safeParse((input as { questionnaire?: unknown } | null)?.questionnaire);
  const questionnaire = pickQuestionnaire(file, header.success ? header.data : undefined, options.questionnaireDir);
  const validation = validateAnswers(questionnaire, input, options.mode);
  if (!validation.ok) throw new CrmMaturityError('INVALID_ANSWERS', formatIssues(file, validation.issues), validation.issues.map(issueDetail));
  return { file, questionnaire, answers: validation.answers };
}

export function pickQuestionnaire(
  file: string,
  named: { id: string; version: string } | undefined,
  questionnaireDir: string | undefined,
): Questionnaire {
  try {
    if (questionnaireDir) return loadQuestionnaire(questionnaireDir);
    return bundledQuestionnaire(named?.id ?? 'crm-maturity', named?.version);
  } catch (error) {
    // The answer file named a version that is not bundled: say which file.
    if (isCrmMaturityError(error) && error.code === 'UNKNOWN_QUESTIONNAIRE') throw new CrmMaturityError(error.code, `${file}: ${error.message}`, error.details);
    throw error;
  }
}

export function formatIssues(file: string, issues: Issue[]): string {
  const lines = issues.map((issue) => `  ${file}: ${issue.message}`);
  return `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}
