import type { DimensionId, Questionnaire } from '../model/questionnaire-schema';
import { cleanScore } from './level-for-score';
import type { QuestionStatus } from './result-types';

export type QuestionState = { status: QuestionStatus; fraction: number };

export type AggregateScores = {
  dimensions: { id: DimensionId; score: number; weight: number; notApplicableCredit: number }[];
  overall: number;
};

/**
 * Dimension scores (0-100) and the overall index from per-question states,
 * given in the questionnaire's question order. This is the single place the
 * unanswered and "not applicable" rules (see scoring-rules.ts) are applied.
 */
export function aggregateScores(questionnaire: Questionnaire, states: readonly QuestionState[]): AggregateScores {
  const dimensions = questionnaire.dimensions.map((dimension) => {
    let earnedWeight = 0;
    let applicableWeight = 0;
    questionnaire.questions.forEach((question, i) => {
      if (question.dimension !== dimension.id) return;
      const state = states[i];
      if (!state || state.status === 'not_applicable') return;
      applicableWeight += question.weight;
      if (state.status === 'answered') earnedWeight += question.weight * state.fraction;
    });
    const credit = applicableWeight > 0 ? earnedWeight / applicableWeight : 0;
    return { id: dimension.id, score: cleanScore(100 * credit), weight: dimension.weight, notApplicableCredit: credit };
  });
  return { dimensions, overall: combineDimensions(questionnaire, dimensions) };
}

export function combineDimensions(questionnaire: Questionnaire, dimensions: { score: number; weight: number }[]): number {
  if (questionnaire.overall.rule === 'weakest_link') return Math.min(...dimensions.map((d) => d.score));
  const totalWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  return cleanScore(dimensions.reduce((sum, d) => sum + d.weight * d.score, 0) / totalWeight);
}
