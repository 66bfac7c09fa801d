import { describeValue } from '../support/issue';
import { z } from 'zod';
import { commonQuestionFields, pointsSchema } from './question-fields';
import { earnedOf, type QuestionTypeModule } from './question-type';
import { wrongType } from './choice-helpers';

export const yesNoQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('yes_no'),
  points: z.strictObject({ yes: pointsSchema, no: pointsSchema }).default({ yes: 1, no: 0 }),
});
export type YesNoQuestion = z.infer<typeof yesNoQuestionSchema>;

/** Yes or no, answered `true` / `false`; coded 1 / 0. */
export const yesNo: QuestionTypeModule<YesNoQuestion> = {
  type: 'yes_no',
  schema: yesNoQuestionSchema,
  asks: 'fact',
  expects: 'true or false',
  checkValue: (_question, value) => (typeof value === 'boolean' ? [] : wrongType(yesNo.expects, value)),
  checkDefinition: () => {},
  matchKinds: ['equals'],
  answerIds: () => undefined,
  maxPoints: (question) => Math.max(question.points.yes, question.points.no),
  points: (question, value) =>
    earnedOf(value === true ? question.points.yes : question.points.no, yesNo.maxPoints(question), value === true ? '"yes"' : '"no"'),
  best: (question) => question.points.yes >= question.points.no,
  worst: (question) => question.points.yes < question.points.no,
  codeDomain: () => ({ kind: 'enumerated', size: 2 }),
  encode: (_question, value) => (value === true ? 1 : 0),
  decode: (_question, code) => code === 1,
  category: (_question, code) => code,
  tallyKeys: (_question, _value, code) => [String(code)],
  distributionRows: () => [
    { key: '1', id: 'yes', label: 'Yes' },
    { key: '0', id: 'no', label: 'No' },
  ],
  matches: (_question, match, value) => 'equals' in match && value === match.equals,
  referenceMeasure: (_question, _reference, value) => (value === true ? 1 : 0),
  formatCell: (_question, value) => (value ? 'yes' : 'no'),
  parseCell: (_question, cell) =>
    cell === 'yes' ? { ok: true, value: true } : cell === 'no' ? { ok: true, value: false } : { ok: false, message: `expects yes, no or n/a, got ${describeValue(cell)}` },
  example: (_question, pick) => pick(2) === 1,
  calibration: {
    kind: 'choice',
    values: () => [false, true],
    points: (question) => [question.points.no, question.points.yes],
    shareCoefficients: (_question, match) =>
      match && 'equals' in match && typeof match.equals === 'boolean' ? [match.equals ? 0 : 1, match.equals ? 1 : 0] : undefined,
    meanCoefficients: () => [0, 1],
  },
  view: {
    choices: (question) => [
      { id: 'yes', label: 'Yes', points: question.points.yes },
      { id: 'no', label: 'No', points: question.points.no },
    ],
    rows: () => [],
    bands: () => [],
    selectionCap: () => undefined,
  },
};
