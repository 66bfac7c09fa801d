import {
  bandFor,
  fractionOfCode,
  maxPoints,
  scoreResponseSet,
  type Questionnaire,
  type QuestionnaireQuestion,
  type ResponseRow,
  type ResponseSet,
} from '@crm-maturity/core';
import { timeInterleaved, type Figure } from '../support/measure';

/**
 * Bulk scoring through the public core API (`scoreResponseSet` on a
 * response set) against two baselines measured in the same run:
 * - naive: plain row objects, each answer scored by looking its option or
 *   band up in the questionnaire objects, a weighted mean per dimension;
 * - hand-written: a typed-array kernel specialised for this data (one
 *   lookup table per question, whole-number percentages), the speed limit.
 * The naive path holds 100,000 row objects (a million would not fit
 * comfortably in memory as objects); it is compared by rows per second.
 */
export async function bulkScoringSuite(questionnaire: Questionnaire, set: ResponseSet, objectRows: ResponseRow[]): Promise<Figure[]> {
  const handKernel = handWrittenKernel(questionnaire);
  // The baseline must do the same job: its overall index equals core's for every row.
  const fromCore = scoreResponseSet(set).overall;
  const fromHand = handKernel(set);
  for (let row = 0; row < set.size; row++) {
    if (fromCore[row] !== fromHand[row]) throw new Error(`the hand-written kernel disagrees with core at row ${row}: ${fromHand[row]} vs ${fromCore[row]}`);
  }
  let sink = 0;
  const [core, hand, naive] = await timeInterleaved(
    [
      { name: 'core scoreResponseSet', run: () => { sink += scoreResponseSet(set).overall[0]!; } },
      { name: 'hand-written kernel', run: () => { sink += handKernel(set)[0]!; } },
      { name: 'naive objects', run: () => { sink += naiveScore(questionnaire, objectRows)[0]!; } },
    ],
    5,
  );
  if (sink === 42) console.log('');
  const rate = (ms: number, rows: number) => (rows / ms) * 1000;
  const coreRate = rate(core!.medianMs, set.size);
  const handRate = rate(hand!.medianMs, set.size);
  const naiveRate = rate(naive!.medianMs, objectRows.length);
  const fmt = (r: number) => `${(r / 1e6).toFixed(2)} M rows/s`;
  return [
    {
      suite: 'bulk scoring',
      figure: `core scoreResponseSet, ${set.size.toLocaleString('en')} answer sets of ${questionnaire.questions.length} questions`,
      value: `${fmt(coreRate)} (${core!.medianMs.toFixed(0)} ms)`,
      ratio: coreRate / naiveRate,
      baseline: `naive plain objects ${fmt(naiveRate)}`,
      target: '≥ 15× faster',
      pass: coreRate / naiveRate >= 15,
    },
    {
      suite: 'bulk scoring',
      figure: 'core time / hand-written typed-array kernel time',
      value: `${fmt(handRate)} hand-written`,
      ratio: hand!.medianMs > 0 ? core!.medianMs / hand!.medianMs : Number.NaN,
      baseline: 'hand-written kernel',
      target: '≤ 1.5',
      pass: core!.medianMs / hand!.medianMs <= 1.5,
    },
  ];
}

/** Plain objects all the way: what a first implementation would do. */
function naiveScore(questionnaire: Questionnaire, rows: ResponseRow[]): Float64Array {
  const out = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    const dimensionScores = questionnaire.dimensions.map((dimension) => {
      const pairs: { fraction: number; weight: number }[] = [];
      for (const question of questionnaire.questions) {
        if (question.dimension !== dimension.id) continue;
        const value = row.answers[question.id];
        if (value === null) continue;
        pairs.push({ fraction: value === undefined ? 0 : naiveFraction(question, value), weight: question.weight });
      }
      const weight = pairs.reduce((s, p) => s + p.weight, 0);
      return { score: weight ? (100 * pairs.reduce((s, p) => s + p.weight * p.fraction, 0)) / weight : 0, weight: dimension.weight };
    });
    out[r] = dimensionScores.reduce((s, d) => s + d.weight * d.score, 0) / dimensionScores.reduce((s, d) => s + d.weight, 0);
  });
  return out;
}

function naiveFraction(question: QuestionnaireQuestion, value: unknown): number {
  const best = maxPoints(question);
  switch (question.type) {
    case 'yes_no':
      return (value ? question.points.yes : question.points.no) / best;
    case 'single_choice':
      return (question.options!.find((o) => o.id === value)?.points ?? 0) / best;
    case 'multiple_choice': {
      const total = question.options.filter((o) => (value as string[]).includes(o.id)).reduce((s, o) => s + o.points, 0);
      return Math.min(total, question.maxPoints ?? total) / best;
    }
    case 'count':
    case 'percentage':
      return (bandFor(question.bands, value as number)?.points ?? 0) / best;
    case 'grid':
      return question.rows.reduce((s, row) => s + (question.columns.find((c) => c.id === (value as Record<string, string>)[row.id])?.points ?? 0), 0) / best;
  }
}

/**
 * A kernel written by hand for this questionnaire and data: every question
 * a direct table lookup (percentages are whole numbers in generated data),
 * nothing else. It assumes what core cannot, so it is the speed limit.
 */
function handWrittenKernel(questionnaire: Questionnaire): (set: ResponseSet) => Float64Array {
  const q = questionnaire.questions.length;
  const tableSize = questionnaire.questions.map((question) =>
    question.type === 'yes_no' ? 2
    : question.type === 'single_choice' ? question.options!.length
    : question.type === 'multiple_choice' ? 2 ** question.options.length
    : question.type === 'grid' ? question.columns.length ** question.rows.length
    : question.type === 'percentage' ? 101
    : question.bands[question.bands.length - 1]!.min + 1,
  );
  const offsets = new Uint32Array(q);
  let total = 0;
  tableSize.forEach((size, i) => {
    offsets[i] = total;
    total += size;
  });
  const table = new Float64Array(total);
  const last = Uint32Array.from(tableSize, (s) => s - 1);
  questionnaire.questions.forEach((question, i) => {
    for (let code = 0; code < tableSize[i]!; code++) {
      table[offsets[i]! + code] = question.type === 'count' && code < question.min ? 0 : fractionOfCode(question, code);
    }
  });
  const dims = Uint8Array.from(questionnaire.questions, (question) => questionnaire.dimensions.findIndex((d) => d.id === question.dimension));
  const weights = Float64Array.from(questionnaire.questions, (question) => question.weight);
  const dimensionWeights = Float64Array.from(questionnaire.dimensions, (d) => d.weight);
  const totalDimensionWeight = dimensionWeights.reduce((s, w) => s + w, 0);
  const levelMins = Float64Array.from(questionnaire.levels, (l) => l.minScore);
  // The same outputs as the public API (dimension scores, overall, levels, the same rounding), so the
  // comparison measures core's generality, not a smaller job.
  return (set) => {
    const n = set.size;
    const overall = new Float64Array(n);
    const dimensions = [0, 1, 2, 3].map(() => new Float64Array(n));
    const levels = [0, 1, 2, 3, 4].map(() => new Uint8Array(n));
    const answers = set.answers;
    const e0 = new Float64Array(4);
    const a0 = new Float64Array(4);
    for (let row = 0; row < n; row++) {
      e0[0] = e0[1] = e0[2] = e0[3] = 0;
      a0[0] = a0[1] = a0[2] = a0[3] = 0;
      const base = row * q;
      for (let i = 0; i < q; i++) {
        const code = answers[base + i]!;
        const d = dims[i]!;
        if (code !== code) {
          a0[d]! += weights[i]!;
        } else if (code >= 0) {
          e0[d]! += weights[i]! * table[offsets[i]! + (code < last[i]! ? code : last[i]!)]!;
          a0[d]! += weights[i]!;
        }
      }
      let sum = 0;
      for (let d = 0; d < 4; d++) {
        const score = a0[d]! > 0 ? Math.round(100 * (e0[d]! / a0[d]!) * 1e10) / 1e10 : 0;
        dimensions[d]![row] = score;
        levels[d]![row] = score >= levelMins[3]! ? 3 : score >= levelMins[2]! ? 2 : score >= levelMins[1]! ? 1 : 0;
        sum += dimensionWeights[d]! * score;
      }
      const index = Math.round((sum / totalDimensionWeight) * 1e10) / 1e10;
      overall[row] = index;
      levels[4]![row] = index >= levelMins[3]! ? 3 : index >= levelMins[2]! ? 2 : index >= levelMins[1]! ? 1 : 0;
    }
    return overall;
  };
}
