import fc from 'fast-check';
import type { Answer, AnswerValue } from '../answers/answer-file-schema';
import type { Questionnaire, QuestionnaireQuestion } from '../model/questionnaire-schema';

export type ValueArbitraryOptions = {
  /** The largest count generated (default: the question's max, or well past its last band). */
  countMax?: number;
  /** Multiple-choice selections in any order, not the options' order (for round trips that must keep order). */
  shuffle?: boolean;
};

/** Any valid value for a question, across its whole range: the one generator the property tests share. */
export function valueArbitrary(question: QuestionnaireQuestion, options: ValueArbitraryOptions = {}): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'yes_no':
      return fc.boolean();
    case 'single_choice':
      return fc.constantFrom(...(question.options ?? []).map((o) => o.id));
    case 'multiple_choice': {
      const combinable = question.options.filter((o) => !o.exclusive).map((o) => o.id);
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id]);
      const subsets = options.shuffle ? fc.shuffledSubarray(combinable) : fc.subarray(combinable);
      return exclusive.length ? fc.oneof(subsets, fc.constantFrom(...exclusive)) : subsets;
    }
    case 'count': {
      const top = options.countMax ?? question.max ?? Math.max(question.min + 40, ...question.bands.map((b) => b.min + 5));
      return fc.integer({ min: question.min, max: top });
    }
    case 'percentage':
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    case 'grid':
      return fc.record(Object.fromEntries(question.rows.map((row) => [row.id, fc.constantFrom(...question.columns.map((c) => c.id))])));
  }
}

/** A response-set answer: a value, unanswered (undefined), or "not applicable" (null) where the question allows it. */
export function rowAnswerArbitrary(question: QuestionnaireQuestion, options: ValueArbitraryOptions = {}): fc.Arbitrary<AnswerValue | null | undefined> {
  return fc.oneof(valueArbitrary(question, options), fc.constant(undefined), ...(question.allowNotApplicable ? [fc.constant(null)] : []));
}

/**
 * Answers made consistent the way an organization's are: a grid row that
 * follows a multiple-choice option (`offeredIn`) is "not offered" exactly
 * when the option is not chosen.
 */
export function consistentAnswers(questionnaire: Questionnaire, answers: Record<string, Answer>): Record<string, Answer> {
  const out = { ...answers };
  for (const question of questionnaire.questions) {
    if (question.type !== 'grid' || !question.offeredIn) continue;
    const grid = out[question.id];
    const source = out[question.offeredIn.question];
    if (!grid || !('value' in grid)) continue;
    const chosen = source && 'value' in source && Array.isArray(source.value) ? source.value : undefined;
    const notOffered = question.columns.find((c) => c.notOffered)!.id;
    const offeredColumns = question.columns.filter((c) => !c.notOffered).map((c) => c.id);
    const cells = { ...(grid.value as Record<string, string>) };
    for (const [row, option] of Object.entries(question.offeredIn.options)) {
      if (chosen === undefined) continue;
      if (!chosen.includes(option)) cells[row] = notOffered;
      else if (cells[row] === notOffered) cells[row] = offeredColumns[row.length % offeredColumns.length]!;
    }
    out[question.id] = { ...grid, value: cells };
  }
  return out;
}
