import type { AnswerValue } from '../answers/answer-file-schema';
import type { QuestionnaireQuestion } from './questionnaire-schema';
import type { AnswerMatch, PublishedReference } from './reference-schema';

/**
 * Whether an answer is one a published share counts, e.g. whether "3
 * sources of customer data" is among the 45% with a single source.
 *
 * @example
 * answerMatches(dataSources, { equals: 1 }, 3) // => false
 */
export function answerMatches(question: QuestionnaireQuestion, match: AnswerMatch, value: AnswerValue): boolean {
  if ('row' in match) {
    const cells = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
    return match.anyOf.includes(cells[match.row] ?? '');
  }
  if ('equals' in match) return value === match.equals;
  if ('includes' in match) return Array.isArray(value) && value.includes(match.includes);
  if ('anyOf' in match) {
    if (Array.isArray(value)) return value.some((v) => match.anyOf.includes(v));
    return typeof value === 'string' && match.anyOf.includes(value);
  }
  if (typeof value !== 'number') return false;
  const atLeast = 'atLeast' in match ? match.atLeast : -Infinity;
  const atMost = match.atMost ?? Infinity;
  return value >= atLeast && value <= atMost;
}

/**
 * The number a published mean is an average of, for one answer: the count
 * or percentage itself, how many options were chosen, or how many grid rows
 * match (or earn points, without a match).
 */
export function referenceMeasure(question: QuestionnaireQuestion, reference: PublishedReference, value: AnswerValue): number | undefined {
  switch (question.type) {
    case 'count':
    case 'percentage':
      return typeof value === 'number' ? value : undefined;
    case 'multiple_choice':
      return Array.isArray(value) ? question.options.filter((o) => !o.exclusive && value.includes(o.id)).length : undefined;
    case 'grid': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const cells = value as Record<string, string>;
      const match = reference.match;
      const counts = (row: string) => {
        const column = cells[row];
        if (match && 'anyOf' in match) return match.anyOf.includes(column ?? '');
        return (question.columns.find((c) => c.id === column)?.points ?? 0) > 0;
      };
      return question.rows.filter((r) => counts(r.id)).length;
    }
    case 'yes_no':
      return value === true ? 1 : 0;
    case 'single_choice':
      return undefined;
  }
}
