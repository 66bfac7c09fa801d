import { z } from 'zod';
import { commonQuestionFields, optionSchema, pointsSchema } from './question-fields';
import { earnedOf, formatPoints, type QuestionTypeModule, type ValueProblem } from './question-type';
import { bestSelection, checkUniqueIds, unknownOption, wrongType } from './choice-helpers';
import { nothingSelectedCell } from './cell-markers';

export const multipleChoiceQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('multiple_choice'),
  options: z.array(optionSchema).min(2),
  /** Points stop counting at this cap, so breadth beyond it earns nothing more. */
  maxPoints: pointsSchema.positive().optional(),
});
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceQuestionSchema>;

/** A list of option ids; coded as a bit mask of option indexes. */
export const multipleChoice: QuestionTypeModule<MultipleChoiceQuestion> = {
  type: 'multiple_choice',
  schema: multipleChoiceQuestionSchema,
  asks: 'fact',
  expects: 'a list of option ids',
  checkValue: (question, value) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return wrongType(multipleChoice.expects, value);
    const ids = question.options.map((o) => o.id);
    const problems: ValueProblem[] = [];
    const seen = new Set<string>();
    for (const id of value as string[]) {
      if (!ids.includes(id)) problems.push(unknownOption(id, ids));
      if (seen.has(id)) problems.push({ code: 'DUPLICATE_OPTION', message: `option "${id}" is listed twice`, value: id });
      seen.add(id);
    }
    const exclusive = question.options.find((o) => o.exclusive && seen.has(o.id));
    if (exclusive && seen.size > 1) {
      problems.push({ code: 'EXCLUSIVE_OPTION_CONFLICT', message: `option "${exclusive.id}" cannot be combined with other options`, value });
    }
    return problems;
  },
  checkDefinition: (question, problem) => checkUniqueIds(question.options, problem, 'options'),
  matchKinds: ['includes', 'anyOf'],
  answerIds: (question) => new Set(question.options.map((o) => o.id)),
  maxPoints: (question) => {
    const total = bestSelection(question.options).reduce((sum, o) => sum + o.points, 0);
    return question.maxPoints === undefined ? total : Math.min(question.maxPoints, total);
  },
  points: (question, value) => {
    const chosen = Array.isArray(value) ? question.options.filter((o) => value.includes(o.id)) : [];
    const total = chosen.reduce((sum, o) => sum + o.points, 0);
    const earned = question.maxPoints === undefined ? total : Math.min(total, question.maxPoints);
    const capped = earned < total ? ` (${formatPoints(total)}, capped at ${formatPoints(earned)})` : '';
    const names = chosen.length ? chosen.map((o) => o.label).join(', ') : 'nothing';
    return earnedOf(earned, multipleChoice.maxPoints(question), `${chosen.length} selected: ${names}${capped}`);
  },
  best: (question) => bestSelection(question.options).map((o) => o.id),
  worst: (question) => {
    const zeroExclusive = question.options.find((o) => o.exclusive && o.points === 0);
    return zeroExclusive ? [zeroExclusive.id] : question.options.filter((o) => o.points === 0 && !o.exclusive).map((o) => o.id);
  },
  codeDomain: (question) => ({ kind: 'enumerated', size: 2 ** question.options.length }),
  encode: (question, value) => {
    let mask = 0;
    for (const id of value as string[]) mask += 2 ** question.options.findIndex((o) => o.id === id);
    return mask;
  },
  decode: (question, code) => question.options.filter((_, i) => Math.floor(code / 2 ** i) % 2 === 1).map((o) => o.id),
  category: (_question, code) => code,
  tallyKeys: (_question, value) => value as string[],
  distributionRows: (question) => question.options.map((o) => ({ key: o.id, id: o.id, label: o.label })),
  matches: (_question, match, value) => {
    if (!Array.isArray(value)) return false;
    if ('includes' in match) return value.includes(match.includes);
    return 'anyOf' in match && value.some((v) => match.anyOf.includes(v));
  },
  referenceMeasure: (question, _reference, value) => (Array.isArray(value) ? question.options.filter((o) => !o.exclusive && value.includes(o.id)).length : undefined),
  formatCell: (_question, value) => {
    const ids = value as string[];
    return ids.length === 0 ? nothingSelectedCell : ids.join('|');
  },
  parseCell: (_question, cell) => ({ ok: true, value: cell === nothingSelectedCell ? [] : cell.split('|') }),
  example: (question, pick) => {
    const combinable = question.options.filter((o) => !o.exclusive);
    const exclusive = question.options.find((o) => o.exclusive);
    if (exclusive && pick(5) === 0) return [exclusive.id];
    const mask = pick(2 ** combinable.length);
    return combinable.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((o) => o.id);
  },
  calibration: { kind: 'selection' },
  view: { choices: (question) => question.options, rows: () => [], bands: () => [], selectionCap: (question) => question.maxPoints },
};
