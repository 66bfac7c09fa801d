import type { Questionnaire } from '@crm-maturity/core';
import { renderTable } from '../format/table';

export function questionnaireCommand(questionnaire: Questionnaire, json: boolean): string {
  if (json) return JSON.stringify(questionnaire, null, 2);
  const lines = [`${questionnaire.title} (${questionnaire.id} ${questionnaire.version})`, ''];
  lines.push(
    renderTable(
      ['level', 'from score'],
      questionnaire.levels.map((l) => [l.name, l.minScore]),
    ),
  );
  for (const dimension of questionnaire.dimensions) {
    const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id);
    lines.push('', `${dimension.name} (weight ${dimension.weight}, ${questions.length} questions)`);
    lines.push(
      renderTable(
        ['id', 'type', 'weight', 'n/a', 'published figure'],
        questions.map((q) => {
          const figure = q.references.find((r) => r.value !== null);
          return [q.id, q.type, q.weight, q.allowNotApplicable ? 'yes' : 'no', figure ? `${figure.value}${figure.statistic === 'share' ? '%' : ''} ${figure.finding}` : ''];
        }),
      ),
    );
  }
  return lines.join('\n');
}
