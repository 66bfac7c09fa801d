import type { AnswerValue } from './answer-file-schema';
import type { Questionnaire, QuestionnaireQuestion } from '../model/questionnaire-schema';
import type { GridQuestion } from '../model/question-schema';

export type Inconsistency = { questionId: string; relatedQuestionId: string; row: string; message: string; value: unknown };

type Link = { grid: GridQuestion & QuestionnaireQuestion; notOffered: string; rows: [row: string, option: string][] };
const linksOf = new WeakMap<Questionnaire, Link[]>();

function links(questionnaire: Questionnaire): Link[] {
  let found = linksOf.get(questionnaire);
  if (!found) {
    found = questionnaire.questions.flatMap((q) =>
      q.type === 'grid' && q.offeredIn ? [{ grid: q, notOffered: q.columns.find((c) => c.notOffered)!.id, rows: Object.entries(q.offeredIn.options) }] : [],
    );
    linksOf.set(questionnaire, found);
  }
  return found;
}

/**
 * Answers of one respondent (or one response row) that contradict each
 * other: a grid row that follows a multiple-choice option (`offeredIn`) must
 * be "not offered" exactly when that option is not chosen, e.g. no
 * personalized replies on a channel the organization says it does not
 * offer. Both questions must have valid values; others are skipped.
 *
 * @example
 * inconsistentAnswers(v2, { 'technology.channels-supported': ['email'], 'technology.channel-personalization': { ..., 'social-media': 'personalized' } })
 * // => [{ questionId: 'technology.channel-personalization', relatedQuestionId: 'technology.channels-supported', row: 'social-media', ... }]
 */
export function inconsistentAnswers(questionnaire: Questionnaire, valueOf: (questionId: string) => AnswerValue | null | undefined): Inconsistency[] {
  const found: Inconsistency[] = [];
  for (const { grid, notOffered, rows } of links(questionnaire)) {
    const cells = valueOf(grid.id);
    const chosen = valueOf(grid.offeredIn!.question);
    if (!cells || typeof cells !== 'object' || Array.isArray(cells) || !Array.isArray(chosen)) continue;
    const source = grid.offeredIn!.question;
    for (const [row, option] of rows) {
      const cell = (cells as Record<string, string>)[row];
      if (cell === undefined) continue;
      const offered = chosen.includes(option);
      if (offered === (cell !== notOffered)) continue;
      const label = grid.rows.find((r) => r.id === row)?.label ?? row;
      found.push({
        questionId: grid.id,
        relatedQuestionId: source,
        row,
        value: cell,
        message: offered
          ? `${grid.id} row "${row}" (${label}) is "${notOffered}", but ${source} includes "${option}"`
          : `${grid.id} row "${row}" (${label}) is "${cell}", but ${source} does not include "${option}": answer "${notOffered}" or add the channel`,
      });
    }
  }
  return found;
}
