import type { Questionnaire } from '../model/questionnaire-schema';
import type { QuestionOutcome } from './combine-respondents';
import type { LevelBound } from './result-types';
import type { RowScoresCopy } from './row-scorer-cache';
import { levelForScore } from './level-for-score';
import { levelBound } from './score-row';
import { scoringPlan } from './scoring-plan';

/**
 * Words for the bounds the row scorer applied (its `bounds` flags), naming
 * the dimension, practice or question behind each. Reads the scorer's
 * output; decides nothing itself.
 */
export function levelBoundsOf(questionnaire: Questionnaire, outcomes: readonly QuestionOutcome[], scores: RowScoresCopy) {
  const plan = scoringPlan(questionnaire);
  const levels = questionnaire.levels;
  const dimensions: LevelBound[][] = questionnaire.dimensions.map(() => []);
  const overall: LevelBound[] = [];
  // Questions "not applicable" as a whole, or for one of their voices (a unit abstaining while others answer).
  const notApplicable = outcomes
    .filter((o) => o.status === 'not_applicable' || o.respondents.some((r) => r.status === 'not_applicable' && r.counted !== false))
    .map((o) => o.question.id);
  if (scores.bounds & levelBound.notApplicable) {
    questionnaire.dimensions.forEach((dimension, d) => {
      if (scores.dimensionLevels[d]! < levels.indexOf(levelForScore(levels, scores.dimensions[d]!))) {
        const own = notApplicable.filter((id) => questionnaire.questions.find((q) => q.id === id)?.dimension === dimension.id);
        dimensions[d]!.push({ rule: 'not_applicable', explanation: `held at ${levels[scores.dimensionLevels[d]!]!.name}: answering the worst option on ${own.join(', ')} instead of "not applicable" would give that level` });
      }
    });
  }
  if (scores.overallLevel < scores.scoreLevel) {
    const target = levels[scores.overallLevel]!.name;
    if (scores.bounds & levelBound.notApplicable && notApplicable.length) {
      overall.push({ rule: 'not_applicable', explanation: `answering the worst option on ${notApplicable.join(', ')} instead of "not applicable" would give ${target} at most` });
    }
    if (scores.bounds & levelBound.weakestDimension) {
      const weakest = Math.min(...scores.dimensionLevels);
      const names = questionnaire.dimensions.filter((_, d) => scores.dimensionLevels[d] === weakest).map((d) => d.name);
      overall.push({
        rule: 'weakest_dimension',
        explanation: `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} ${levels[weakest]!.name}; the overall level is at most ${plan.maxAboveWeakestDimension} above the weakest dimension`,
      });
    }
    if (scores.bounds & levelBound.missingPractice) {
      const fractions = outcomes.map((o) => (o.status === 'answered' ? o.fraction : Number.NaN));
      for (let r = 0; r < plan.requirementLevel.length; r++) {
        const q = plan.requirementQuestion[r]!;
        const required = plan.requirementLevel[r]!;
        if (required > scores.scoreLevel || fractions[q]! >= plan.requirementFraction[r]! - 1e-12) continue;
        const question = questionnaire.questions[q]!;
        overall.push({ rule: 'missing_practice', explanation: `${levels[required]!.name} requires ${question.topic.toLowerCase()} (${question.id}) at ${Math.round(100 * plan.requirementFraction[r]!)}% of its points or more; it has ${Math.round(100 * (fractions[q]! || 0))}%` });
      }
    }
  }
  return { overall, dimensions };
}
