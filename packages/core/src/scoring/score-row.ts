import { cleanScore } from './level-for-score';
import type { ScoringPlan } from './scoring-plan';

/** Why an overall level is below the level its score reaches; bit flags, several may hold. */
export const levelBound = {
  /** Answering the worst option on the "not applicable" questions would give a lower level. */
  notApplicable: 1,
  /** The overall level may be at most `maxAboveWeakestDimension` above the weakest dimension. */
  weakestDimension: 2,
  /** A practice that defines the level (or one below it) is missing. */
  missingPractice: 4,
} as const;

/** The scores of one organization, overwritten by each `score` call. */
export type RowScores = {
  dimensions: Float64Array;
  /** Per dimension, earned / applicable weight before rounding: what "not applicable" questions are credited with. */
  credits: Float64Array;
  dimensionLevels: Uint8Array;
  overall: number;
  /** Scores with every "not applicable" question at its worst answer (equal to the scores without such questions or rule). */
  heldDimensions: Float64Array;
  heldOverall: number;
  overallLevel: number;
  /** The level the overall score alone reaches, before any bound. */
  scoreLevel: number;
  /** `levelBound` flags that lowered the overall level or a dimension level. */
  bounds: number;
};

/**
 * The one place a questionnaire's scoring rules are applied, for a single
 * assessment and for every row of a response set alike. `fractions[q]` is
 * question q's earned fraction (0-1), NaN when unanswered (it earns 0 and
 * counts) and negative when not applicable (it leaves its dimension).
 *
 * @example
 * const scorer = rowScorer(scoringPlan(questionnaire));
 * scorer.score(fractions).overall; // => 58.04...
 */
export function rowScorer(plan: ScoringPlan): { scores: RowScores; score(fractions: ArrayLike<number>, held?: ArrayLike<number>): RowScores } {
  const { questionCount, dimensionCount, dimensionOf, weight, dimensionWeight, levelMins, worstFraction } = plan;
  const { requirementLevel, requirementQuestion, requirementFraction, maxAboveWeakestDimension, weakestLink } = plan;
  const holdNotApplicable = plan.notApplicableNeverLiftsLevel;
  const levelCount = levelMins.length;
  const requirementCount = requirementLevel.length;
  let totalDimensionWeight = 0;
  for (let d = 0; d < dimensionCount; d++) totalDimensionWeight += dimensionWeight[d]!;
  const earned = new Float64Array(dimensionCount);
  const applicable = new Float64Array(dimensionCount);
  const heldEarned = new Float64Array(dimensionCount);
  const heldWeight = new Float64Array(dimensionCount);
  const scores: RowScores = {
    dimensions: new Float64Array(dimensionCount),
    credits: new Float64Array(dimensionCount),
    heldDimensions: new Float64Array(dimensionCount),
    heldOverall: 0,
    dimensionLevels: new Uint8Array(dimensionCount),
    overall: 0,
    overallLevel: 0,
    scoreLevel: 0,
    bounds: 0,
  };
  const levelOf = (score: number) => {
    let level = 0;
    for (let l = 1; l < levelCount; l++) if (score >= levelMins[l]!) level = l;
    return level;
  };
  const combine = (values: Float64Array) => {
    if (weakestLink) {
      let lowest = Infinity;
      for (let d = 0; d < dimensionCount; d++) if (values[d]! < lowest) lowest = values[d]!;
      return lowest;
    }
    let sum = 0;
    for (let d = 0; d < dimensionCount; d++) sum += dimensionWeight[d]! * values[d]!;
    return cleanScore(sum / totalDimensionWeight);
  };

  /**
   * `held`, when given, is what the questions would earn with every
   * "not applicable" voice answering its worst option (several respondents:
   * one unit's abstention among others' answers); without it, only
   * questions that are "not applicable" as a whole are held.
   */
  function score(fractions: ArrayLike<number>, held?: ArrayLike<number>): RowScores {
    // Plain loops: fill() on four-element arrays costs more than the work it clears for.
    for (let d = 0; d < dimensionCount; d++) {
      earned[d] = 0;
      applicable[d] = 0;
      heldEarned[d] = 0;
      heldWeight[d] = 0;
    }
    let anyNotApplicable = false;
    for (let q = 0; q < questionCount; q++) {
      const fraction = fractions[q]!;
      const d = dimensionOf[q]!;
      if (fraction !== fraction) {
        applicable[d]! += weight[q]!; // unanswered: 0 points, still counted
      } else if (fraction < 0) {
        anyNotApplicable = true;
        heldEarned[d]! += weight[q]! * worstFraction[q]!;
        heldWeight[d]! += weight[q]!;
      } else {
        earned[d]! += weight[q]! * fraction;
        applicable[d]! += weight[q]!;
        // Held: the shortfall of this question's abstaining voices, as an adjustment to what it earns.
        if (held !== undefined && held[q] !== fraction) {
          anyNotApplicable = true;
          heldEarned[d]! += weight[q]! * (held[q]! - fraction);
        }
      }
    }
    let bounds = 0;
    let weakestLevel = levelCount - 1;
    const dimensions = scores.dimensions;
    for (let d = 0; d < dimensionCount; d++) {
      const credit = applicable[d]! > 0 ? earned[d]! / applicable[d]! : 0;
      scores.credits[d] = credit;
      const value = cleanScore(100 * credit);
      dimensions[d] = value;
      let level = levelOf(value);
      const heldScores = scores.heldDimensions;
      heldScores[d] = value;
      if (holdNotApplicable) {
        const total = applicable[d]! + heldWeight[d]!;
        heldScores[d] = total > 0 ? cleanScore(100 * ((earned[d]! + heldEarned[d]!) / total)) : 0;
        const heldLevel = levelOf(heldScores[d]!);
        if (heldLevel < level) {
          level = heldLevel;
          bounds |= levelBound.notApplicable;
        }
      }
      scores.dimensionLevels[d] = level;
      if (level < weakestLevel) weakestLevel = level;
    }
    const overall = combine(dimensions);
    const scoreLevel = levelOf(overall);
    let level = scoreLevel;
    scores.heldOverall = overall;
    if (holdNotApplicable && anyNotApplicable) {
      scores.heldOverall = combine(scores.heldDimensions);
      const heldLevel = levelOf(scores.heldOverall);
      if (heldLevel < level) {
        level = heldLevel;
        bounds |= levelBound.notApplicable;
      }
    }
    if (level > weakestLevel + maxAboveWeakestDimension) {
      level = weakestLevel + maxAboveWeakestDimension;
      bounds |= levelBound.weakestDimension;
    }
    for (let r = 0; r < requirementCount; r++) {
      const required = requirementLevel[r]!;
      if (required > level) continue;
      const fraction = fractions[requirementQuestion[r]!]!;
      // Unanswered (NaN) fails the comparison, so a missing answer is a missing practice.
      if (!(fraction >= requirementFraction[r]! - 1e-12)) {
        level = required - 1;
        bounds |= levelBound.missingPractice;
      }
    }
    scores.overall = overall;
    scores.scoreLevel = scoreLevel;
    scores.overallLevel = level;
    scores.bounds = bounds;
    return scores;
  }
  return { scores, score };
}
