import type { Questionnaire } from '../../model/questionnaire-schema';
import { calibrateQuestion, type ReferenceCalibration } from './calibrate-question';

/**
 * Every published figure with a number in a questionnaire, with what the
 * synthetic generator aims at for it, in question order: the figure
 * itself (`exact`), the closest fit where figures of one question cannot
 * all hold (`fitted`), or nothing where no rule applies (`unsupported`).
 * Shares are percentages of the organizations that answered the question.
 *
 * @example
 * calibrationReport(questionnaire).find((r) => r.questionId === 'people.ceo-involvement');
 * // => { questionId: 'people.ceo-involvement', referenceIndex: 0, statistic: 'share', published: 25, target: 25, status: 'exact', ... }
 */
export function calibrationReport(questionnaire: Questionnaire): ReferenceCalibration[] {
  return questionnaire.questions.flatMap((question) => calibrateQuestion(question, questionnaire).references);
}
