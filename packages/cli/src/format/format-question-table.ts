import type { PublishedReference, Questionnaire, QuestionnaireQuestion } from '@crm-maturity/core';

const typeNames: Record<QuestionnaireQuestion['type'], string> = {
  yes_no: 'yes/no',
  single_choice: 'single choice',
  multiple_choice: 'multiple choice',
  count: 'count',
  percentage: 'percentage',
  grid: 'grid',
};

/**
 * The questionnaire README's table of questions, as Markdown: id, dimension,
 * type, weight, whether "not applicable" is allowed, and each published
 * figure with its seed article, marked "(caveat)" where the figure carries
 * one. A test compares it with the README, so the table cannot drift from
 * the question files.
 */
export function formatQuestionTable(questionnaire: Questionnaire): string {
  const rows = questionnaire.questions.map((q) => {
    const type = q.type === 'single_choice' && q.scale ? `single choice (${q.scale})` : typeNames[q.type];
    const figures = q.references.length ? q.references.map((r) => figureText(q, r)).join('; ') : '—';
    return `| \`${q.id}\` | ${q.dimension} | ${type} | ${q.weight} | ${q.allowNotApplicable ? 'yes' : ''} | ${figures} |`;
  });
  return ['| id | dimension | type | weight | N/A | published figure |', '| --- | --- | --- | ---: | :---: | --- |', ...rows].join('\n');
}

function figureText(question: QuestionnaireQuestion, reference: PublishedReference): string {
  const caveat = reference.caveat ? ' (caveat)' : '';
  const seed = `[${reference.source.seed}]`;
  if (reference.value === null) return `qualitative ${seed}${caveat}`;
  const range = reference.range ? ` (${reference.range[0]}–${reference.range[1]})` : '';
  if (reference.statistic === 'mean') return `mean ${reference.value}${range} ${seed}${caveat}`;
  return `${reference.value}%${range}${answersCounted(question, reference)} ${seed}${caveat}`;
}

/** Which answers a share counts, where the table would be ambiguous without it: a grid row, or a number range. */
function answersCounted(question: QuestionnaireQuestion, reference: PublishedReference): string {
  const match = reference.match;
  if (!match) return '';
  if ('row' in match) return ` ${match.row}`;
  if (question.type !== 'count' && question.type !== 'percentage') return '';
  const unit = question.type === 'percentage' ? '%' : '';
  if ('equals' in match) return ` answering ${String(match.equals)}${unit}`;
  if ('atLeast' in match) {
    if (match.atMost !== undefined) return ` answering ${match.atLeast}–${match.atMost}${unit}`;
    // "100% or more" would read as if more than 100 could be answered.
    return question.type === 'percentage' && match.atLeast === 100 ? ' answering 100%' : ` answering ${match.atLeast}${unit} or more`;
  }
  if ('atMost' in match) return ` answering ${match.atMost}${unit} or fewer`;
  return '';
}
