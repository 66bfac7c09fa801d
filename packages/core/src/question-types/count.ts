import { z } from 'zod';
import { countRange } from '../model/count-range';
import { bandSchema, commonQuestionFields } from './question-fields';
import { earnedOf, type QuestionTypeModule } from './question-type';
import { maxOf, rangeProblems, wrongType } from './choice-helpers';
import { bandCategory, bandPointsOf, bandRows, bestBand, checkBands, formatNumberCell, numberMatches, parseNumberCell } from './numeric-bands';

export const countQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('count'),
  unit: z.string().min(1),
  min: z.number().int().default(0),
  max: z.number().int().optional(),
  bands: z.array(bandSchema).min(2),
});
export type CountQuestion = z.infer<typeof countQuestionSchema>;

/** A whole number scored by its band; coded as the number itself. */
export const count: QuestionTypeModule<CountQuestion> = {
  type: 'count',
  schema: countQuestionSchema,
  asks: 'fact',
  expects: 'a whole number',
  checkValue: (question, value) => {
    if (typeof value !== 'number') return wrongType(count.expects, value);
    const { min, max } = countRange(question);
    // Infinity (what JSON.parse makes of 1e999) is out of range, not "not a number".
    if (Number.isFinite(value) && !Number.isInteger(value)) return [{ code: 'NOT_WHOLE_NUMBER', message: `expects a whole number from ${min} to ${max}, got ${value}`, value }];
    return rangeProblems(value, min, max);
  },
  checkDefinition: (question, problem) => checkBands(question.bands, question.min, question.max, problem),
  matchKinds: ['equals', 'atLeast', 'atLeast+atMost', 'atMost'],
  answerIds: () => undefined,
  maxPoints: (question) => maxOf(question.bands),
  points: (question, value) => {
    const { number, band } = bandPointsOf(question.bands, value);
    return earnedOf(band?.points ?? 0, count.maxPoints(question), `${number} is in band "${band?.label ?? 'none'}"`);
  },
  best: (question) => bestBand(question.bands, 'best'),
  worst: (question) => bestBand(question.bands, 'worst'),
  codeDomain: (question) => ({ kind: 'integers', low: question.min, clampAt: question.bands[question.bands.length - 1]!.min, cuts: question.bands.map((b) => b.min) }),
  encode: (_question, value) => value as number,
  decode: (_question, code) => code,
  category: (question, code) => bandCategory(question.bands, code),
  tallyKeys: (question, _value, code) => [String(bandCategory(question.bands, code))],
  distributionRows: (question) => bandRows(question.bands),
  matches: (_question, match, value) => numberMatches(match, value),
  referenceMeasure: (_question, _reference, value) => (typeof value === 'number' ? value : undefined),
  formatCell: (_question, value) => formatNumberCell(value),
  parseCell: (_question, cell) => parseNumberCell(cell),
  example: (question, pick) => question.min + pick((question.max ?? question.min + 30) - question.min + 1),
  calibration: { kind: 'bands' },
  view: { choices: () => [], rows: () => [], bands: (question) => question.bands, selectionCap: () => undefined },
};
