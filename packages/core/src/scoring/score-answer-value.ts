import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { bandFor, maxPoints } from '../model/question-points';
import type { AnswerValue } from '../answers/answer-file-schema';

export type ValueScore = {
  earned: number;
  possible: number;
  /** earned / possible, 0-1. */
  fraction: number;
  /** One line a person can check: what the answer was and why it earned what it did. */
  explanation: string;
};

/**
 * Scores one validated answer value. Values are assumed valid (see
 * `checkAnswerValue`); an option the question does not have earns 0.
 *
 * @example
 * scoreAnswerValue(dataSourcesQuestion, 3).explanation
 * // => '3 is in band "3 to 4": 2 of 4 points'
 */
export function scoreAnswerValue(question: QuestionnaireQuestion, value: AnswerValue): ValueScore {
  const possible = maxPoints(question);
  const result = (earned: number, explanation: string): ValueScore => ({
    earned,
    possible,
    fraction: possible > 0 ? Math.min(1, earned / possible) : 0,
    explanation: `${explanation}: ${formatPoints(earned)} of ${formatPoints(possible)} points`,
  });
  switch (question.type) {
    case 'yes_no': {
      const earned = value === true ? question.points.yes : question.points.no;
      return result(earned, value === true ? '"yes"' : '"no"');
    }
    case 'single_choice': {
      const option = (question.options ?? []).find((o) => o.id === value);
      return result(option?.points ?? 0, `"${option?.label ?? String(value)}"`);
    }
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? question.options.filter((o) => value.includes(o.id)) : [];
      const total = chosen.reduce((sum, o) => sum + o.points, 0);
      const earned = question.maxPoints === undefined ? total : Math.min(total, question.maxPoints);
      const capped = earned < total ? ` (${formatPoints(total)}, capped at ${formatPoints(earned)})` : '';
      const names = chosen.length ? chosen.map((o) => o.label).join(', ') : 'nothing';
      return result(earned, `${chosen.length} selected: ${names}${capped}`);
    }
    case 'count':
    case 'percentage': {
      const number = typeof value === 'number' ? value : Number.NaN;
      const band = bandFor(question.bands, number);
      const shown = question.type === 'percentage' ? `${number}%` : String(number);
      return result(band?.points ?? 0, `${shown} is in band "${band?.label ?? 'none'}"`);
    }
    case 'grid': {
      const cells = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
      let earned = 0;
      const parts: string[] = [];
      for (const row of question.rows) {
        const column = question.columns.find((c) => c.id === cells[row.id]);
        earned += column?.points ?? 0;
        parts.push(`${row.label} ${column?.label ?? '?'} (${formatPoints(column?.points ?? 0)})`);
      }
      return result(earned, parts.join('; '));
    }
  }
}

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0+$/, '');
}
