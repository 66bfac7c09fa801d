import { moduleOf } from '../../question-types/registry';
import type { AnswerValue } from '../../answers/answer-file-schema';
import type { Questionnaire, QuestionnaireQuestion } from '../../model/questionnaire-schema';
import { industries, regions, sizeBands } from '../response-set';
import type { ResponseRow } from '../response-row-schema';

/**
 * A valid row for a questionnaire, the same for the same `n` every time,
 * for the loaders' tests and throughput measurements. It is deliberately
 * simple (an integer hash picks every value); realistic synthetic data is
 * the job of research/synthetic.
 *
 * @example
 * exampleRow(questionnaire, 7).id; // => 'org-7'
 */
export function exampleRow(questionnaire: Questionnaire, n: number): ResponseRow {
  const pick = (salt: number, count: number) => hash(n * 7919 + salt) % count;
  const answers: Record<string, AnswerValue | null> = {};
  questionnaire.questions.forEach((question, q) => {
    const roll = pick(q * 31 + 1, 20);
    if (roll === 0) return; // unanswered
    if (roll === 1 && question.allowNotApplicable) {
      answers[question.id] = null;
      return;
    }
    answers[question.id] = exampleValue(question, (count) => pick(q * 31 + 2 + count, count));
  });
  return {
    id: `org-${n}`,
    ...(n % 5 === 0 ? { synthetic: true } : {}),
    industry: industries[pick(1, industries.length)]!,
    sizeBand: sizeBands[pick(2, sizeBands.length)]!,
    region: regions[pick(3, regions.length)]!,
    period: n % 2 === 0 ? '2026' : '2025-Q4',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(n % 3 === 0 ? { weight: 1 + pick(4, 40) / 8 } : {}),
    answers,
  };
}

function exampleValue(question: QuestionnaireQuestion, pick: (count: number) => number): AnswerValue {
  return moduleOf(question).example(question, pick);
}

/** A 32-bit integer hash (from "Hash Prospector", low bias), always non-negative. */
function hash(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
