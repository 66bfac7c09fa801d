import type { Questionnaire } from '../model/questionnaire-schema';
import { rowScorer, type RowScores } from './score-row';
import { scoringPlan } from './scoring-plan';

const scorers = new WeakMap<Questionnaire, ReturnType<typeof rowScorer>>();

/** A copy of what the row scorer gives, safe to keep (the scorer overwrites its own on every call). */
export type RowScoresCopy = Omit<RowScores, 'dimensions' | 'credits' | 'dimensionLevels' | 'heldDimensions'> & {
  dimensions: number[];
  heldDimensions: number[];
  credits: number[];
  dimensionLevels: number[];
};

/** Scores one row of fractions with the questionnaire's cached row scorer and returns a copy. */
export function scoreFractions(questionnaire: Questionnaire, fractions: ArrayLike<number>, held?: ArrayLike<number>): RowScoresCopy {
  let scorer = scorers.get(questionnaire);
  if (!scorer) {
    scorer = rowScorer(scoringPlan(questionnaire));
    scorers.set(questionnaire, scorer);
  }
  const s = scorer.score(fractions, held);
  return {
    dimensions: Array.from(s.dimensions),
    credits: Array.from(s.credits),
    heldDimensions: Array.from(s.heldDimensions),
    heldOverall: s.heldOverall,
    dimensionLevels: Array.from(s.dimensionLevels),
    overall: s.overall,
    overallLevel: s.overallLevel,
    scoreLevel: s.scoreLevel,
    bounds: s.bounds,
  };
}
