import fc from 'fast-check';
import type { AnswerValue } from '../answers/answer-file-schema';
import type { QuestionnaireQuestion } from '../model/questionnaire-schema';

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
