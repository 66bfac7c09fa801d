import type { AnswerValue } from '../answers/answer-file-schema';
import type { QuestionnaireQuestion } from './questionnaire-schema';
import { bestSelection } from './question-points';

/**
 * The answer that earns a question's full points: what the roadmap asks
 * for, and what property tests use for "all best".
 */
export function bestAnswerValue(question: QuestionnaireQuestion): AnswerValue {
  switch (question.type) {
    case 'yes_no':
      return question.points.yes >= question.points.no;
    case 'single_choice':
      return byPoints(question.options ?? [], 'best').id;
    case 'multiple_choice':
      return bestSelection(question.options).map((o) => o.id);
    case 'count':
    case 'percentage':
      return byPoints(question.bands, 'best').min;
    case 'grid': {
      const column = byPoints(question.columns, 'best').id;
      return Object.fromEntries(question.rows.map((row) => [row.id, column]));
    }
  }
}

/** An answer that earns a question's fewest points. */
export function worstAnswerValue(question: QuestionnaireQuestion): AnswerValue {
  switch (question.type) {
    case 'yes_no':
      return question.points.yes < question.points.no;
    case 'single_choice':
      return byPoints(question.options ?? [], 'worst').id;
    case 'multiple_choice': {
      const zeroExclusive = question.options.find((o) => o.exclusive && o.points === 0);
      return zeroExclusive ? [zeroExclusive.id] : question.options.filter((o) => o.points === 0 && !o.exclusive).map((o) => o.id);
    }
    case 'count':
    case 'percentage':
      return byPoints(question.bands, 'worst').min;
    case 'grid': {
      const column = byPoints(question.columns, 'worst').id;
      return Object.fromEntries(question.rows.map((row) => [row.id, column]));
    }
  }
}

function byPoints<T extends { points: number }>(items: T[], which: 'best' | 'worst'): T {
  const sign = which === 'best' ? 1 : -1;
  return items.reduce((chosen, item) => (sign * (item.points - chosen.points) > 0 ? item : chosen));
}
