import { z } from 'zod';
import { commonQuestionFields, localIdSchema, optionSchema } from './question-fields';
import { earnedOf, type QuestionTypeModule } from './question-type';
import { byPoints, checkUniqueIds, maxOf, unknownOption, wrongType } from './choice-helpers';

export const singleChoiceQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('single_choice'),
  /** Either inline options or the id of a shared scale in questionnaire.yaml (filled in when the questionnaire is assembled). */
  options: z.array(optionSchema).min(2).optional(),
  scale: localIdSchema.optional(),
});
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>;

const optionsOf = (question: SingleChoiceQuestion) => question.options ?? [];

/** One option id; coded as the option's index. */
export const singleChoice: QuestionTypeModule<SingleChoiceQuestion> = {
  type: 'single_choice',
  schema: singleChoiceQuestionSchema,
  asks: 'judgement',
  expects: 'one option id',
  checkValue: (question, value) => {
    if (typeof value !== 'string') return wrongType(singleChoice.expects, value);
    const ids = optionsOf(question).map((o) => o.id);
    return ids.includes(value) ? [] : [unknownOption(value, ids)];
  },
  checkDefinition: (question, problem) => checkUniqueIds(optionsOf(question), problem, 'options'),
  matchKinds: ['equals', 'anyOf'],
  answerIds: (question) => new Set(optionsOf(question).map((o) => o.id)),
  maxPoints: (question) => maxOf(optionsOf(question)),
  points: (question, value) => {
    const option = optionsOf(question).find((o) => o.id === value);
    return earnedOf(option?.points ?? 0, singleChoice.maxPoints(question), `"${option?.label ?? String(value)}"`);
  },
  best: (question) => byPoints(optionsOf(question), 'best').id,
  worst: (question) => byPoints(optionsOf(question), 'worst').id,
  codeDomain: (question) => ({ kind: 'enumerated', size: optionsOf(question).length }),
  encode: (question, value) => optionsOf(question).findIndex((o) => o.id === value),
  decode: (question, code) => optionsOf(question)[code]?.id ?? '',
  category: (_question, code) => code,
  tallyKeys: (_question, _value, code) => [String(code)],
  distributionRows: (question) => optionsOf(question).map((o, i) => ({ key: String(i), id: o.id, label: o.label })),
  matches: (_question, match, value) => ('equals' in match ? value === match.equals : 'anyOf' in match && typeof value === 'string' && match.anyOf.includes(value)),
  referenceMeasure: () => undefined,
  formatCell: (_question, value) => String(value),
  parseCell: (_question, cell) => ({ ok: true, value: cell }),
  example: (question, pick) => optionsOf(question)[pick(optionsOf(question).length)]!.id,
  calibration: {
    kind: 'choice',
    values: (question) => optionsOf(question).map((o) => o.id),
    points: (question) => optionsOf(question).map((o) => o.points),
    shareCoefficients: (question, match) => {
      const ids = !match || 'row' in match ? undefined : 'anyOf' in match ? match.anyOf : 'equals' in match && typeof match.equals === 'string' ? [match.equals] : undefined;
      return ids && optionsOf(question).map((o) => (ids.includes(o.id) ? 1 : 0));
    },
  },
  view: { choices: (question) => optionsOf(question), rows: () => [], bands: () => [], selectionCap: () => undefined },
};
