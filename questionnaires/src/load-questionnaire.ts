import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { assembleQuestionnaire, CrmMaturityError, issueDetail, type Issue, type Questionnaire } from '@crm-maturity/core';

/** INVALID_QUESTIONNAIRE: a folder failed to load; the details name each file, path and problem. */
function invalidQuestionnaire(directory: string, issues: Issue[]): CrmMaturityError {
  return new CrmMaturityError('INVALID_QUESTIONNAIRE', `questionnaire in ${directory} is invalid:\n${issues.map((i) => `  - ${i.message}`).join('\n')}`, issues.map(issueDetail));
}

/**
 * Reads a questionnaire version folder (questionnaire.yaml and
 * questions/*.yaml) and checks it with core's schema.
 *
 * @throws CrmMaturityError INVALID_QUESTIONNAIRE listing every problem
 */
export function loadQuestionnaire(directory: string): Questionnaire {
  const issues: Issue[] = [];
  const manifestFile = join(directory, 'questionnaire.yaml');
  const manifest = { file: manifestFile, data: readYaml(manifestFile, issues) };
  const questionsDirectory = join(directory, 'questions');
  let questionFileNames: string[] = [];
  try {
    questionFileNames = readdirSync(questionsDirectory).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    issues.push({ code: 'INVALID_FILE', message: `${questionsDirectory}: cannot read the questions folder`, path: [], file: questionsDirectory });
  }
  const questionFiles = questionFileNames.map((name) => {
    const file = join(questionsDirectory, name);
    return { file, data: readYaml(file, issues) };
  });
  if (issues.length > 0) throw invalidQuestionnaire(directory, issues);
  const assembled = assembleQuestionnaire({ manifest, questionFiles });
  if (!assembled.ok) throw invalidQuestionnaire(directory, assembled.issues);
  return assembled.questionnaire;
}

function readYaml(file: string, issues: Issue[]): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    issues.push({ code: 'INVALID_FILE', message: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, path: [], file });
    return undefined;
  }
  // uniqueKeys: a key written twice is a typo that would silently win.
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  for (const error of document.errors) {
    const line = error.linePos?.[0];
    issues.push({ code: 'INVALID_FILE', message: `${file}${line ? `:${line.line}:${line.col}` : ''}: ${error.message.split('\n')[0]}`, path: [], file });
  }
  return document.errors.length ? undefined : document.toJS();
}
