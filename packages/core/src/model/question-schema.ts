/**
 * The question schemas, as the rest of core imports them. Each question
 * type's definition lives in its module under `question-types/`; the union
 * is assembled in `question-types/registry.ts`.
 */
export { questionIdSchema, optionSchema, bandSchema, type Option, type Band } from '../question-types/question-fields';
export { questionSchema, type Question, type QuestionType } from '../question-types/registry';
export { yesNoQuestionSchema, type YesNoQuestion } from '../question-types/yes-no';
export { singleChoiceQuestionSchema, type SingleChoiceQuestion } from '../question-types/single-choice';
export { multipleChoiceQuestionSchema, type MultipleChoiceQuestion } from '../question-types/multiple-choice';
export { countQuestionSchema, type CountQuestion } from '../question-types/count';
export { percentageQuestionSchema, type PercentageQuestion } from '../question-types/percentage';
export { gridQuestionSchema, gridRowSchema, gridColumnSchema, type GridQuestion } from '../question-types/grid';
import type { z } from 'zod';
import type { questionSchema } from '../question-types/registry';
export type QuestionInput = z.input<typeof questionSchema>;
