import type { AnswerValue } from '../../answers/answer-file-schema';
import type { QuestionnaireQuestion } from '../../model/questionnaire-schema';
import { describeValue } from '../../support/issue';
import { parseCsvNumber } from './csv-number';
import { nothingSelectedCell, notApplicableCell } from './csv-layout';

/** A decoded cell: the answer (`undefined` unanswered, `null` not applicable), or why the cell cannot be read. */
export type ParsedCell = { ok: true; value: AnswerValue | null | undefined } | { ok: false; message: string };

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
  switch (question.type) {
    case 'yes_no':
      return value ? 'yes' : 'no';
    case 'single_choice':
      return String(value);
    case 'multiple_choice': {
      const ids = value as string[];
      return ids.length === 0 ? nothingSelectedCell : ids.join('|');
    }
    case 'count':
    case 'percentage':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'grid': {
      const cells = value as Record<string, string>;
      return question.rows
        .filter((row) => row.id in cells)
        .map((row) => `${row.id}=${cells[row.id]}`)
        .join('|');
    }
  }
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
  const wrong = (expected: string): ParsedCell => ({ ok: false, message: `expects ${expected}, got ${describeValue(cell)}` });
  switch (question.type) {
    case 'yes_no':
      return cell === 'yes' ? { ok: true, value: true } : cell === 'no' ? { ok: true, value: false } : wrong('yes, no or n/a');
    case 'single_choice':
      return { ok: true, value: cell };
    case 'multiple_choice':
      return { ok: true, value: cell === nothingSelectedCell ? [] : cell.split('|') };
    case 'count':
    case 'percentage':
    {
      const number = parseCsvNumber(cell);
      return number === undefined ? wrong('a number or n/a') : { ok: true, value: number };
    }
    case 'grid': {
      // A Map, so that a row named "__proto__" is an unknown row rather than a prototype.
      const cells = new Map<string, string>();
      for (const pair of cell.split('|')) {
        const equals = pair.indexOf('=');
        if (equals === -1) return wrong('row=column pairs joined by "|"');
        const row = pair.slice(0, equals);
        if (cells.has(row)) return { ok: false, message: `row "${row}" is answered twice in ${describeValue(cell)}` };
        cells.set(row, pair.slice(equals + 1));
      }
      return { ok: true, value: Object.fromEntries(cells) };
    }
  }
}
