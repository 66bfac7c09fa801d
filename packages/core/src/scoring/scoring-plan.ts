import type { Questionnaire } from '../model/questionnaire-schema';
import { fractionOfCode } from '../research/answer-codes';
import { moduleOf } from '../question-types/registry';
import { worstAnswerValue } from '../model/extreme-answers';
import { scoreAnswerValue } from './score-answer-value';

/** How the bulk kernel turns one question's code into a fraction. */
export const lookupKind = {
  /** fraction = table[offset + code] (yes/no, single choice, bit masks, grid codes). */
  direct: 0,
  /** fraction = table[offset + min(code - low, length - 1)]: whole-number counts, the last band open-ended. */
  clamped: 1,
  /** fraction found by scanning the question's band minimums (percentages, which need not be whole). */
  bands: 2,
} as const;

/** Lookup tables larger than this fall back to scanning, so memory stays bounded for wide grids. */
const maxTableLength = 1 << 20;
/** Answer scales with more codes than this count as continuous for agreement statistics. */
const maxCountedLevels = 4096;

/**
 * A questionnaire compiled for bulk scoring: flat typed arrays the kernel
 * reads without touching the questionnaire objects. Built once per
 * questionnaire; every table entry is computed with `scoreAnswerValue`, so
 * the kernel and the single-assessment path cannot disagree.
 */
export type ScoringPlan = {
  questionCount: number;
  dimensionCount: number;
  dimensionOf: Uint8Array;
  weight: Float64Array;
  dimensionWeight: Float64Array;
  kind: Uint8Array;
  offset: Uint32Array;
  length: Uint32Array;
  low: Float64Array;
  table: Float64Array;
  /** For `bands` questions: band minimums and fractions, at `offset` in `bandMins` / `bandFractions`. */
  bandMins: Float64Array;
  bandFractions: Float64Array;
  bandOffset: Uint32Array;
  bandCount: Uint32Array;
  weakestLink: boolean;
  levelMins: Float64Array;
  /** The fraction the worst answer earns, per question: what "not applicable" is held to under `never_lifts_level`. */
  worstFraction: Float64Array;
  notApplicableNeverLiftsLevel: boolean;
  /** How many distinct fractions a question's answers can earn (0: too many to count, treated as continuous). */
  answerLevels: Uint16Array;
  /** The overall level is at most this many above the weakest dimension's (Infinity: no bound). */
  maxAboveWeakestDimension: number;
  /** Level requirements, flattened: level index, question index and the fraction the combined answer must reach. */
  requirementLevel: Uint8Array;
  requirementQuestion: Uint32Array;
  requirementFraction: Float64Array;
};

const plans = new WeakMap<Questionnaire, ScoringPlan>();

export function scoringPlan(questionnaire: Questionnaire): ScoringPlan {
  const cached = plans.get(questionnaire);
  if (cached) return cached;
  const questions = questionnaire.questions;
  const q = questions.length;
  const dimensionIndex = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  const kind = new Uint8Array(q);
  const offset = new Uint32Array(q);
  const length = new Uint32Array(q);
  const low = new Float64Array(q);
  const bandOffset = new Uint32Array(q);
  const bandCount = new Uint32Array(q);
  const tables: number[] = [];
  const bandMins: number[] = [];
  const bandFractions: number[] = [];

  questions.forEach((question, i) => {
    const domain = moduleOf(question).codeDomain(question);
    const tabulate = (first: number, codes: number) => {
      offset[i] = tables.length;
      length[i] = codes;
      for (let c = 0; c < codes; c++) tables.push(fractionOfCode(question, first + c));
    };
    if (domain.kind === 'integers' && domain.clampAt - domain.low + 1 <= maxTableLength) {
      kind[i] = lookupKind.clamped;
      low[i] = domain.low;
      tabulate(domain.low, domain.clampAt - domain.low + 1);
    } else if (domain.kind === 'enumerated') {
      if (domain.size > maxTableLength) throw new RangeError(`scoringPlan requires at most ${maxTableLength} answer codes per question; ${question.id} has ${domain.size}`);
      kind[i] = lookupKind.direct;
      tabulate(0, domain.size);
    } else {
      // Scanned: percentages, and counts whose table would be too large.
      const cuts = domain.cuts;
      kind[i] = lookupKind.bands;
      bandOffset[i] = bandMins.length;
      bandCount[i] = cuts.length;
      for (const cut of cuts) {
        bandMins.push(cut);
        bandFractions.push(fractionOfCode(question, cut));
      }
    }
  });

  const plan: ScoringPlan = {
    questionCount: q,
    dimensionCount: questionnaire.dimensions.length,
    dimensionOf: Uint8Array.from(questions, (question) => dimensionIndex.get(question.dimension)!),
    weight: Float64Array.from(questions, (question) => question.weight),
    dimensionWeight: Float64Array.from(questionnaire.dimensions, (d) => d.weight),
    kind,
    offset,
    length,
    low,
    table: Float64Array.from(tables),
    bandMins: Float64Array.from(bandMins),
    bandFractions: Float64Array.from(bandFractions),
    bandOffset,
    bandCount,
    weakestLink: questionnaire.overall.rule === 'weakest_link',
    levelMins: Float64Array.from(questionnaire.levels, (l) => l.minScore),
    worstFraction: Float64Array.from(questions, (question) => scoreAnswerValue(question, worstAnswerValue(question)).fraction),
    notApplicableNeverLiftsLevel: questionnaire.notApplicable === 'never_lifts_level',
    answerLevels: Uint16Array.from(questions, (question, i) => (kind[i] === lookupKind.direct && length[i]! <= maxCountedLevels ? new Set(tables.slice(offset[i]!, offset[i]! + length[i]!)).size : 0)),
    maxAboveWeakestDimension: questionnaire.overall.level?.maxAboveWeakestDimension ?? Infinity,
    ...requirementsOf(questionnaire),
  };
  plans.set(questionnaire, plan);
  return plan;
}


function requirementsOf(questionnaire: Questionnaire) {
  const levelIndex = new Map(questionnaire.levels.map((l, i) => [l.id, i]));
  const questionIndex = new Map(questionnaire.questions.map((q, i) => [q.id, i]));
  const flat = Object.entries(questionnaire.overall.level?.requires ?? {}).flatMap(([levelId, requirements]) =>
    (requirements ?? []).map((requirement) => {
      const q = questionIndex.get(requirement.question)!;
      return { level: levelIndex.get(levelId as never)!, q, fraction: scoreAnswerValue(questionnaire.questions[q]!, requirement.answer).fraction };
    }),
  );
  return {
    requirementLevel: Uint8Array.from(flat, (r) => r.level),
    requirementQuestion: Uint32Array.from(flat, (r) => r.q),
    requirementFraction: Float64Array.from(flat, (r) => r.fraction),
  };
}
