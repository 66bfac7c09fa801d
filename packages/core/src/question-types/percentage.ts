import { z } from 'zod';
import { bandSchema, commonQuestionFields } from './question-fields';
import { earnedOf, type QuestionTypeModule } from './question-type';
import { maxOf, rangeProblems, wrongType } from './choice-helpers';
import { bandCategory, bandPointsOf, bandRows, bestBand, checkBands, formatNumberCell, numberMatches, parseNumberCell } from './numeric-bands';

export const percentageQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('percentage'),
  bands: z.array(bandSchema).min(2),
});
export type PercentageQuestion = z.infer<typeof percentageQuestionSchema>;

/** A number from 0 to 100 scored by its band; coded as the number itself. */
export const percentage: QuestionTypeModule<PercentageQuestion> = {
  type: 'percentage',
  schema: percentageQuestionSchema,
  asks: 'judgement',
  expects: 'a number from 0 to 100',
  checkValue: (_question, value) => (typeof value !== 'number' ? wrongType(percentage.expects, value) : rangeProblems(value, 0, 100)),
  checkDefinition: (question, problem) => checkBands(question.bands, 0, 100, problem),
  matchKinds: ['atLeast', 'atLeast+atMost', 'atMost'],
  answerIds: () => undefined,
  maxPoints: (question) => maxOf(question.bands),
  points: (question, value) => {
    const { number, band } = bandPointsOf(question.bands, value);
    return earnedOf(band?.points ?? 0, percentage.maxPoints(question), `${number}% is in band "${band?.label ?? 'none'}"`);
  },
  best: (question) => bestBand(question.bands, 'best'),
  worst: (question) => bestBand(question.bands, 'worst'),
  codeDomain: (question) => ({ kind: 'numbers', cuts: question.bands.map((b) => b.min) }),
  encode: (_question, value) => value as number,
  decode: (_question, code) => code,
  category: (question, code) => bandCategory(question.bands, code),
  tallyKeys: (question, _value, code) => [String(bandCategory(question.bands, code))],
  distributionRows: (question) => bandRows(question.bands),
  matches: (_question, match, value) => numberMatches(match, value),
  referenceMeasure: (_question, _reference, value) => (typeof value === 'number' ? value : undefined),
  formatCell: (_question, value) => formatNumberCell(value),
  parseCell: (_question, cell) => parseNumberCell(cell),
  example: (_question, pick) => pick(1001) / 10,
  calibration: { kind: 'bands' },
  view: { choices: () => [], rows: () => [], bands: (question) => question.bands, selectionCap: () => undefined },
};
