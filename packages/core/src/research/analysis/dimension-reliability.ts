import { cronbachAlpha } from '../../statistics/cronbach-alpha';
import type { ScoredResponseSet } from '../score-response-set';
import { codeFraction } from '../cohorts/code-fraction';

export type DimensionReliability = {
  dimension: string;
  items: number;
  /** Organizations that answered every question of the dimension (listwise deletion). */
  n: number;
  /** Cronbach's alpha of the question fractions; null when fewer than 2 complete rows or no variance. */
  alpha: number | null;
};

/**
 * The questionnaire's internal consistency per dimension: Cronbach's alpha
 * over the earned fractions of the dimension's questions, using the
 * organizations that answered all of them (not applicable or unanswered
 * drops the row for that dimension). Around 0.7 and above is usually read
 * as acceptable for a scale; very high values can mean redundant questions.
 */
export function dimensionReliability(scored: ScoredResponseSet): DimensionReliability[] {
  const { questionnaire, answers, size } = scored.set;
  const stride = questionnaire.questions.length;
  return questionnaire.dimensions.map((dimension) => {
    const items = questionnaire.questions.flatMap((q, index) => (q.dimension === dimension.id ? [index] : []));
    const rows: number[][] = [];
    for (let row = 0; row < size; row++) {
      const fractions = items.map((q) => codeFraction(questionnaire, q, answers[row * stride + q]!));
      if (fractions.every((f) => !Number.isNaN(f))) rows.push(fractions);
    }
    let alpha: number | null = null;
    try {
      if (rows.length >= 2 && items.length >= 2) alpha = cronbachAlpha(rows);
    } catch {
      alpha = null; // no variance at all: alpha is undefined
    }
    return { dimension: dimension.id, items: items.length, n: rows.length, alpha: alpha !== null && Number.isFinite(alpha) ? alpha : null };
  });
}
