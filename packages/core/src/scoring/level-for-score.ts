import type { Level } from '../model/questionnaire-schema';

/**
 * The level a 0-100 score reaches: the highest level whose `minScore` is at
 * or below it. `levels` must be sorted by `minScore` (assembly does that).
 *
 * @example
 * levelForScore(questionnaire.levels, 62.5).id // => 'strategic'
 */
export function levelForScore(levels: readonly Level[], score: number): Level {
  let reached = levels[0];
  if (!reached) throw new RangeError('levelForScore requires at least one level');
  for (const level of levels) if (score >= level.minScore) reached = level;
  return reached;
}

/** The level above `level`, or undefined at the top. */
export function nextLevel(levels: readonly Level[], level: Level): Level | undefined {
  const index = levels.findIndex((l) => l.id === level.id);
  return levels[index + 1];
}

/**
 * Rounds away floating-point dust (1e-10) so that a score that is exactly a
 * threshold in decimal arithmetic is not read as just below it.
 */
export function cleanScore(score: number): number {
  return Math.round(score * 1e10) / 1e10;
}
