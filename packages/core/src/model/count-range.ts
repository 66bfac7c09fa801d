import type { CountQuestion } from './question-schema';

/**
 * The largest count any answer may give when its question declares no
 * `max`. No question in the bundled questionnaires declares one, and a
 * count of data sources, groups or business units beyond a million is a
 * typing error (or `1e308`), not an organization; the scoring bands stop
 * far below it, so the ceiling changes no score.
 */
export const countCeiling = 1_000_000;

/**
 * The whole numbers a count question accepts: from its `min` to its `max`,
 * or to `countCeiling` when it declares none.
 *
 * @example
 * countRange({ min: 1 } as CountQuestion); // => { min: 1, max: 1000000 }
 */
export function countRange(question: Pick<CountQuestion, 'min' | 'max'>): { min: number; max: number } {
  return { min: question.min, max: question.max ?? countCeiling };
}
