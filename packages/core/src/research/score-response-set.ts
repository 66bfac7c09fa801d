import { cleanScore } from '../scoring/level-for-score';
import { lookupKind, scoringPlan } from './scoring-plan';
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
 * Scores every row of a response set with the same rules as
 * `scoreAssessment` (unanswered earns 0 and counts; not applicable drops
 * out of its dimension), in one pass over typed arrays.
 *
 * @example
 * scoreResponseSet(set).overall[0] // => 58.04...
 */
export function scoreResponseSet(set: ResponseSet): ScoredResponseSet {
  const plan = scoringPlan(set.questionnaire);
  const n = set.size;
  const questionCount = plan.questionCount;
  const dimensionCount = plan.dimensionCount;
  const { dimensionOf, weight, kind, offset, length, low, table, bandMins, bandFractions, bandOffset, bandCount, dimensionWeight, levelMins } = plan;
  const answers = set.answers;
  const dimensions = Array.from({ length: dimensionCount }, () => new Float64Array(n));
  const dimensionLevels = Array.from({ length: dimensionCount }, () => new Uint8Array(n));
  const overall = new Float64Array(n);
  const overallLevel = new Uint8Array(n);
  const earned = new Float64Array(dimensionCount);
  const applicable = new Float64Array(dimensionCount);
  let totalDimensionWeight = 0;
  for (let d = 0; d < dimensionCount; d++) totalDimensionWeight += dimensionWeight[d]!;
  const levelCount = levelMins.length;
  const weakestLink = plan.weakestLink;
  // Locals, not property reads of lookupKind, inside the hot loop.
  const direct = lookupKind.direct;
  const clamped = lookupKind.clamped;

  for (let row = 0; row < n; row++) {
    // A plain loop: fill() on a four-element array costs more than the work it clears for.
    for (let d = 0; d < dimensionCount; d++) {
      earned[d] = 0;
      applicable[d] = 0;
    }
    const base = row * questionCount;
    for (let q = 0; q < questionCount; q++) {
      const code = answers[base + q]!;
      const d = dimensionOf[q]!;
      if (code !== code) {
        applicable[d]! += weight[q]!; // unanswered: 0 points, still counted
        continue;
      }
      if (code < 0) continue; // not applicable
      let fraction: number;
      const k = kind[q]!;
      if (k === direct) fraction = table[offset[q]! + code]!;
      else if (k === clamped) {
        const index = code - low[q]!;
        const last = length[q]! - 1;
        fraction = table[offset[q]! + (index < last ? index : last)]!;
      } else {
        const start = bandOffset[q]!;
        let b = start;
        const end = start + bandCount[q]! - 1;
        while (b < end && bandMins[b + 1]! <= code) b++;
        fraction = bandFractions[b]!;
      }
      earned[d]! += weight[q]! * fraction;
      applicable[d]! += weight[q]!;
    }
    let combined = weakestLink ? Infinity : 0;
    for (let d = 0; d < dimensionCount; d++) {
      const score = applicable[d]! > 0 ? cleanScore(100 * (earned[d]! / applicable[d]!)) : 0;
      dimensions[d]![row] = score;
      dimensionLevels[d]![row] = levelIndex(levelMins, levelCount, score);
      combined = weakestLink ? (score < combined ? score : combined) : combined + dimensionWeight[d]! * score;
    }
    const index = weakestLink ? combined : cleanScore(combined / totalDimensionWeight);
    overall[row] = index;
    overallLevel[row] = levelIndex(levelMins, levelCount, index);
  }
  return { set, overall, dimensions, overallLevel, dimensionLevels };
}

function levelIndex(levelMins: Float64Array, count: number, score: number): number {
  let level = 0;
  for (let l = 1; l < count; l++) if (score >= levelMins[l]!) level = l;
  return level;
}
