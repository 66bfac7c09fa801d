import type { Questionnaire } from '../../model/questionnaire-schema';
import type { ResponseRow } from '../response-row-schema';
import { formatAnswerCell } from './answer-cell';

/**
 * The CSV cells of one response row, in the order of `csvHeader`, before
 * quoting (join them with `formatCsvRecord`). The row must be valid for the
 * questionnaire (see `checkResponseRow`).
 *
 * @throws Error when the row answers a question the questionnaire does not have, naming the row and question id
 * @example
 * formatCsvRecord(responseRowToCsvRecord(questionnaire, row));
 * // => 'org-1,,retail,small,europe,2026,fixture,1.0.0,,yes,some,personas|journeys,50,3,n/a,,email=generic|social=personal,no'
 */
export function responseRowToCsvRecord(questionnaire: Questionnaire, row: ResponseRow): string[] {
  let written = 0;
  const cells = questionnaire.questions.map((question) => {
    if (!Object.hasOwn(row.answers, question.id)) return '';
    written++;
    return formatAnswerCell(question, row.answers[question.id]);
  });
  if (written !== Object.keys(row.answers).length) {
    const unknown = Object.keys(row.answers).find((id) => !questionnaire.questions.some((q) => q.id === id));
    throw new Error(`row "${row.id}" answers ${unknown}, which is not a question of ${questionnaire.id} ${questionnaire.version}`);
  }
  return [
    row.id,
    row.synthetic === undefined ? '' : String(row.synthetic),
    row.industry,
    row.sizeBand,
    row.region,
    row.period,
    row.questionnaire.id,
    row.questionnaire.version,
    row.weight === undefined ? '' : String(row.weight),
    ...cells,
  ];
}
