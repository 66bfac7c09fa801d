import type { AnswerValue } from '../../answers/answer-file-schema';
import type { Questionnaire } from '../../model/questionnaire-schema';
import { periodSchema, type ResponseRow } from '../response-row-schema';
import { valueInBand } from './band-values';
import { defaultMissingRates, latentModel } from './latent-model';
import { randomSource, type RandomSource } from './random-source';
import { compileSyntheticPlan, type CutPoints, type QuestionPlan } from './synthetic-plan';
import { syntheticIndustries, syntheticRegions, syntheticSizeBands } from './synthetic-profiles';

export type GenerateResponsesOptions = {
  questionnaire: Questionnaire;
  /** How many organizations to generate. */
  count: number;
  /** A whole number from 0 to 4294967295; the same seed gives the same rows. */
  seed: number;
  /** Periods the rows are spread over evenly at random; default ['2026']. */
  periods?: string[];
  /** Ids are `<idPrefix>-000001`, `<idPrefix>-000002`, ...; default 'syn'. */
  idPrefix?: string;
  /** Share of answers left out (unanswered); default 0.02. */
  unansweredRate?: number;
  /** Share answered "not applicable" where a question allows it; default 0.05. */
  notApplicableRate?: number;
};

/**
 * Synthetic organizations for a questionnaire, one response-set row each,
 * marked `synthetic: true`. Deterministic: the same options give the same
 * rows, value for value, and a shorter run is a prefix of a longer one.
 *
 * Each organization gets an overall maturity latent, a profile that leans
 * mildly with it (`synthetic-profiles.ts`), four correlated dimension
 * latents and one latent per question, option and grid row
 * (`latent-model.ts`); each answer is the category its latent falls in
 * (`compileSyntheticPlan`), so every question's answer distribution is
 * its calibrated target (`calibrationReport`) and better answers go
 * together. Counts and percentages are then a whole number within the
 * drawn band. Every answer is valid for the questionnaire.
 *
 * @throws {RangeError} when an option is out of range (named in the message)
 * @example
 * const rows = [...generateResponses({ questionnaire, count: 2, seed: 1 })];
 * rows.map((row) => row.id); // => ['syn-000001', 'syn-000002']
 */
export function generateResponses(options: GenerateResponsesOptions): IterableIterator<ResponseRow> {
  const { questionnaire, count, seed } = options;
  const periods = options.periods ?? ['2026'];
  const idPrefix = options.idPrefix ?? 'syn';
  const unanswered = options.unansweredRate ?? defaultMissingRates.unanswered;
  const notApplicable = options.notApplicableRate ?? defaultMissingRates.notApplicable;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`generateResponses requires count to be a whole number of at least 0, got ${count}`);
  const random = randomSource(seed);
  if (periods.length === 0) throw new RangeError('generateResponses requires at least one period, got []');
  periods.forEach((period, i) => {
    if (!periodSchema.safeParse(period).success) {
      throw new RangeError(`generateResponses: periods[${i}] must be a year or a quarter such as "2026" or "2026-Q3", got ${JSON.stringify(period)}`);
    }
  });
  if (idPrefix.length === 0 || idPrefix.length + 1 + Math.max(6, String(count).length) > 100) {
    throw new RangeError(`generateResponses requires an idPrefix of 1 to ${99 - Math.max(6, String(count).length)} characters, got ${JSON.stringify(idPrefix)}`);
  }
  for (const [name, rate] of [['unansweredRate', unanswered], ['notApplicableRate', notApplicable]] as const) {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`generateResponses requires ${name} from 0 to 1, got ${rate}`);
  }
  if (unanswered + notApplicable > 1) {
    throw new RangeError(`generateResponses requires unansweredRate + notApplicableRate of at most 1, got ${unanswered} + ${notApplicable}`);
  }
  return rows(questionnaire, count, random, periods, idPrefix, unanswered, unanswered + notApplicable);
}

function* rows(
  questionnaire: Questionnaire,
  count: number,
  random: RandomSource,
  periods: string[],
  idPrefix: string,
  unansweredBelow: number,
  notApplicableBelow: number,
): Generator<ResponseRow, void, undefined> {
  const plan = compileSyntheticPlan(questionnaire);
  const questions = plan.questions;
  const dimensionLatents = new Float64Array(plan.dimensionCount);
  const { dimensionLoading, questionLoading } = latentModel;
  const dimensionNoise = Math.sqrt(1 - dimensionLoading * dimensionLoading);
  const fromDimension = Math.sqrt(questionLoading);
  const ownNoise = Math.sqrt(1 - questionLoading);
  const industry = tiltedPicker(syntheticIndustries);
  const sizeBand = tiltedPicker(syntheticSizeBands);
  const regionCumulative = cumulativeShares(syntheticRegions.map((r) => r.share));
  const version = { id: questionnaire.id, version: questionnaire.version };

  const latent = (dimension: number) => fromDimension * dimensionLatents[dimension]! + ownNoise * random.normal();

  for (let i = 0; i < count; i++) {
    const maturity = random.normal();
    const row: ResponseRow = {
      id: `${idPrefix}-${String(i + 1).padStart(6, '0')}`,
      synthetic: true,
      industry: industry(maturity, random.uniform()),
      sizeBand: sizeBand(maturity, random.uniform()),
      region: syntheticRegions[pick(regionCumulative, random.uniform())]!.id,
      period: periods[Math.floor(random.uniform() * periods.length)]!,
      questionnaire: { ...version },
      answers: {},
    };
    for (let d = 0; d < dimensionLatents.length; d++) dimensionLatents[d] = dimensionLoading * maturity + dimensionNoise * random.normal();
    const answers = row.answers;
    for (const question of questions) {
      // Every question consumes the same draws whether or not it is answered, so the rates move no other value.
      const missing = random.uniform();
      const value = answer(question, latent, random);
      if (missing < unansweredBelow) continue;
      answers[question.id] = question.allowNotApplicable && missing < notApplicableBelow ? null : value;
    }
    makeConsistent(questions, answers);
    yield row;
  }
}

function answer(question: QuestionPlan, latent: (dimension: number) => number, random: RandomSource): AnswerValue {
  switch (question.kind) {
    case 'choice':
      return question.values[categoryOf(question.cuts, latent(question.dimension))]!;
    case 'number': {
      const band = question.ranges[categoryOf(question.cuts, latent(question.dimension))]!;
      return valueInBand(band, random.uniform());
    }
    case 'multiple': {
      const chosen: string[] = [];
      for (let o = 0; o < question.optionIds.length; o++) {
        if (latent(question.dimension) > question.includeAbove[o]!) chosen.push(question.optionIds[o]!);
      }
      return chosen.length > 0 ? chosen : [...question.whenNone];
    }
    case 'grid': {
      const cells: Record<string, string> = {};
      for (let r = 0; r < question.rowIds.length; r++) {
        cells[question.rowIds[r]!] = question.columnIds[categoryOf(question.cuts[r]!, latent(question.dimension))]!;
      }
      return cells;
    }
  }
}

/**
 * An organization offers a channel or it does not: rows that follow an
 * option are "not offered" where it is not chosen (their calibration drew
 * them among the offered columns only). No random draws, so no other value moves.
 */
function makeConsistent(questions: readonly QuestionPlan[], answers: ResponseRow['answers']): void {
  for (const question of questions) {
    if (question.kind !== 'grid' || !question.follows) continue;
    const cells = answers[question.id];
    const chosen = answers[question.follows.question];
    if (!cells || typeof cells !== 'object' || Array.isArray(cells) || !Array.isArray(chosen)) continue;
    for (const { row, option } of question.follows.rows) if (!chosen.includes(option)) (cells as Record<string, string>)[row] = question.follows.notOffered;
  }
}

function categoryOf(cuts: CutPoints, z: number): number {
  const thresholds = cuts.thresholds;
  let k = 0;
  while (k < thresholds.length && z > thresholds[k]!) k++;
  return cuts.categories[k]!;
}

function cumulativeShares(shares: readonly number[]): Float64Array {
  const cumulative = new Float64Array(shares.length);
  let total = 0;
  shares.forEach((share, i) => (cumulative[i] = total += share));
  return cumulative.map((c) => c / total);
}

function pick(cumulative: Float64Array, u: number): number {
  let k = 0;
  while (k < cumulative.length - 1 && u >= cumulative[k]!) k++;
  return k;
}

/** Draws a profile value with probability ∝ share · exp(maturityEffect · maturity). */
function tiltedPicker<T>(entries: readonly { id: T; share: number; maturityEffect: number }[]) {
  const weights = new Float64Array(entries.length);
  return (maturity: number, u: number): T => {
    let total = 0;
    for (let k = 0; k < entries.length; k++) total += weights[k] = entries[k]!.share * Math.exp(entries[k]!.maturityEffect * maturity);
    let target = u * total;
    let k = 0;
    while (k < entries.length - 1 && target >= weights[k]!) target -= weights[k++]!;
    return entries[k]!.id;
  };
}
