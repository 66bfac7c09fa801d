import type { DimensionId, Questionnaire } from '../model/questionnaire-schema';
import type { QuestionStatus } from './result-types';
import { scoreFractions, type RowScoresCopy } from './row-scorer-cache';

export type QuestionState = { status: QuestionStatus; fraction: number };

export type AggregateScores = {
  dimensions: { id: DimensionId; score: number; weight: number; notApplicableCredit: number; level: number }[];
  overall: number;
  /** Level indexes (0 = the lowest) after the questionnaire's level rules. */
  overallLevel: number;
  scores: RowScoresCopy;
};

/** The row scorer's input for per-question states: NaN unanswered, -1 not applicable, else the fraction. */
export function fractionsOf(states: readonly QuestionState[]): Float64Array {
  return Float64Array.from(states, (s) => (s.status === 'unanswered' ? Number.NaN : s.status === 'not_applicable' ? -1 : s.fraction));
}

/**
 * Dimension scores (0-100), the overall index and levels from per-question
 * states in questionnaire order, through the same row scorer bulk scoring
 * runs (`rowScorer`), so no second copy of the rules exists.
 */
export function aggregateScores(questionnaire: Questionnaire, states: readonly QuestionState[]): AggregateScores {
  const scores = scoreFractions(questionnaire, fractionsOf(states));
  return {
    dimensions: questionnaire.dimensions.map((dimension, d) => ({
      id: dimension.id,
      score: scores.dimensions[d]!,
      weight: dimension.weight,
      notApplicableCredit: scores.credits[d]!,
      level: scores.dimensionLevels[d]!,
    })),
    overall: scores.overall,
    overallLevel: scores.overallLevel,
    scores,
  };
}
