import type { AnswerValue } from '../answers/answer-file-schema';
import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { bandFor } from '../model/question-points';
import { scoreAnswerValue } from '../scoring/score-answer-value';

/**
 * Answers in a response set are stored as one number each, so that a
 * million organizations fit in one Float64Array and score in a tight loop:
 *   unanswered -> NaN, not applicable -> -1,
 *   yes_no -> 1 / 0, single_choice -> option index,
 *   multiple_choice -> bit mask of option indexes,
 *   count, percentage -> the number itself,
 *   grid -> column indexes as digits of a number in base (column count).
 */
export const UNANSWERED = Number.NaN;
export const NOT_APPLICABLE = -1;

/** Encodes one answer value; `undefined` is unanswered and `null` not applicable. The value must be valid. */
export function encodeAnswer(question: QuestionnaireQuestion, value: AnswerValue | null | undefined): number {
  if (value === undefined) return UNANSWERED;
  if (value === null) return NOT_APPLICABLE;
  switch (question.type) {
    case 'yes_no':
      return value === true ? 1 : 0;
    case 'single_choice':
      return (question.options ?? []).findIndex((o) => o.id === value);
    case 'multiple_choice': {
      let mask = 0;
      for (const id of value as string[]) mask += 2 ** question.options.findIndex((o) => o.id === id);
      return mask;
    }
    case 'count':
    case 'percentage':
      return value as number;
    case 'grid': {
      const cells = value as Record<string, string>;
      let code = 0;
      for (let r = question.rows.length - 1; r >= 0; r--) {
        code = code * question.columns.length + question.columns.findIndex((c) => c.id === cells[question.rows[r]!.id]);
      }
      return code;
    }
  }
}

/** The answer value a code stands for: the inverse of `encodeAnswer`. */
export function decodeAnswer(question: QuestionnaireQuestion, code: number): AnswerValue | null | undefined {
  if (Number.isNaN(code)) return undefined;
  if (code === NOT_APPLICABLE) return null;
  switch (question.type) {
    case 'yes_no':
      return code === 1;
    case 'single_choice':
      return (question.options ?? [])[code]?.id ?? '';
    case 'multiple_choice':
      return question.options.filter((_, i) => Math.floor(code / 2 ** i) % 2 === 1).map((o) => o.id);
    case 'count':
    case 'percentage':
      return code;
    case 'grid': {
      const cells: Record<string, string> = {};
      let rest = code;
      for (const row of question.rows) {
        cells[row.id] = question.columns[rest % question.columns.length]!.id;
        rest = Math.floor(rest / question.columns.length);
      }
      return cells;
    }
  }
}

/**
 * The answer category a code falls in, for answer distributions:
 * the option, band or yes/no index (grid and multiple choice have several
 * categories per answer and are counted per row or per option instead).
 */
export function categoryOf(question: QuestionnaireQuestion, code: number): number {
  switch (question.type) {
    case 'count':
    case 'percentage': {
      const band = bandFor(question.bands, code);
      return band ? question.bands.indexOf(band) : 0;
    }
    default:
      return code;
  }
}

/** Earned fraction of a code, the slow general way (the reference for the compiled tables). */
export function fractionOfCode(question: QuestionnaireQuestion, code: number): number {
  const value = decodeAnswer(question, code);
  if (value === undefined || value === null) return 0;
  return scoreAnswerValue(question, value).fraction;
}
