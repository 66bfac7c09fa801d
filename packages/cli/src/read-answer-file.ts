import { readFileSync } from 'node:fs';
import {
  answerFileSchema,
  validateAnswers,
  type AnswerFile,
  type Issue,
  type Questionnaire,
  type ValidationMode,
} from '@crm-maturity/core';
import { bundledQuestionnaire, loadQuestionnaire, QuestionnaireLoadError } from '@crm-maturity/questionnaires';
import { CliError, exitCodes } from './cli-error';

export type LoadedAnswers = { file: string; questionnaire: Questionnaire; answers: AnswerFile };

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw new CliError(`${file}: ${reason}`, exitCodes.noInput);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`);
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
  if (!validation.ok) throw new CliError(formatIssues(file, validation.issues));
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
    if (error instanceof QuestionnaireLoadError) throw new CliError(error.message);
    if (error instanceof RangeError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

export function formatIssues(file: string, issues: Issue[]): string {
  const lines = issues.map((issue) => `  ${file}: ${issue.message}`);
  return `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}
