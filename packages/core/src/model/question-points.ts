import type { Band, Question } from './question-schema';

/** The points the best possible answer earns: the denominator of a question's fraction. */
export function maxPoints(question: Question): number {
  switch (question.type) {
    case 'yes_no':
      return Math.max(question.points.yes, question.points.no);
    case 'single_choice':
      return Math.max(...(question.options ?? []).map((o) => o.points));
    case 'multiple_choice': {
      const total = bestSelection(question.options).reduce((sum, o) => sum + o.points, 0);
      return question.maxPoints === undefined ? total : Math.min(question.maxPoints, total);
    }
    case 'count':
    case 'percentage':
      return Math.max(...question.bands.map((b) => b.points));
    case 'grid':
      return question.rows.length * Math.max(...question.columns.map((c) => c.points));
  }
}

/**
 * The best selection of a multiple-choice question: every non-exclusive
 * option that earns points, or the best exclusive option if that earns more.
 */
export function bestSelection<O extends { points: number; exclusive?: boolean | undefined }>(options: O[]): O[] {
  const combinable = options.filter((o) => !o.exclusive && o.points > 0);
  const combinedTotal = combinable.reduce((sum, o) => sum + o.points, 0);
  const bestExclusive = options.filter((o) => o.exclusive).sort((a, b) => b.points - a.points)[0];
  if (bestExclusive && bestExclusive.points > combinedTotal) return [bestExclusive];
  return combinable;
}

/** The band a number falls in: the last band whose `min` is at or below it. */
export function bandFor(bands: Band[], value: number): Band | undefined {
  let found: Band | undefined;
  for (const band of bands) {
    if (band.min <= value) found = band;
    else break;
  }
  return found;
}
