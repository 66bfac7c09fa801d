import { describe, expect, it } from 'vitest';
import { countCeiling } from '../model/count-range';
import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { checkAnswerValue } from './check-answer-value';

const questionnaire = fixtureQuestionnaire();
const sources = questionnaire.questions.find((q) => q.id === 'information.sources') as QuestionnaireQuestion;

describe('checkAnswerValue on counts', () => {
  it('bounds a count question that declares no max by the ceiling (the bundled ones: test/questionnaire-files.test.ts)', () => {
    const counts = questionnaire.questions.filter((q) => q.type === 'count');
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) {
      expect(checkAnswerValue(count, countCeiling), count.id).toEqual([]);
      expect(checkAnswerValue(count, countCeiling + 1).map((p) => p.code), count.id).toEqual(['OUT_OF_RANGE']);
    }
  });

  it.each([
    [1e308, 'must be from 1 to 1000000, got 1e+308', 1e308],
    [Number.POSITIVE_INFINITY, 'must be from 1 to 1000000, got Infinity', 'Infinity'],
    [Number.NEGATIVE_INFINITY, 'must be from 1 to 1000000, got -Infinity', '-Infinity'],
    [Number.NaN, 'must be from 1 to 1000000, got NaN', 'NaN'],
    [0, 'must be from 1 to 1000000, got 0', 0],
  ])('refuses %d as OUT_OF_RANGE, naming the range and the value', (value, message, shown) => {
    expect(checkAnswerValue(sources, value)).toEqual([{ code: 'OUT_OF_RANGE', message, value: shown }]);
  });

  it('refuses a fraction as NOT_WHOLE_NUMBER, naming the range', () => {
    expect(checkAnswerValue(sources, 2.5)).toEqual([{ code: 'NOT_WHOLE_NUMBER', message: 'expects a whole number from 1 to 1000000, got 2.5', value: 2.5 }]);
  });

  it('refuses a numeric string as WRONG_TYPE', () => {
    expect(checkAnswerValue(sources, '3').map((p) => p.code)).toEqual(['WRONG_TYPE']);
  });
});
