import { checkAnswerValue } from '../answers/check-answer-value';
import type { QuestionnaireManifest, QuestionnaireQuestion } from './questionnaire-schema';

type Problem = (file: string, path: (string | number)[], message: string, value?: unknown) => void;

/**
 * Checks what ties questions to each other or to the manifest: level
 * requirements name real questions with valid answers that cannot be
 * dodged with "not applicable", and grids whose rows follow a
 * multiple-choice question name its real options.
 */
export function checkQuestionLinks(
  manifest: QuestionnaireManifest,
  manifestFile: string,
  questions: readonly QuestionnaireQuestion[],
  problem: Problem,
): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [levelId, requirements] of Object.entries(manifest.overall.level?.requires ?? {})) {
    if (levelId === manifest.levels[0]?.id) problem(manifestFile, ['overall', 'level', 'requires', levelId], 'the lowest level has no requirements');
    (requirements ?? []).forEach((requirement, i) => {
      const path = ['overall', 'level', 'requires', levelId, i];
      const question = byId.get(requirement.question);
      if (!question) return problem(manifestFile, [...path, 'question'], `no question "${requirement.question}"`, requirement.question);
      if (question.allowNotApplicable) problem(manifestFile, [...path, 'question'], `"${question.id}" allows "not applicable", so it cannot define a level`, question.id);
      for (const p of checkAnswerValue(question, requirement.answer)) problem(manifestFile, [...path, 'answer'], `${question.id}: ${p.message}`, requirement.answer);
    });
  }
  for (const question of questions) {
    if (question.type !== 'grid' || !question.offeredIn) continue;
    const file = `questions/${question.dimension}.yaml`;
    const path = ['questions', question.id, 'offeredIn'];
    const source = byId.get(question.offeredIn.question);
    if (!source || source.type !== 'multiple_choice') {
      problem(file, [...path, 'question'], `"${question.offeredIn.question}" is not a multiple-choice question`, question.offeredIn.question);
      continue;
    }
    for (const [row, option] of Object.entries(question.offeredIn.options)) {
      if (!source.options.some((o) => o.id === option)) problem(file, [...path, 'options', row], `"${option}" is not an option of ${source.id}`, option);
    }
  }
}
