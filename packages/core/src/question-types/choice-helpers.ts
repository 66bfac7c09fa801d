import { describeValue } from '../support/issue';
import type { Band, Option } from './question-fields';
import type { DefinitionProblem, ValueProblem } from './question-type';

export function unknownOption(value: unknown, ids: readonly string[]): ValueProblem {
  return { code: 'UNKNOWN_OPTION', message: `${describeValue(value)} is not an option; options are ${ids.join(', ')}`, value };
}

export function wrongType(expects: string, value: unknown): ValueProblem[] {
  return [{ code: 'WRONG_TYPE', message: `expects ${expects}, got ${describeValue(value)}`, value }];
}

export function rangeProblems(value: number, min: number, max: number): ValueProblem[] {
  // NaN fails both comparisons, so it is tested on its own.
  if (Number.isNaN(value) || value < min || value > max) {
    return [{ code: 'OUT_OF_RANGE', message: `must be from ${min} to ${max}, got ${value}`, value: Number.isFinite(value) ? value : String(value) }];
  }
  return [];
}

export function checkUniqueIds(items: readonly { id: string }[], problem: DefinitionProblem, key: string, noun = 'option'): void {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) problem([key, i, 'id'], `${noun} id "${item.id}" is used twice`, item.id);
    ids.add(item.id);
  });
}

export function byPoints<T extends { points: number }>(items: readonly T[], which: 'best' | 'worst'): T {
  const sign = which === 'best' ? 1 : -1;
  return items.reduce((chosen, item) => (sign * (item.points - chosen.points) > 0 ? item : chosen));
}

export function maxOf(items: readonly { points: number }[]): number {
  return Math.max(...items.map((i) => i.points));
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
export function bandFor(bands: readonly Band[], value: number): Band | undefined {
  let found: Band | undefined;
  for (const band of bands) {
    if (band.min <= value) found = band;
    else break;
  }
  return found;
}

export type { Option };
