import type { AnswerValue } from '../../answers/answer-file-schema';
import type { QuestionnaireQuestion } from '../../model/questionnaire-schema';
import { moduleOf } from '../../question-types/registry';
import type { ParsedCell } from '../../question-types/question-type';
import { notApplicableCell } from './csv-layout';

export type { ParsedCell };

/**
 * Writes one answer as a CSV cell (before quoting):
 * yes_no `yes` / `no`; single_choice the option id; multiple_choice the
 * option ids joined by `|`, or `-` when nothing is selected; count and
 * percentage the number; grid `row=column` pairs joined by `|` in row
 * order; `n/a` for not applicable; empty for unanswered.
 *
 * @example
 * formatAnswerCell(techniques, ['personas', 'feedback']); // => 'personas|feedback'
 * formatAnswerCell(techniques, []); // => '-'
 * formatAnswerCell(exec, null); // => 'n/a'
 */
export function formatAnswerCell(question: QuestionnaireQuestion, value: AnswerValue | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return notApplicableCell;
  return moduleOf(question).formatCell(question, value);
}

/**
 * Reads one CSV answer cell written as `formatAnswerCell` writes it. Only
 * the cell syntax is checked here; whether the options, rows and numbers
 * are valid for the question is `checkResponseRow`'s job.
 *
 * @example
 * parseAnswerCell(exec, 'yes'); // => { ok: true, value: true }
 * parseAnswerCell(exec, ''); // => { ok: true, value: undefined }
 * parseAnswerCell(exec, 'maybe'); // => { ok: false, message: 'expects yes, no or n/a, got "maybe"' }
 */
export function parseAnswerCell(question: QuestionnaireQuestion, cell: string): ParsedCell {
  if (cell === '') return { ok: true, value: undefined };
  if (cell === notApplicableCell) return { ok: true, value: null };
  return moduleOf(question).parseCell(question, cell);
}
