import type { AnswerValue } from '../../answers/answer-file-schema';
import type { Issue } from '../../support/issue';
import { parseAnswerCell } from './answer-cell';
import { parseCsvNumber } from './csv-number';
import type { CsvColumn } from './read-csv-header';


/**
 * Turns the fields of one CSV record into the object a JSON Lines row
 * would be, ready for `checkResponseRow`, plus the problems with cells
 * that could not be decoded at all (those answers are left out of the
 * object, and every other cell is still checked). The record must have
 * one field per column.
 *
 * Profile cells are passed on as text (so zod reports a bad industry with
 * its value); `synthetic` reads `true`/`false`, `weight` a number, and an
 * empty `synthetic` or `weight` cell is left out.
 *
 * @example
 * csvRecordToRowInput(columns, ['org-1', 'retail', 'small', 'europe', '2026', 'fixture', '1.0.0', 'yes']);
 * // => { input: { id: 'org-1', industry: 'retail', ..., questionnaire: { id: 'fixture', version: '1.0.0' }, answers: { 'people.exec': true } }, issues: [] }
 */
export function csvRecordToRowInput(columns: readonly CsvColumn[], fields: readonly string[]): { input: Record<string, unknown>; issues: Issue[] } {
  const input: Record<string, unknown> = {};
  const questionnaire: Record<string, string> = {};
  const answers: Record<string, AnswerValue | null> = {};
  const issues: Issue[] = [];
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    const cell = fields[c]!;
    if (column.kind === 'question') {
      const parsed = parseAnswerCell(column.question, cell);
      const questionId = column.question.id;
      if (!parsed.ok) {
        issues.push({ code: 'WRONG_TYPE', message: `${questionId}: ${parsed.message}`, path: ['answers', questionId], questionId, value: cell });
      } else if (parsed.value !== undefined) {
        answers[questionId] = parsed.value;
      }
      continue;
    }
    switch (column.name) {
      case 'questionnaireId':
        questionnaire.id = cell;
        break;
      case 'questionnaireVersion':
        questionnaire.version = cell;
        break;
      case 'synthetic':
        if (cell !== '') input.synthetic = cell === 'true' ? true : cell === 'false' ? false : cell;
        break;
      case 'weight':
        // A weight that is not a number goes to zod as text, so that its message names the value.
        if (cell !== '') input.weight = parseCsvNumber(cell) ?? cell;
        break;
      default:
        input[column.name] = cell;
    }
  }
  input.questionnaire = questionnaire;
  input.answers = answers;
  return { input, issues };
}
