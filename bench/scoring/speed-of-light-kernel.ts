import { scoringPlan, type Questionnaire, type ResponseSet, type ScoringPlan } from '@crm-maturity/core';
import type { ScoreColumns } from './naive-scorer';

/**
 * The answers re-coded for scoring alone: each answer is the index of the
 * fraction it earns among the question's distinct fractions (class 0
 * unanswered, 1 not applicable, 2.. earned fractions), one byte per answer
 * where every question has at most 256 classes, two otherwise. Questions
 * are stored grouped by dimension (keeping their order inside a dimension,
 * so sums are added in the same order as core's and come out bit-identical).
 */
export type CompactAnswers = { codes: Uint8Array | Uint16Array; size: number; bytesPerRow: number };

type CompactPlan = {
  /** Question index (questionnaire order) at each stored position. */
  order: Uint32Array;
  /** log2 of the classes reserved per question: class c of stored position j is entry (j << strideBits) | c. */
  strideBits: number;
  /** Per entry, what the class adds to the dimension's earned weight (weight × fraction) and to its applicable weight. */
  earnedTable: Float64Array;
  applicableTable: Float64Array;
  dimensionStart: Uint32Array;
  /** Per stored position and answer code of the response set: the class (only for table-coded questions). */
  classOfCode: (Uint16Array | undefined)[];
  classOfFraction: Map<number, number>[];
  wide: boolean;
};

const unansweredClass = 0;
const notApplicableClass = 1;

/**
 * The fastest scoring we could write for the same outputs as
 * `scoreResponseSet` (dimension scores, overall index, levels, the same
 * rounding): two reads per answer from tables that fit in L1 (the entry is the
 * position shifted by a fixed stride, or'ed with the code: no offset load), no
 * branch on the answer, one pass over compact input. It implements the
 * v1 rules (unanswered earns 0 and counts, not applicable drops out,
 * weighted mean, no level bounds) and refuses others, so it cannot be
 * compared with a smaller job by accident; the bench asserts its output
 * equals core's on every row.
 */
export function speedOfLightKernel(questionnaire: Questionnaire): {
  encode(set: ResponseSet): CompactAnswers;
  score(input: CompactAnswers): ScoreColumns;
} {
  const plan = scoringPlan(questionnaire);
  if (plan.notApplicableNeverLiftsLevel || plan.weakestLink || plan.requirementLevel.length > 0 || plan.maxAboveWeakestDimension !== Infinity) {
    throw new Error(`speedOfLightKernel implements the v1 rules only; ${questionnaire.id} ${questionnaire.version} has level rules`);
  }
  const compact = compactPlan(plan);
  const Q = plan.questionCount;
  const D = plan.dimensionCount;
  const { strideBits, earnedTable, applicableTable, dimensionStart } = compact;
  const dimensionWeight = plan.dimensionWeight;
  let totalDimensionWeight = 0;
  for (let d = 0; d < D; d++) totalDimensionWeight += dimensionWeight[d]!;
  const levelMins = plan.levelMins;
  const L = levelMins.length;

  function encode(set: ResponseSet): CompactAnswers {
    const n = set.size;
    const codes = compact.wide ? new Uint16Array(n * Q) : new Uint8Array(n * Q);
    const answers = set.answers;
    for (let row = 0; row < n; row++) {
      for (let j = 0; j < Q; j++) {
        const q = compact.order[j]!;
        codes[row * Q + j] = classOf(plan, compact, j, q, answers[row * Q + q]!);
      }
    }
    return { codes, size: n, bytesPerRow: Q * codes.BYTES_PER_ELEMENT };
  }

  function score(input: CompactAnswers): ScoreColumns {
    const n = input.size;
    const codes = input.codes;
    const overall = new Float64Array(n);
    const overallLevel = new Uint8Array(n);
    const dimensions = Array.from({ length: D }, () => new Float64Array(n));
    const dimensionLevels = Array.from({ length: D }, () => new Uint8Array(n));
    for (let row = 0, base = 0; row < n; row++, base += Q) {
      let sum = 0;
      for (let d = 0; d < D; d++) {
        let earned = 0;
        let applicable = 0;
        const end = dimensionStart[d + 1]!;
        for (let j = dimensionStart[d]!; j < end; j++) {
          const t = (j << strideBits) | codes[base + j]!;
          earned += earnedTable[t]!;
          applicable += applicableTable[t]!;
        }
        const value = applicable > 0 ? Math.round(100 * (earned / applicable) * 1e10) / 1e10 : 0;
        dimensions[d]![row] = value;
        let level = 0;
        for (let l = 1; l < L; l++) level += value >= levelMins[l]! ? 1 : 0;
        dimensionLevels[d]![row] = level;
        sum += dimensionWeight[d]! * value;
      }
      const index = Math.round((sum / totalDimensionWeight) * 1e10) / 1e10;
      overall[row] = index;
      let level = 0;
      for (let l = 1; l < L; l++) level += index >= levelMins[l]! ? 1 : 0;
      overallLevel[row] = level;
    }
    return { overall, overallLevel, dimensions, dimensionLevels };
  }

  return { encode, score };
}

/** The earned fraction of a response-set code through the plan (as core's kernel reads it). */
function fractionOfPlanCode(plan: ScoringPlan, q: number, code: number): number {
  if (plan.kind[q] === 2) {
    let b = plan.bandOffset[q]!;
    const end = b + plan.bandCount[q]! - 1;
    while (b < end && plan.bandMins[b + 1]! <= code) b++;
    return plan.bandFractions[b]!;
  }
  const index = plan.kind[q] === 1 ? Math.min(code - plan.low[q]!, plan.length[q]! - 1) : code;
  return plan.table[plan.offset[q]! + index]!;
}

function classOf(plan: ScoringPlan, compact: CompactPlan, j: number, q: number, code: number): number {
  if (code !== code) return unansweredClass;
  if (code < 0) return notApplicableClass;
  const direct = compact.classOfCode[j];
  if (direct && plan.kind[q] !== 2) return direct[plan.kind[q] === 1 ? Math.min(code - plan.low[q]!, plan.length[q]! - 1) : code]!;
  return compact.classOfFraction[j]!.get(fractionOfPlanCode(plan, q, code))!;
}

function compactPlan(plan: ScoringPlan): CompactPlan {
  const Q = plan.questionCount;
  const order = Uint32Array.from(
    Array.from({ length: Q }, (_, q) => q).sort((a, b) => plan.dimensionOf[a]! - plan.dimensionOf[b]! || a - b),
  );
  const dimensionStart = new Uint32Array(plan.dimensionCount + 1);
  for (const q of order) dimensionStart[plan.dimensionOf[q]! + 1]!++;
  for (let d = 0; d < plan.dimensionCount; d++) dimensionStart[d + 1]! += dimensionStart[d]!;
  const perQuestion: { earned: number[]; applicable: number[] }[] = [];
  const classOfCode: (Uint16Array | undefined)[] = [];
  const classOfFraction: Map<number, number>[] = [];
  let widest = 0;
  order.forEach((q, j) => {
    const fractions =
      plan.kind[q] === 2
        ? Array.from(plan.bandFractions.subarray(plan.bandOffset[q]!, plan.bandOffset[q]! + plan.bandCount[q]!))
        : Array.from(plan.table.subarray(plan.offset[q]!, plan.offset[q]! + plan.length[q]!));
    const distinct = [...new Set(fractions)];
    const byFraction = new Map(distinct.map((f, i) => [f, i + 2]));
    classOfFraction.push(byFraction);
    classOfCode.push(plan.kind[q] === 2 ? undefined : Uint16Array.from(fractions, (f) => byFraction.get(f)!));
    const w = plan.weight[q]!;
    // Unanswered earns 0 and counts; not applicable leaves the dimension.
    perQuestion.push({ earned: [0, 0, ...distinct.map((f) => w * f)], applicable: [w, 0, ...distinct.map(() => w)] });
    widest = Math.max(widest, distinct.length + 2);
  });
  const strideBits = Math.ceil(Math.log2(widest));
  const earnedTable = new Float64Array(Q << strideBits);
  const applicableTable = new Float64Array(Q << strideBits);
  perQuestion.forEach(({ earned, applicable }, j) => {
    earnedTable.set(earned, j << strideBits);
    applicableTable.set(applicable, j << strideBits);
  });
  return { order, strideBits, earnedTable, applicableTable, dimensionStart, classOfCode, classOfFraction, wide: widest > 256 };
}
