import type { Questionnaire } from '@crm-maturity/core';
import { caveatNotes } from '../format/caveat-notes';
import { formatQuestionTable } from '../format/format-question-table';
import { renderTable } from '../format/table';

export function questionnaireCommand(questionnaire: Questionnaire, format: 'text' | 'json' | 'markdown'): string {
  if (format === 'json') return JSON.stringify(questionnaire, null, 2);
  if (format === 'markdown') return formatQuestionTable(questionnaire);
  const lines = [`${questionnaire.title} (${questionnaire.id} ${questionnaire.version})`, ''];
  lines.push(
    renderTable(
      ['level', 'from score'],
      questionnaire.levels.map((l) => [l.name, l.minScore]),
    ),
  );
  const caveats = caveatNotes();
  for (const dimension of questionnaire.dimensions) {
    const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id);
    lines.push('', `${dimension.name} (weight ${dimension.weight}, ${questions.length} questions)`);
    lines.push(
      renderTable(
        ['id', 'type', 'weight', 'n/a', 'published figure'],
        questions.map((q) => {
          const figure = q.references.find((r) => r.value !== null);
          return [q.id, q.type, q.weight, q.allowNotApplicable ? 'yes' : 'no', figure ? `${figure.value}${figure.statistic === 'share' ? '%' : ''} ${figure.finding}${caveats.mark(figure.caveat)}` : ''];
        }),
      ),
    );
  }
  const notes = caveats.lines();
  if (notes.length > 0) lines.push('', 'Caveats on the published figures:', ...notes);
  if (questionnaire.questions.some((q) => q.weight === 0)) lines.push('', 'Weight 0: recorded and compared with the published figures, but not scored.');
  return lines.join('\n');
}
