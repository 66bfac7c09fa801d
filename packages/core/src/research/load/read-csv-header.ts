import type { Questionnaire, QuestionnaireQuestion } from '../../model/questionnaire-schema';
import { describeValue, type Issue } from '../../support/issue';
import { csvProfileColumns, requiredCsvColumns, type CsvProfileColumn } from './csv-layout';

/** What one CSV column holds: a profile field or a question's answers. */
export type CsvColumn = { kind: 'profile'; name: CsvProfileColumn } | { kind: 'question'; question: QuestionnaireQuestion };

export type CsvHeaderResult = { ok: true; columns: CsvColumn[] } | { ok: false; issues: Issue[] };

const profileNames = new Set<string>(csvProfileColumns);

/**
 * Reads the header of a response-set CSV file: every column must be a
 * profile column or a question id of the questionnaire, none may appear
 * twice, and the required profile columns must all be there.
 *
 * @example
 * readCsvHeader(questionnaire, ['id', 'industry', 'colour']);
 * // => { ok: false, issues: [{ message: 'header: unknown column "colour" (column 3); ...' }, ...] }
 */
export function readCsvHeader(questionnaire: Questionnaire, names: readonly string[]): CsvHeaderResult {
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const columns: CsvColumn[] = [];
  names.forEach((name, i) => {
    const position = i + 1;
    const first = seen.get(name);
    if (first !== undefined) {
      issues.push(headerIssue(`column ${describeValue(name)} appears twice (columns ${first} and ${position})`, position, name));
      return;
    }
    seen.set(name, position);
    const question = questions.get(name);
    if (profileNames.has(name)) {
      columns.push({ kind: 'profile', name: name as CsvProfileColumn });
    } else if (question) {
      columns.push({ kind: 'question', question });
    } else {
      issues.push(
        headerIssue(
          `unknown column ${describeValue(name)} (column ${position}); columns are ${csvProfileColumns.join(', ')} and the question ids of ${questionnaire.id} ${questionnaire.version}`,
          position,
          name,
        ),
      );
    }
  });
  for (const name of requiredCsvColumns) {
    if (!seen.has(name)) issues.push(headerIssue(`the required column "${name}" is missing`, undefined, name));
  }
  return issues.length ? { ok: false, issues } : { ok: true, columns };
}

function headerIssue(problem: string, position: number | undefined, name: string): Issue {
  return {
    code: 'INVALID_FILE',
    message: `header: ${problem}`,
    path: position === undefined ? ['header'] : ['header', position - 1],
    value: name,
  };
}
