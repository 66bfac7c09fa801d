export { notApplicableCell, nothingSelectedCell } from '../../question-types/cell-markers';
import type { Questionnaire } from '../../model/questionnaire-schema';

/**
 * The CSV layout of a response set (one row per organization):
 *
 *   id,synthetic,industry,sizeBand,region,period,questionnaireId,questionnaireVersion,weight,<question id>...
 *
 * `synthetic` is `true`, `false` or empty; `weight` a number or empty (1).
 * Each question column holds one answer, encoded by question type (see
 * `formatAnswerCell`); an empty cell is unanswered and `n/a` is "not
 * applicable". Readers accept the columns in any order; `synthetic`,
 * `weight` and any question column may be left out.
 */
export const csvProfileColumns = [
  'id',
  'synthetic',
  'industry',
  'sizeBand',
  'region',
  'period',
  'questionnaireId',
  'questionnaireVersion',
  'weight',
] as const;
export type CsvProfileColumn = (typeof csvProfileColumns)[number];

/** The profile columns a CSV file must have. */
export const requiredCsvColumns: readonly CsvProfileColumn[] = [
  'id',
  'industry',
  'sizeBand',
  'region',
  'period',
  'questionnaireId',
  'questionnaireVersion',
];


/**
 * The header of a response-set CSV file for a questionnaire: the profile
 * columns, then one column per question in questionnaire order.
 *
 * @example
 * csvHeader(questionnaire).slice(8, 10);
 * // => ['weight', 'people.exec'] (for the test fixture)
 */
export function csvHeader(questionnaire: Questionnaire): string[] {
  return [...csvProfileColumns, ...questionnaire.questions.map((q) => q.id)];
}
