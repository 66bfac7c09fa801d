import { rowScorer } from '../scoring/score-row';
import { lookupKind, scoringPlan } from '../scoring/scoring-plan';
import type { ResponseSet } from './response-set';

/**
 * The scores of every organization in a response set, in columns:
 * `dimensions[d][row]` in questionnaire dimension order, `overall[row]`,
 * and level indexes (0 Tactical ... 3 Innovative).
 */
export type ScoredResponseSet = {
  set: ResponseSet;
  overall: Float64Array;
  dimensions: Float64Array[];
  overallLevel: Uint8Array;
  dimensionLevels: Uint8Array[];
};

/**
 * Scores every row of a response set with the same row scorer as
 * `scoreAssessment` (`rowScorer`: the questionnaire's unanswered, not
 * applicable and level rules), in one pass over typed arrays.
 *
 * @example
 * scoreResponseSet(set).overall[0] // => 58.04...
 */
export function scoreResponseSet(set: ResponseSet): ScoredResponseSet {
  const plan = scoringPlan(set.questionnaire);
  const n = set.size;
  const questionCount = plan.questionCount;
  const dimensionCount = plan.dimensionCount;
  const { kind, offset, length, low, table, bandMins, bandFractions, bandOffset, bandCount } = plan;
  const answers = set.answers;
  const dimensions = Array.from({ length: dimensionCount }, () => new Float64Array(n));
  const dimensionLevels = Array.from({ length: dimensionCount }, () => new Uint8Array(n));
  const overall = new Float64Array(n);
  const overallLevel = new Uint8Array(n);
  const fractions = new Float64Array(questionCount);
  const scorer = rowScorer(plan);
  // Locals, not property reads of lookupKind, inside the hot loop.
  const direct = lookupKind.direct;
  const clamped = lookupKind.clamped;

  for (let row = 0; row < n; row++) {
    const base = row * questionCount;
    for (let q = 0; q < questionCount; q++) {
      const code = answers[base + q]!;
      // NaN (unanswered) and -1 (not applicable) mean the same to the row scorer.
      if (code !== code || code < 0) {
        fractions[q] = code;
        continue;
      }
      const k = kind[q]!;
      if (k === direct) fractions[q] = table[offset[q]! + code]!;
      else if (k === clamped) {
        const index = code - low[q]!;
        const last = length[q]! - 1;
        fractions[q] = table[offset[q]! + (index < last ? index : last)]!;
      } else {
        const start = bandOffset[q]!;
        let b = start;
        const end = start + bandCount[q]! - 1;
        while (b < end && bandMins[b + 1]! <= code) b++;
        fractions[q] = bandFractions[b]!;
      }
    }
    const scores = scorer.score(fractions);
    for (let d = 0; d < dimensionCount; d++) {
      dimensions[d]![row] = scores.dimensions[d]!;
      dimensionLevels[d]![row] = scores.dimensionLevels[d]!;
    }
    overall[row] = scores.overall;
    overallLevel[row] = scores.overallLevel;
  }
  return { set, overall, dimensions, overallLevel, dimensionLevels };
}
