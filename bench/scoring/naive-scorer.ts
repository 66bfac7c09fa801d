import { maxPoints, type Questionnaire, type ResponseRow } from '@crm-maturity/core';

/** The scores of many rows in columns, as every scorer in this bench returns them. */
export type ScoreColumns = { overall: Float64Array; overallLevel: Uint8Array; dimensions: Float64Array[]; dimensionLevels: Uint8Array[] };

/** One answer's earned fraction (0-1); `value` is valid for the question. */
type FractionOf = (value: unknown) => number;

/**
 * What a competent engineer writes in an afternoon, starting from the rows
 * as parsed: plain objects, every question's points looked up in a Map
 * built once (option id -> fraction, band minimums -> fraction), a weighted
 * mean per dimension, the same rounding and levels as the published rules
 * (questionnaire v1: unanswered earns 0 and counts, not applicable drops
 * out, overall a weighted mean of the dimensions, no level bounds). No
 * per-answer sort, no `maxPoints` per answer, no object per answer.
 *
 * Refuses questionnaires with level rules it does not implement, so the
 * bench cannot silently compare it with a different job.
 */
export function naiveScorer(questionnaire: Questionnaire): (rows: readonly ResponseRow[]) => ScoreColumns {
  if (questionnaire.notApplicable === 'never_lifts_level' || questionnaire.overall.rule !== 'weighted_mean' || questionnaire.overall.level) {
    throw new Error(`naiveScorer implements the v1 rules only; ${questionnaire.id} ${questionnaire.version} has level rules`);
  }
  const dimensionIndex = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  const questions = questionnaire.questions.map((question) => ({
    id: question.id,
    dimension: dimensionIndex.get(question.dimension)!,
    weight: question.weight,
    fractionOf: fractionLookup(question),
  }));
  const dimensionWeights = questionnaire.dimensions.map((d) => d.weight);
  const totalDimensionWeight = dimensionWeights.reduce((s, w) => s + w, 0);
  const levelMins = questionnaire.levels.map((l) => l.minScore);
  const levelOf = (score: number) => {
    let level = 0;
    for (let l = 1; l < levelMins.length; l++) if (score >= levelMins[l]!) level = l;
    return level;
  };
  const round = (score: number) => Math.round(score * 1e10) / 1e10;
  const dimensionCount = dimensionWeights.length;

  return (rows) => {
    const n = rows.length;
    const out: ScoreColumns = {
      overall: new Float64Array(n),
      overallLevel: new Uint8Array(n),
      dimensions: dimensionWeights.map(() => new Float64Array(n)),
      dimensionLevels: dimensionWeights.map(() => new Uint8Array(n)),
    };
    const earned: number[] = new Array(dimensionCount).fill(0);
    const applicable: number[] = new Array(dimensionCount).fill(0);
    for (let r = 0; r < n; r++) {
      const answers = rows[r]!.answers as Record<string, unknown>;
      earned.fill(0);
      applicable.fill(0);
      for (const question of questions) {
        const value = answers[question.id];
        if (value === null) continue; // not applicable: leaves the dimension
        const d = question.dimension;
        if (value !== undefined) earned[d] = earned[d]! + question.weight * question.fractionOf(value);
        applicable[d] = applicable[d]! + question.weight;
      }
      let sum = 0;
      for (let d = 0; d < dimensionCount; d++) {
        const score = applicable[d]! > 0 ? round(100 * (earned[d]! / applicable[d]!)) : 0;
        out.dimensions[d]![r] = score;
        out.dimensionLevels[d]![r] = levelOf(score);
        sum += dimensionWeights[d]! * score;
      }
      const overall = round(sum / totalDimensionWeight);
      out.overall[r] = overall;
      out.overallLevel[r] = levelOf(overall);
    }
    return out;
  };
}

function fractionLookup(question: Questionnaire['questions'][number]): FractionOf {
  const best = maxPoints(question);
  const fraction = (earned: number, possible = best) => (possible > 0 ? Math.min(1, earned / possible) : 0);
  switch (question.type) {
    case 'yes_no': {
      const yes = fraction(question.points.yes);
      const no = fraction(question.points.no);
      return (value) => (value ? yes : no);
    }
    case 'single_choice': {
      const byId = new Map(question.options!.map((o) => [o.id, fraction(o.points)]));
      return (value) => byId.get(value as string) ?? 0;
    }
    case 'multiple_choice': {
      const points = new Map(question.options.map((o) => [o.id, o.points]));
      const cap = question.maxPoints ?? Infinity;
      return (value) => {
        let total = 0;
        for (const id of value as string[]) total += points.get(id) ?? 0;
        return fraction(Math.min(total, cap));
      };
    }
    case 'count':
    case 'percentage': {
      const mins = question.bands.map((b) => b.min);
      const fractions = question.bands.map((b) => fraction(b.points));
      return (value) => {
        let f = 0;
        for (let b = 0; b < mins.length; b++) if ((value as number) >= mins[b]!) f = fractions[b]!;
        return f;
      };
    }
    case 'grid': {
      const points = new Map(question.columns.map((c) => [c.id, c.points]));
      const dropped = new Set(question.columns.filter((c) => c.notOffered).map((c) => c.id));
      const bestColumn = Math.max(...question.columns.map((c) => c.points));
      const rowIds = question.rows.map((row) => row.id);
      return (value) => {
        const cells = value as Record<string, string>;
        let earned = 0;
        let offered = 0;
        for (const row of rowIds) {
          const column = cells[row]!;
          if (dropped.has(column)) continue;
          offered++;
          earned += points.get(column) ?? 0;
        }
        return fraction(earned, (offered > 0 ? offered : rowIds.length) * bestColumn);
      };
    }
  }
}
